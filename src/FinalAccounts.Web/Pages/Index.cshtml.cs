using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages;

/// <summary>
/// The way in: the regions at the top of the hierarchy with their counts, browsed level by level, and
/// the versions published last. No list of every department — a province has thousands.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class IndexModel(RegionBrowse browse) : PageModel
{
    public const int RecentCount = 10;

    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];

    public IReadOnlyList<RecentPublication> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Regions = await browse.TopRegionsAsync(cancellationToken);
        Recent = await browse.RecentAsync(RecentCount, cancellationToken);
    }
}
