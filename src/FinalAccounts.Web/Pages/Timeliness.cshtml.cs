using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages;

/// <summary>
/// The on-time table (公开时效): for a region with its sub-regions and a year, each department's
/// approval date, first publication, days taken and status against the 20-day rule; sortable, and
/// downloadable as XLSX or CSV with the same columns.
/// </summary>
public sealed class TimelinessModel(TimelinessQueries queries, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public TimelinessTable? Table { get; private set; }
    public IReadOnlyList<TimelinessRow> Rows { get; private set; } = [];

    [FromQuery(Name = "region")] public string? Region { get; set; }
    [FromQuery(Name = "year")] public int? Year { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "desc")] public bool Descending { get; set; }

    /// <summary>The years one may pick: the ten up to last year, whose accounts are due this year.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "format")] string? format, CancellationToken cancellationToken)
    {
        Regions = await queries.RegionsAsync(cancellationToken);
        var lastYear = clock.GetUtcNow().Year - 1;
        Years = Enumerable.Range(0, 10).Select(i => lastYear - i).ToList();
        Region ??= Regions.FirstOrDefault(r => r.ParentCode is null)?.Code;
        Year ??= lastYear;
        Table = await queries.ForRegionAsync(Region, Year.Value, cancellationToken);
        if (Table is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Sort = TimelinessTable.SortKeys.Contains(Sort) ? Sort : null;
        Rows = Table.Sorted(Sort, Descending);
        return format switch
        {
            "xlsx" => Download(TimelinessExport.Xlsx(Table, Rows)),
            "csv" => Download(TimelinessExport.Csv(Table, Rows)),
            _ => Page(),
        };
    }

    /// <summary>The address of this table sorted by a column: a second click on the same column reverses it.</summary>
    public string SortUrl(string key) =>
        Url.Page("/Timeliness", new { region = Table?.RegionCode, year = Table?.Year, sort = key, desc = Sort == key && !Descending })!;

    public string DownloadUrl(string format) =>
        Url.Page("/Timeliness", new { region = Table?.RegionCode, year = Table?.Year, sort = Sort, desc = Descending, format })!;

    private FileContentResult Download(ExportedFile file) => File(file.Content, file.ContentType, file.FileName);
}
