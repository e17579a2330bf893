using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages.Regions;

/// <summary>One region of the hierarchy (省 → 市 → 区县): the regions below it with their counts, and its own departments' published years.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ShowModel(DisclosureQueries queries) : PageModel
{
    public RegionPage? Region { get; private set; }

    public async Task<IActionResult> OnGetAsync(string regionCode, CancellationToken cancellationToken)
    {
        Region = await queries.RegionAsync(regionCode, cancellationToken);
        return Region is null ? NotFound() : Page();
    }
}
