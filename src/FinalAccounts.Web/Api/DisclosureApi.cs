using System.ComponentModel;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Web.Api;

/// <summary>
/// The read-only open-data API: no sign-in, published versions only. A draft, submitted or withdrawn
/// version is never shown, not even as forbidden: to the API it does not exist.
/// </summary>
internal static class DisclosureApi
{
    public const string OpenDataTag = "Open data";
    public const string DownloadsTag = "Downloads";

    public static IEndpointRouteBuilder MapDisclosureApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(ApiLinks.Root).WithTags(OpenDataTag);
        api.MapGet("/disclosures", ListAsync).WithName("ListPublishedDisclosures")
            .WithSummary("已公开的决算公开列表 · Published disclosures")
            .WithDescription("Every published version, by region, department, year (newest first) and version. Filter by region (including the regions within it) and by year.")
            .Produces<IReadOnlyList<PublishedDisclosureDto>>(contentType: OpenDataResponses.JsonContentType)
            .Produces(StatusCodes.Status304NotModified);
        api.MapGet("/disclosures/{departmentCode}/{year:int}", GetLatestAsync).WithName("GetLatestDisclosure")
            .WithSummary("某部门某年度决算公开全文（最新版本）· A disclosure, latest published version")
            .WithDescription("The whole disclosure as published in its latest version. Cached for five minutes; the content is that of the versioned URL, byte for byte.")
            .ProducesDisclosure<DisclosureDto>();
        api.MapGet("/disclosures/{departmentCode}/{year:int}/v{version:int}", GetVersionAsync).WithName("GetDisclosureVersion")
            .WithSummary("某部门某年度决算公开全文（指定版本）· A disclosure, one published version")
            .WithDescription("The whole disclosure as published in the given version. A published version never changes: cacheable for a year.")
            .ProducesDisclosure<DisclosureDto>();
        api.MapGet("/disclosures/{departmentCode}/{year:int}/tables/{table}", GetLatestTableAsync).WithName("GetLatestDisclosureTable")
            .WithSummary("公开01–09表之一（最新版本）· One table, latest published version")
            .ProducesDisclosure<DisclosureTableDto>();
        api.MapGet("/disclosures/{departmentCode}/{year:int}/v{version:int}/tables/{table}", GetVersionTableAsync)
            .WithName("GetDisclosureVersionTable")
            .WithSummary("公开01–09表之一（指定版本）· One table, one published version")
            .ProducesDisclosure<DisclosureTableDto>();
        api.MapFindingsApi();
        api.MapRulesApi();
        api.MapValidateApi();
        api.MapDirectoryApi();
        api.MapTimelinessApi();
        api.MapCompareApi();
        api.MapFindingsAcrossApi();

        endpoints.MapGet("/disclosures/{departmentCode}/{year:int}/json", DownloadLatestAsync).WithName("DownloadLatestJson")
            .WithTags(DownloadsTag)
            .WithSummary("下载决算公开 JSON 文件（最新版本）· Download the disclosure as a JSON file, latest version")
            .WithDescription("The same bytes as GET /api/v1/disclosures/{departmentCode}/{year}, as an attachment.")
            .ProducesDisclosure<DisclosureDto>();
        endpoints.MapGet("/disclosures/{departmentCode}/{year:int}/v{version:int}/json", DownloadVersionAsync).WithName("DownloadVersionJson")
            .WithTags(DownloadsTag)
            .WithSummary("下载决算公开 JSON 文件（指定版本）· Download the disclosure as a JSON file, one version")
            .WithDescription("The same bytes as GET /api/v1/disclosures/{departmentCode}/{year}/v{version}, as an attachment.")
            .ProducesDisclosure<DisclosureDto>();
        endpoints.MapOpenApi();
        return endpoints;
    }

    /// <summary>A JSON answer about published data: the schema, 304 on revalidation, 404 with a Chinese title.</summary>
    internal static RouteHandlerBuilder ProducesPublished<T>(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<T>(contentType: OpenDataResponses.JsonContentType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// An answer about one disclosure version: as <see cref="ProducesPublished{T}"/>, and 410 with the reason
    /// for a withdrawn one. Published versions only, so the public answer is output-cached like the public
    /// pages and dropped with them (a signed-in reader's is never cached).
    /// </summary>
    internal static RouteHandlerBuilder ProducesDisclosure<T>(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesPublished<T>().ProducesProblem(StatusCodes.Status410Gone).CacheOutput(Hosting.PublicPageCache.Policy);

    private static async Task<IResult> ListAsync(
        [Description("Region code (6 digits); the regions within it are included, e.g. 420100 for all of 武汉市.")] string? region,
        [Description(Year)] int? year,
        HttpContext http, DisclosureQueries queries, OpenDataQueries directory, CancellationToken cancellationToken)
    {
        IReadOnlySet<string>? regions = null;
        if (region is not null)
        {
            regions = await directory.RegionWithinAsync(region, cancellationToken) ?? new HashSet<string>();
        }
        var items = await queries.ListPublishedAsync(cancellationToken);
        return OpenDataResponses.Send(http, items
            .Where(i => (regions is null || regions.Contains(i.RegionCode)) && (year is null || i.Year == year))
            .Select(i => new PublishedDisclosureDto(
                new RegionDto(i.RegionCode, i.RegionName),
                new DepartmentDto(i.DepartmentCode, i.DepartmentName),
                i.Year, i.Version, i.PublishedOn, VersionLinksDto.For(i.DepartmentCode, i.Year, i.Version)))
            .ToList(), isVersionedUrl: false);
    }

    private static Task<IResult> GetLatestAsync([Description(DepartmentCode)] string departmentCode, [Description(Year)] int year,
        HttpContext http, PublishedRenditions renditions, CancellationToken cancellationToken) =>
        SendDisclosureAsync(departmentCode, year, null, http, renditions, download: false, cancellationToken);

    private static Task<IResult> GetVersionAsync([Description(DepartmentCode)] string departmentCode, [Description(Year)] int year,
        [Description(Version)] int version, HttpContext http, PublishedRenditions renditions, CancellationToken cancellationToken) =>
        SendDisclosureAsync(departmentCode, year, version, http, renditions, download: false, cancellationToken);

    private static Task<IResult> DownloadLatestAsync([Description(DepartmentCode)] string departmentCode, [Description(Year)] int year,
        HttpContext http, PublishedRenditions renditions, CancellationToken cancellationToken) =>
        SendDisclosureAsync(departmentCode, year, null, http, renditions, download: true, cancellationToken);

    private static Task<IResult> DownloadVersionAsync([Description(DepartmentCode)] string departmentCode, [Description(Year)] int year,
        [Description(Version)] int version, HttpContext http, PublishedRenditions renditions, CancellationToken cancellationToken) =>
        SendDisclosureAsync(departmentCode, year, version, http, renditions, download: true, cancellationToken);

    private static Task<IResult> GetLatestTableAsync([Description(DepartmentCode)] string departmentCode, [Description(Year)] int year,
        [Description(TableNumber)] string table, HttpContext http, PublishedRenditions renditions, CancellationToken cancellationToken) =>
        SendTableAsync(departmentCode, year, null, table, http, renditions, cancellationToken);

    private static Task<IResult> GetVersionTableAsync([Description(DepartmentCode)] string departmentCode, [Description(Year)] int year,
        [Description(Version)] int version, [Description(TableNumber)] string table, HttpContext http,
        PublishedRenditions renditions, CancellationToken cancellationToken) =>
        SendTableAsync(departmentCode, year, version, table, http, renditions, cancellationToken);

    internal const string DepartmentCode = "Department code, e.g. 420104-sfj.";
    internal const string Year = "Fiscal year, e.g. 2024.";
    internal const string Version = "Version number: 1 for the first publication, 2 for its first correction, ….";
    internal const string TableNumber = "Table number, \"01\" … \"09\" (公开01表 … 公开09表).";

    private static async Task<IResult> SendDisclosureAsync(string departmentCode, int year, int? version, HttpContext http,
        PublishedRenditions renditions, bool download, CancellationToken cancellationToken)
    {
        var json = await renditions.GetAsync(departmentCode, year, version, VersionVisibility.PublishedOnly, DisclosureJson.Rendition,
            cancellationToken);
        if (json is null)
        {
            return await OpenDataResponses.DisclosureNotFoundOrGoneAsync(http, departmentCode, year, version, cancellationToken);
        }
        return OpenDataResponses.SendJson(http, json.Content, isVersionedUrl: version is not null,
            download ? DisclosureDto.FileName(json.Header) : null, json.Sha256);
    }

    private static async Task<IResult> SendTableAsync(string departmentCode, int year, int? version, string table, HttpContext http,
        PublishedRenditions renditions, CancellationToken cancellationToken)
    {
        if (PublishedTables.FromKey(table) is not { } which)
        {
            return OpenDataResponses.NotFound(OpenDataResponses.TableNotFound);
        }
        var json = await renditions.GetAsync(departmentCode, year, version, VersionVisibility.PublishedOnly, DisclosureJson.Rendition,
            cancellationToken);
        if (json is null)
        {
            return await OpenDataResponses.DisclosureNotFoundOrGoneAsync(http, departmentCode, year, version, cancellationToken);
        }
        return OpenDataResponses.SendJson(http, DisclosureJson.TableAnswer(json.Content, which, json.Header), isVersionedUrl: version is not null);
    }
}

public sealed record PublishedDisclosureDto(RegionDto Region, DepartmentDto Department, int Year, int Version, DateOnly? PublishedOn,
    VersionLinksDto Links);

public sealed record RegionDto(string Code, string Name);

public sealed record DepartmentDto(string Code, string Name);

[Description("一张表及其所属版本。One table with the version it belongs to.")]
public sealed record DisclosureTableDto(DisclosureHeaderDto Header, TableDto Table, VersionLinksDto Links);
