using System.ComponentModel;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Security;

namespace FinalAccounts.Web.Api;

/// <summary>
/// GET /api/v1/disclosures/{departmentCode}/{year}/findings: the validator's findings for a version.
/// Published versions are public; drafts only for signed-in staff of the department. A version the
/// caller may not see is a 404, so its existence is not revealed.
/// </summary>
internal static class FindingsApi
{
    public static RouteGroupBuilder MapFindingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/disclosures/{departmentCode}/{year:int}/findings", GetAsync).WithName("GetDisclosureFindings")
            .WithSummary("校验发现的问题 · The validator's findings for a version")
            .WithDescription("Where the tables and the explanation disagree, with what was expected and what was found. The latest version, or ?version=n.")
            .Produces<FindingsDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> GetAsync([Description(DisclosureApi.DepartmentCode)] string departmentCode,
        [Description(DisclosureApi.Year)] int year,
        [Description("A version number; the latest the caller may see when absent.")] int? version,
        HttpContext http, DisclosureAnalysisService analyses, CancellationToken cancellationToken)
    {
        var analysis = await analyses.AnalyzeAsync(departmentCode, year, version,
            DepartmentAccess.VisibilityFor(http.User, departmentCode), cancellationToken);
        return analysis is null
            ? OpenDataResponses.NotFound(OpenDataResponses.DisclosureNotFound)
            : Results.Ok(FindingsDto.From(analysis));
    }
}

public sealed record FindingsDto(
    DepartmentDto Department, int Year, int Version, string Status, FindingCountsDto Counts, bool BlocksSubmission,
    IReadOnlyList<FindingDto> Findings)
{
    public static FindingsDto From(DisclosureAnalysis analysis)
    {
        var h = analysis.Header;
        var report = analysis.Report;
        return new FindingsDto(new DepartmentDto(h.DepartmentCode, h.DepartmentName), h.Year, h.Version,
            h.Status.ToString().ToLowerInvariant(), new FindingCountsDto(report.Errors, report.Warnings, report.Notes),
            report.BlocksSubmission, report.Findings.Select(FindingDto.From).ToList());
    }
}

public sealed record FindingCountsDto(int Errors, int Warnings, int Notes);

/// <param name="RuleUrl">The rule in the public rulebook, /rules#{rule}.</param>
public sealed record FindingDto(string Severity, string Rule, string RuleUrl, FindingLocationDto Location, string? Expected, string? Found,
    string Message)
{
    public static FindingDto From(Finding f) => new(f.Severity.ToString().ToLowerInvariant(), f.RuleId, Rulebook.UrlOf(f.RuleId),
        new FindingLocationDto(f.Location.Table?.ToString() is null ? null : Domain.Tables.PublishedTables.Number(f.Location.Table!.Value),
            f.Location.Row, f.Location.Column, f.Location.ExplanationItem, f.Location.Sentence, f.Location.Attachment, f.Location.ToString()),
        f.Expected, f.Found, f.Message);
}

public sealed record FindingLocationDto(string? Table, string? Row, string? Column, int? ExplanationItem, string? Sentence,
    [property: System.ComponentModel.Description("附件 number of the self-evaluation, counted from 1")] int? Attachment, string Text);
