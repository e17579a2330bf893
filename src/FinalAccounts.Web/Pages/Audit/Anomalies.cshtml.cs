using FinalAccounts.Infrastructure.Comparisons;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages.Audit;

/// <summary>
/// What deserves a look in a region's year (/anomalies): a ranked list, each entry saying why with its
/// figures and linking to the evidence; /anomalies.xlsx and .csv hold the same cells. Public: published versions only.
/// </summary>
[OutputCache(PolicyName = Hosting.PublicPageCache.Policy)]
public sealed class AnomaliesModel(AnomalyQueries queries) : SheetPageModel
{
    [FromQuery(Name = "region")] public string? Region { get; set; }
    [FromQuery(Name = "year")] public string? Year { get; set; }
    [FromQuery(Name = "threshold")] public string? Threshold { get; set; }

    public string? Problem { get; private set; }
    public AnomalyRequest? Asked { get; private set; }
    public AnomalyList? Result { get; private set; }
    public ComparisonSheet? Sheet { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        if (Region is null && Year is null && format is null)
        {
            return Page(); // the empty form
        }
        (Asked, Problem) = AnomalyRequest.Parse(Region, Year, Threshold);
        if (Asked is not null)
        {
            Result = await queries.ForRegionAsync(Asked.Region, Asked.Year, Asked.ThresholdPercent, cancellationToken);
            Problem = Result is null ? "没有这个地区编码。" : null;
        }
        if (Result is null)
        {
            Response.StatusCode = Asked is null ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
            return Page();
        }
        Sheet = AnomalySheet.Of(Result);
        var fileName = Asked!.FileName(Result.RegionName);
        var timestamp = new DateTimeOffset(Asked.Year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return format switch
        {
            "xlsx" => Download(ComparisonExport.Xlsx(fileName, [Sheet], timestamp)),
            "csv" => Download(ComparisonExport.Csv(fileName, [Sheet])),
            _ => Page(),
        };
    }

    public string DownloadUrl(string format) => PortalPaths.Anomalies(Asked!.Region, Asked.Year, Asked.ThresholdPercent, format);
}
