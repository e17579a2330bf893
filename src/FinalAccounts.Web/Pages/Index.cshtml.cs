using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages;

[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(DisclosureQueries queries) : PageModel
{
    public IReadOnlyList<RegionOverview> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Regions = await queries.OverviewAsync(cancellationToken);
}
