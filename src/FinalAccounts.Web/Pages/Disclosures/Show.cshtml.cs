using FinalAccounts.Infrastructure.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Disclosures;

public sealed class ShowModel(DisclosureQueries queries, DisclosureAnalysisService analyses) : PageModel
{
    public SummaryTableView? Table { get; private set; }
    public DisclosureAnalysis? Analysis { get; private set; }

    public async Task<IActionResult> OnGetAsync(string departmentCode, int year, [FromQuery] int? version,
        CancellationToken cancellationToken)
    {
        Table = await queries.SummaryTableAsync(departmentCode, year, version, cancellationToken);
        if (Table is null)
        {
            return NotFound();
        }
        Analysis = await analyses.AnalyzeAsync(departmentCode, year, Table.Version, VersionVisibility.PublishedOnly,
            cancellationToken);
        return Page();
    }
}
