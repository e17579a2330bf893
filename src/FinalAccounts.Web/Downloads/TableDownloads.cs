using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Api;
using FinalAccounts.Web.Security;

namespace FinalAccounts.Web.Downloads;

/// <summary>
/// The nine tables as files: an Excel workbook, one CSV per table or all nine in a zip, and a Fiscal
/// Data Package. A published version's files were kept at its publication and are sent as kept — the
/// same bytes for good, so its versioned URL is cacheable for good and its ETag stays put; one table's
/// CSV is read out of the kept zip. Visibility and caching are the PDF's: the public sees published
/// versions; staff of the department also get drafts, rendered afresh and never cached.
/// </summary>
internal static class TableDownloads
{
    private const string Disclosure = "/disclosures/{departmentCode}/{year:int}";
    private const string Version = Disclosure + "/v{version:int}";

    public static IEndpointRouteBuilder MapTableDownloads(this IEndpointRouteBuilder endpoints)
    {
        MapBoth(endpoints, "xlsx", "Workbook", ExportRenditions.Workbook);
        MapBoth(endpoints, "csv.zip", "TablesCsvZip", ExportRenditions.CsvZip);
        MapBoth(endpoints, "datapackage.zip", "DataPackage", ExportRenditions.DataPackage);
        endpoints.MapGet($"{Disclosure}/csv/{{table}}",
            (string departmentCode, int year, string table, HttpContext http, PublishedRenditions renditions, CancellationToken ct) =>
                SendTableAsync(departmentCode, year, null, table, http, renditions, ct)).WithName("DownloadLatestTableCsv")
            .CacheOutput(Hosting.PublicPageCache.Policy);
        endpoints.MapGet($"{Version}/csv/{{table}}",
            (string departmentCode, int year, int version, string table, HttpContext http, PublishedRenditions renditions, CancellationToken ct) =>
                SendTableAsync(departmentCode, year, version, table, http, renditions, ct)).WithName("DownloadVersionTableCsv")
            .CacheOutput(Hosting.PublicPageCache.Policy);
        return endpoints;
    }

    /// <summary>The latest version's URL ("…/2024/xlsx") and a version's ("…/2024/v1/xlsx").</summary>
    private static void MapBoth(IEndpointRouteBuilder endpoints, string suffix, string name, ExportRendition export)
    {
        endpoints.MapGet($"{Disclosure}/{suffix}",
            (string departmentCode, int year, HttpContext http, PublishedRenditions renditions, CancellationToken ct) =>
                SendAsync(departmentCode, year, null, http, renditions, export, ct)).WithName($"DownloadLatest{name}");
        endpoints.MapGet($"{Version}/{suffix}",
            (string departmentCode, int year, int version, HttpContext http, PublishedRenditions renditions, CancellationToken ct) =>
                SendAsync(departmentCode, year, version, http, renditions, export, ct)).WithName($"DownloadVersion{name}");
    }

    private static async Task<IResult> SendAsync(string departmentCode, int year, int? version, HttpContext http,
        PublishedRenditions renditions, ExportRendition export, CancellationToken cancellationToken)
    {
        var file = await FindAsync(departmentCode, year, version, http, renditions, export, cancellationToken);
        return file is null
            ? await OpenDataResponses.DisclosureNotFoundOrGoneAsync(http, departmentCode, year, version, cancellationToken)
            : Send(http, file, version, file.Content, export.ContentType, export.FileName(file.Header), file.Sha256);
    }

    private static async Task<IResult> SendTableAsync(string departmentCode, int year, int? version, string table, HttpContext http,
        PublishedRenditions renditions, CancellationToken cancellationToken)
    {
        if (PublishedTables.FromKey(table) is not { } which)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"没有“{table}”这张表：决算公开表为 01 至 09 表。");
        }
        var zip = await FindAsync(departmentCode, year, version, http, renditions, ExportRenditions.CsvZip, cancellationToken);
        if (zip is null)
        {
            return await OpenDataResponses.DisclosureNotFoundOrGoneAsync(http, departmentCode, year, version, cancellationToken);
        }
        var csv = TableCsv.ReadFromZip(zip.Content, which)
                  ?? throw new InvalidOperationException($"The CSV zip of version {zip.Version.Id} has no {which.Number()}.");
        return Send(http, zip, version, csv, TableCsv.ContentType, TableCsv.FileName(zip.Header, which), sha256: null);
    }

    private static Task<Rendered?> FindAsync(string departmentCode, int year, int? version, HttpContext http,
        PublishedRenditions renditions, ExportRendition export, CancellationToken cancellationToken) =>
        renditions.GetAsync(departmentCode, year, version, DepartmentAccess.VisibilityFor(http.User, departmentCode), export, cancellationToken);

    private static IResult Send(HttpContext http, Rendered of, int? version, byte[] content, string contentType, string fileName, string? sha256)
    {
        VersionCaching.SetCacheControl(http.Response, of.IsPublished, isVersionedUrl: version is not null);
        return Results.File(content, contentType, fileName, entityTag: VersionCaching.EntityTag(content, sha256));
    }
}
