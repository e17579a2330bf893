using System.ComponentModel;
using FinalAccounts.Infrastructure.Checking;
using FinalAccounts.Web.Rendering;

namespace FinalAccounts.Web.Api;

/// <summary>
/// GET /api/v1/findings: the validator's findings across published disclosures, filtered and paged as
/// the page /findings shows them (stored findings, ADR 0018).
/// </summary>
internal static class FindingsAcrossApi
{
    public static RouteGroupBuilder MapFindingsAcrossApi(this RouteGroupBuilder api)
    {
        api.MapGet("/findings", ListAsync).WithName("FindingsAcrossDisclosures")
            .WithSummary("校验问题汇总 · Findings across published final accounts")
            .WithDescription("""
                The findings of the current version of every published department-year in the selection — a rule, a severity,
                a region with its sub-regions, a year, a kind of department, each optional — errors first, 50 a page (?p=n),
                with the counts by rule and how many of the selected versions are not yet checked under the current rules.
                The page /findings and its .xlsx and .csv show the same selection.
                """)
            .ProducesPublished<FindingsAcrossDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListAsync(
        [Description("A rule ID of /api/v1/rules, e.g. T01-totals.")] string? rule,
        [Description("error, warning or note.")] string? severity,
        [Description("Region code (6 digits); its sub-regions are included.")] string? region,
        [Description("Fiscal year, e.g. 2024.")] string? year,
        [Description("A kind of department, e.g. 司法行政.")] string? kind,
        [Description("Page number, from 1.")] string? p,
        HttpContext http, FindingsAcrossQueries queries, CancellationToken cancellationToken)
    {
        var (request, problem) = FindingsAcrossRequest.Parse(rule, severity, region, year, kind, p);
        if (request is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: problem);
        }
        if (await queries.ListAsync(request, cancellationToken: cancellationToken) is not { } result)
        {
            return OpenDataResponses.NotFound(OpenDataResponses.RegionNotFound);
        }
        return OpenDataResponses.Send(http, new FindingsAcrossDto(result.Total, request.Page, result.PageCount, result.Versions, result.Unchecked,
            [.. result.ByRule.Select(c => new RuleCountDto(c.RuleId, c.Severity.ToString().ToLowerInvariant(), c.Count))],
            [.. result.Items.Select(f => new FindingAcrossDto(new DepartmentDto(f.DepartmentCode, f.DepartmentName), f.RegionName, f.Kind, f.Year,
                f.Version, f.Severity.ToString().ToLowerInvariant(), f.RuleId, Domain.Validation.Rulebook.UrlOf(f.RuleId), f.Location,
                f.Expected, f.Found, f.Message, PortalPaths.Version(f.DepartmentCode, f.Year, f.Version)))],
            PortalPaths.Findings(request, page: request.Page)), isVersionedUrl: false);
    }
}

/// <param name="Unchecked">Selected versions the background check has not reached under the current rules.</param>
public sealed record FindingsAcrossDto(int Total, int Page, int PageCount, int Versions, int Unchecked, IReadOnlyList<RuleCountDto> ByRule,
    IReadOnlyList<FindingAcrossDto> Findings, string PageUrl);

public sealed record RuleCountDto(string Rule, string Severity, int Count);

public sealed record FindingAcrossDto(DepartmentDto Department, string Region, string Kind, int Year, int Version, string Severity, string Rule,
    string RuleUrl, string Location, string? Expected, string? Found, string Message, string VersionUrl);
