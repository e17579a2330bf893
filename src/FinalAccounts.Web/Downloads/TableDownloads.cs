using System.Globalization;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Api;
using FinalAccounts.Web.Security;

namespace FinalAccounts.Web.Downloads;

/// <summary>
/// The nine tables as files: an Excel workbook, one CSV per table or all nine in a zip, and a Fiscal
/// Data Package. Built afresh from the version on each request — the same version always gives the
/// same bytes, so a published version's versioned URL is cacheable for good and its ETag stays put.
/// Visibility and caching are the PDF's: the public sees published versions; staff of the department
/// also get drafts, never cached.
/// </summary>
internal static class TableDownloads
{
    private const string Disclosure = "/disclosures/{departmentCode}/{year:int}";
    private const string Version = Disclosure + "/v{version:int}";

    public static IEndpointRouteBuilder MapTableDownloads(this IEndpointRouteBuilder endpoints)
    {
        MapBoth(endpoints, "xlsx", "Workbook", _ => DisclosureWorkbook.Export);
        MapBoth(endpoints, "csv/{table}", "TableCsv", http =>
            PublishedTables.FromKey(http.GetRouteValue("table") as string) is { } table ? analysis => TableCsv.Export(analysis, table) : null);
        MapBoth(endpoints, "csv.zip", "TablesCsvZip", _ => TableCsv.ExportAll);
        MapBoth(endpoints, "datapackage.zip", "DataPackage", _ => FiscalDataPackage.Export);
        return endpoints;
    }

    /// <summary>
    /// The latest version's URL ("…/2024/xlsx") and a version's ("…/2024/v1/xlsx"). The request picks
    /// the export; null when it names something that does not exist (a table "10").
    /// </summary>
    private static void MapBoth(IEndpointRouteBuilder endpoints, string suffix, string name,
        Func<HttpContext, Func<DisclosureAnalysis, ExportedFile>?> exportFor)
    {
        endpoints.MapGet($"{Disclosure}/{suffix}",
            (string departmentCode, int year, HttpContext http, DisclosureAnalysisService analyses, CancellationToken ct) =>
                SendAsync(departmentCode, year, null, http, analyses, exportFor(http), ct)).WithName($"DownloadLatest{name}");
        endpoints.MapGet($"{Version}/{suffix}",
            (string departmentCode, int year, int version, HttpContext http, DisclosureAnalysisService analyses, CancellationToken ct) =>
                SendAsync(departmentCode, year, version, http, analyses, exportFor(http), ct)).WithName($"DownloadVersion{name}");
    }

    private static async Task<IResult> SendAsync(string departmentCode, int year, int? version, HttpContext http,
        DisclosureAnalysisService analyses, Func<DisclosureAnalysis, ExportedFile>? export, CancellationToken cancellationToken)
    {
        if (export is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound,
                title: $"没有“{http.GetRouteValue("table")}”这张表：决算公开表为 01 至 09 表。");
        }
        var analysis = await analyses.AnalyzeAsync(departmentCode, year, version,
            DepartmentAccess.VisibilityFor(http.User, departmentCode), cancellationToken);
        if (analysis is null)
        {
            return await OpenDataResponses.DisclosureNotFoundOrGoneAsync(http, departmentCode, year, version, cancellationToken);
        }

        var file = export(analysis);
        VersionCaching.SetCacheControl(http.Response, analysis.Header.Status == DisclosureStatus.Published, isVersionedUrl: version is not null);
        return Results.File(file.Content, file.ContentType, file.FileName, entityTag: VersionCaching.EntityTag(file.Content));
    }

}
