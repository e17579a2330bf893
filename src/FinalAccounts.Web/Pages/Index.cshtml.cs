using FinalAccounts.Infrastructure.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages;

public sealed class IndexModel(DisclosureQueries queries) : PageModel
{
    public IReadOnlyList<RegionOverview> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Regions = await queries.OverviewAsync(cancellationToken);
}
