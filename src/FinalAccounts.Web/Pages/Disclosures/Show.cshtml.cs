using FinalAccounts.Infrastructure.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Disclosures;

/// <summary>A published disclosure: its tables and the 说明 computed from them.</summary>
public sealed class ShowModel(DisclosureAnalysisService analyses) : PageModel
{
    public DisclosureAnalysis? Analysis { get; private set; }

    public async Task<IActionResult> OnGetAsync(string departmentCode, int year, [FromQuery] int? version,
        CancellationToken cancellationToken)
    {
        Analysis = await analyses.AnalyzeAsync(departmentCode, year, version, VersionVisibility.PublishedOnly, cancellationToken);
        return Analysis is null ? NotFound() : Page();
    }
}
