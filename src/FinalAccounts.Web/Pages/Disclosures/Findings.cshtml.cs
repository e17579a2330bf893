using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Disclosures;

/// <summary>The validator's findings for one version: what does not add up, and where.</summary>
public sealed class FindingsModel(DisclosureAnalysisService analyses) : PageModel
{
    public DisclosureAnalysis? Analysis { get; private set; }

    public async Task<IActionResult> OnGetAsync(string departmentCode, int year, [FromQuery] int? version,
        CancellationToken cancellationToken)
    {
        Analysis = await analyses.AnalyzeAsync(departmentCode, year, version,
            DepartmentAccess.VisibilityFor(User, departmentCode), cancellationToken);
        return Analysis is null ? NotFound() : Page();
    }
}
