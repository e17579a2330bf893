using FinalAccounts.Domain.Classification;
using System.ComponentModel;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Web.Api;

/// <summary>
/// Regions, departments and one line of a table across a department's years. Everything here
/// follows new publications, so it is cached briefly, with an entity tag to revalidate.
/// </summary>
internal static class DirectoryApi
{
    public static RouteGroupBuilder MapDirectoryApi(this RouteGroupBuilder api)
    {
        api.MapGet("/regions", RegionsAsync).WithName("ListRegions")
            .WithSummary("地区列表 · Regions")
            .WithDescription("Every region with the number of departments that have published and of years published, counting the regions within it.")
            .Produces<IReadOnlyList<RegionSummaryDto>>(contentType: OpenDataResponses.JsonContentType)
            .Produces(StatusCodes.Status304NotModified);
        api.MapGet("/regions/{regionCode}/departments", RegionDepartmentsAsync).WithName("ListRegionDepartments")
            .WithSummary("某地区的部门 · Departments of a region")
            .WithDescription("Departments of the region and of the regions within it that have published, with their published years.")
            .ProducesPublished<IReadOnlyList<DepartmentSummaryDto>>();
        api.MapGet("/departments/{departmentCode}", DepartmentAsync).WithName("GetDepartment")
            .WithSummary("部门及其已公开的年度和版本 · A department with its published years and versions")
            .ProducesPublished<DepartmentDetailDto>();
        api.MapGet("/departments/{departmentCode}/lines/{table}/{lineCode}", LineAsync).WithName("GetDepartmentLineAcrossYears")
            .WithSummary("某科目跨年度的金额 · One line of a table across the department's years")
            .WithDescription("""
                The line with the given code in every published year's latest version, oldest year first; a year whose
                table has no such line is listed without one. Where a catalog revision moved the code (recorded with the
                year's catalog), each year's line is the one under that year's code, which the line states. Codes: 功能分类 类/款/项 in 公开02, 03, 05, 07, 08表
                (e.g. 2040601), 功能分类 类 in 公开01, 04表 (e.g. 204), 经济分类 类/款 in 公开06表 (e.g. 30101).
                """)
            .ProducesPublished<LineSeriesDto>();
        return api;
    }

    private static async Task<IResult> RegionsAsync(HttpContext http, OpenDataQueries queries, CancellationToken cancellationToken)
    {
        var regions = await queries.RegionsAsync(cancellationToken);
        return OpenDataResponses.Send(http, regions
            .Select(r => new RegionSummaryDto(r.Code, r.Name, r.ParentCode, r.DepartmentCount, r.DisclosureCount,
                ApiLinks.RegionDepartments(r.Code)))
            .ToList(), isVersionedUrl: false);
    }

    private static async Task<IResult> RegionDepartmentsAsync([Description("Region code, 6 digits, e.g. 420104.")] string regionCode,
        HttpContext http, OpenDataQueries queries, CancellationToken cancellationToken)
    {
        if (await queries.RegionWithinAsync(regionCode, cancellationToken) is not { } regions)
        {
            return OpenDataResponses.NotFound(OpenDataResponses.RegionNotFound);
        }
        var departments = await queries.DepartmentsAsync(regions, cancellationToken);
        return OpenDataResponses.Send(http, departments
            .Select(d => new DepartmentSummaryDto(d.Code, d.Name, d.ShortName, new RegionDto(d.RegionCode, d.RegionName),
                [.. d.LatestByYear.Select(v => new PublishedYearDto(v.Year, v.Version, v.PublishedOn,
                    ApiLinks.Disclosure(d.Code, v.Year, v.Version)))],
                ApiLinks.Department(d.Code)))
            .ToList(), isVersionedUrl: false);
    }

    private static async Task<IResult> DepartmentAsync([Description(DisclosureApi.DepartmentCode)] string departmentCode,
        HttpContext http, OpenDataQueries queries, CancellationToken cancellationToken)
    {
        if (await queries.DepartmentAsync(departmentCode, cancellationToken) is not { } department)
        {
            return OpenDataResponses.NotFound(OpenDataResponses.DepartmentNotFound);
        }
        var years = department.Versions.GroupBy(v => v.Year)
            .Select(year => new DepartmentYearDto(year.Key, year.Max(v => v.Version), ApiLinks.Disclosure(department.Code, year.Key),
                [
                    .. year.Select(v => new PublishedVersionDto(v.Version, v.Title, v.PublishedOn, v.CorrectionNote,
                        VersionLinksDto.For(department.Code, v.Year, v.Version))),
                ]))
            .ToList();
        return OpenDataResponses.Send(http, new DepartmentDetailDto(department.Code, department.Name, department.ShortName,
            new RegionDto(department.RegionCode, department.RegionName), years, ApiLinks.Department(department.Code)),
            isVersionedUrl: false);
    }

    private static async Task<IResult> LineAsync(
        [Description(DisclosureApi.DepartmentCode)] string departmentCode,
        [Description(DisclosureApi.TableNumber)] string table,
        [Description("功能分类 or 经济分类 code of the line, e.g. 2040601 (公开02表) or 30101 (公开06表).")] string lineCode,
        HttpContext http, OpenDataQueries queries, PublishedRenditions renditions, FinalAccountsDbContext db,
        CancellationToken cancellationToken)
    {
        if (PublishedTables.FromKey(table) is not { } which)
        {
            return OpenDataResponses.NotFound(OpenDataResponses.TableNotFound);
        }
        if (await queries.DepartmentAsync(departmentCode, cancellationToken) is not { } department)
        {
            return OpenDataResponses.NotFound(OpenDataResponses.DepartmentNotFound);
        }
        if (!OpenDataTables.IsLineCode(which, lineCode))
        {
            return OpenDataResponses.NotFound(LineNotFound(which, lineCode));
        }

        // A code the Ministry moved between years is followed through the catalogs' recorded moves.
        var history = await CatalogCodeHistory.LoadAsync(db,
            which == PublishedTable.BasicExpenditureDetail ? CatalogKind.Economic : CatalogKind.Function, cancellationToken);
        var years = new List<LineYearDto>();
        foreach (var latest in department.LatestByYear.OrderBy(v => v.Year))
        {
            var code = history.CodeIn(latest.Year, lineCode);
            // Read from the version's kept JSON (ADR 0022): the line as its table's answer gives it.
            var json = await renditions.GetAsync(department.Code, latest.Year, latest.Version, VersionVisibility.PublishedOnly,
                DisclosureJson.Rendition, cancellationToken);
            if (json is null)
            {
                continue; // withdrawn since the department was read
            }
            var line = DisclosureJson.Line(json.Content, which, code);
            years.Add(new LineYearDto(latest.Year, latest.Version, line, ApiLinks.Table(department.Code, latest.Year, latest.Version, which)));
        }
        if (years.All(y => y.Line is null))
        {
            return OpenDataResponses.NotFound(LineNotFound(which, lineCode));
        }
        return OpenDataResponses.Send(http, new LineSeriesDto(new DepartmentDto(department.Code, department.Name),
            which.Key(), which.Number(), which.Title(), lineCode, years), isVersionedUrl: false);
    }

    private static string LineNotFound(PublishedTable table, string lineCode) =>
        $"未找到该科目：该部门已公开的{table.Number()}中没有编码为“{lineCode}”的行。";
}

public sealed record RegionSummaryDto(
    [property: Description("6-digit administrative division code.")] string Code,
    string Name,
    string? ParentCode,
    [property: Description("Departments in the region and the regions within it that have published.")] int DepartmentCount,
    [property: Description("Department-years published in the region and the regions within it.")] int DisclosureCount,
    string Departments);

public sealed record DepartmentSummaryDto(string Code, string Name,
    [property: Description("How the department names itself in headings, e.g. 区司法局.")] string ShortName,
    RegionDto Region, IReadOnlyList<PublishedYearDto> Years, string Self);

public sealed record PublishedYearDto(int Year,
    [property: Description("The latest published version of the year.")] int Version,
    DateOnly? PublishedOn, string Disclosure);

public sealed record DepartmentDetailDto(string Code, string Name, string ShortName, RegionDto Region,
    [property: Description("Published years, newest first.")] IReadOnlyList<DepartmentYearDto> Years, string Self);

public sealed record DepartmentYearDto(int Year, int LatestVersion,
    [property: Description("The API URL that follows the latest version.")] string Latest,
    [property: Description("Every published version of the year, in order.")] IReadOnlyList<PublishedVersionDto> Versions);

public sealed record PublishedVersionDto(int Version, string Title, DateOnly? PublishedOn,
    [property: Description("What a correction version corrects.")] string? CorrectionNote, VersionLinksDto Links);

[Description("一个科目在各年度的金额。One line of a table across a department's published years.")]
public sealed record LineSeriesDto(DepartmentDto Department,
    [property: Description("\"01\" … \"09\"")] string Table,
    [property: Description("公开0n表")] string Number,
    string TableName,
    string Code,
    [property: Description("Every published year, oldest first.")] IReadOnlyList<LineYearDto> Years);

public sealed record LineYearDto(int Year,
    [property: Description("The year's latest published version.")] int Version,
    [property: Description("The line as published that year; absent when the year's table has no such line.")] TableLineDto? Line,
    [property: Description("The table this line was read from.")] string Table);
