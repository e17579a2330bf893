using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Infrastructure.Comparisons;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages.Audit;

/// <summary>
/// One year's departments side by side (/compare/departments): a region with its sub-regions, listed
/// departments or a kind; each measure's value, position and the group's quartiles, figures far from
/// their peers marked; sorted by any column through the address. /compare/departments.xlsx and .csv
/// hold the same cells. Public: published versions only. Signed-in staff may ask for the drafts they may see
/// (drafts=true; an auditor granted departments sees theirs): such a department is read from its draft or
/// submitted version, marked 草稿 with its version number, and the answer is never cached.
/// </summary>
[OutputCache(PolicyName = Hosting.PublicPageCache.Policy)]
public sealed class DepartmentsModel(DepartmentComparisonQueries queries) : SheetPageModel
{
    [FromQuery(Name = "year")] public string? Year { get; set; }
    [FromQuery(Name = "region")] public string? Region { get; set; }
    [FromQuery(Name = "departments")] public string? Departments { get; set; }
    [FromQuery(Name = "kind")] public string? Kind { get; set; }
    [FromQuery(Name = "factor")] public string? Factor { get; set; }
    [FromQuery(Name = "ratio")] public string? Ratio { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "order")] public string? Order { get; set; }
    [FromQuery(Name = "drafts")] public bool Drafts { get; set; }

    /// <summary>Drafts were asked for by a signed-in reader: the drafts they may see are read.</summary>
    public bool IncludesDrafts { get; private set; }

    public string? Problem { get; private set; }
    public DepartmentComparisonRequest? Asked { get; private set; }
    public DepartmentGroupComparison? Result { get; private set; }
    public IReadOnlyList<ComparisonSheet> Sheets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        if (Year is null && Region is null && Departments is null && Kind is null && format is null)
        {
            return Page(); // the empty form
        }
        (Asked, Problem) = DepartmentComparisonRequest.Parse(Year, Region, Departments, Kind, Factor, Ratio, Sort, Order);
        if (Asked is not null)
        {
            // Whose drafts are read is the reader's own grant (DraftAccess), so any signed-in reader may ask.
            IncludesDrafts = ReadsDrafts(Drafts, may: true);
            (Result, Problem) = await queries.CompareAsync(Asked, IncludesDrafts ? DraftAccess.Of(User.DraftDepartments()) : null,
                cancellationToken);
        }
        if (Result is null)
        {
            Response.StatusCode = Asked is null ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
            return Page();
        }
        Sheets = DepartmentComparisonSheets.Of(Result.Comparison);
        var timestamp = new DateTimeOffset(Asked!.Year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return format switch
        {
            "xlsx" => Download(ComparisonExport.Xlsx(Asked.FileName, Sheets, timestamp)),
            "csv" => Download(ComparisonExport.Csv(Asked.FileName, Sheets)),
            _ => Page(),
        };
    }

    /// <summary>This comparison's address with another extension: /compare/departments.xlsx?….</summary>
    public string DownloadUrl(string format) => Rendering.PortalPaths.DepartmentComparison(Asked!, format, drafts: IncludesDrafts);

    /// <summary>The address sorted by a column: the other direction when it is the current sort.</summary>
    public string SortUrl(string column)
    {
        var current = Asked!.Sort;
        var descending = current.Column == column ? !current.Descending : ComparisonMeasures.Find(column) is not null;
        return Rendering.PortalPaths.DepartmentComparison(Asked, sort: new DepartmentSort(column, descending), drafts: IncludesDrafts);
    }
}
