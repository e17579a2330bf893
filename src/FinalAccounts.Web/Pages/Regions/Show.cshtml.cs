using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Hosting;
using FinalAccounts.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages.Regions;

/// <summary>
/// One region of the hierarchy (省 → 市 → 区县): the regions below it with their counts, and its own
/// published departments a page at a time, of one kind or all, in the order the reader picks.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ShowModel(RegionBrowse browse) : PageModel
{
    public RegionHeading? Region { get; private set; }

    public IReadOnlyList<RegionSummary> Children { get; private set; } = [];

    public ListPage<DepartmentListing> Departments { get; private set; } = new([], 0, 1, RegionBrowse.PageSize);

    /// <summary>A kind of <see cref="DepartmentKinds.All"/>; anything else lists every kind.</summary>
    [FromQuery(Name = "kind")] public string? Kind { get; set; }

    [FromQuery(Name = "sort")] public DepartmentOrder Sort { get; set; }

    [FromQuery(Name = "p")] public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (await browse.RegionAsync(regionCode, cancellationToken) is not { } found)
        {
            return NotFound();
        }
        (Region, Children) = found;
        Kind = DepartmentKinds.IsKnown(Kind) ? Kind : null;
        Sort = Enum.IsDefined(Sort) ? Sort : DepartmentOrder.Code;
        Departments = await browse.DepartmentsAsync(Region.Code, Kind, Sort, PageNumber, cancellationToken);
        return Page();
    }

    /// <summary>This page's address with the filter and order kept and another page number.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["kind"] = Kind, ["sort"] = Sort == DepartmentOrder.Code ? null : Sort.ToString(), ["p"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)) is { HasValue: true } query ? PortalPaths.Region(Region!.Code) + query : PortalPaths.Region(Region!.Code);
}
