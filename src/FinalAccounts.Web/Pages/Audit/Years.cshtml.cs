using FinalAccounts.Infrastructure.Comparisons;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages.Audit;

/// <summary>
/// A department's published years side by side (/compare/years): every table aligned by code, the
/// changes between years with those reaching the reader's threshold highlighted, and 公开05表's
/// budget against actual; /compare/years.xlsx and .csv hold the same cells. Public: published versions
/// only. Staff who may see the department's drafts (an auditor granted it) may ask for them (drafts=true):
/// a year with a draft or submitted version is then read from it and marked 草稿 in every heading, and the
/// answer is never cached.
/// </summary>
[OutputCache(PolicyName = Hosting.PublicPageCache.Policy)]
public sealed class YearsModel(YearComparisonQueries queries) : SheetPageModel
{
    [FromQuery(Name = "department")] public string? Department { get; set; }
    [FromQuery(Name = "years")] public string? Years { get; set; }
    [FromQuery(Name = "threshold")] public string? Threshold { get; set; }
    [FromQuery(Name = "trend")] public string? Trend { get; set; }
    [FromQuery(Name = "drafts")] public bool Drafts { get; set; }

    /// <summary>Drafts were asked for and the reader may see this department's: the comparison reads them.</summary>
    public bool IncludesDrafts { get; private set; }

    public string? Problem { get; private set; }
    public YearComparisonRequest? Asked { get; private set; }
    public DepartmentYearComparison? Result { get; private set; }
    public IReadOnlyList<ComparisonSheet> Sheets { get; private set; } = [];

    /// <summary>The trend the reader picked for the chart (收支总计 unless another is asked), if any can be drawn.</summary>
    public Domain.Comparisons.TrendLine? Charted => Result?.Comparison.Trends.Where(t => t.IsChartable)
        .OrderBy(t => t.Measure.Key == Trend ? 0 : 1).FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        if (Department is null && Years is null && format is null)
        {
            return Page(); // the empty form
        }
        (Asked, Problem) = YearComparisonRequest.Parse(Department, Years, Threshold);
        if (Asked is not null)
        {
            IncludesDrafts = ReadsDrafts(Drafts, User.CanSeeDrafts(Asked.Department));
            Result = await queries.CompareAsync(Asked.Department, Asked.Years, Asked.ThresholdPercent, IncludesDrafts, cancellationToken);
            Problem = Result is null ? "没有这个部门编码。" : null;
        }
        if (Result is null)
        {
            Response.StatusCode = Asked is null ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
            return Page();
        }
        Sheets = YearComparisonSheets.Of(Result.Comparison);
        var fileName = Asked!.FileName(Result.DepartmentName);
        var timestamp = new DateTimeOffset(Asked.Years[^1] + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return format switch
        {
            "xlsx" => Download(ComparisonExport.Xlsx(fileName, Sheets, timestamp)),
            "csv" => Download(ComparisonExport.Csv(fileName, Sheets)),
            _ => Page(),
        };
    }

    /// <summary>This comparison's address with another extension: /compare/years.xlsx?….</summary>
    public string DownloadUrl(string format) =>
        Rendering.PortalPaths.YearComparison(Asked!.Department, Asked.Years, Asked.ThresholdPercent, format, IncludesDrafts);
}
