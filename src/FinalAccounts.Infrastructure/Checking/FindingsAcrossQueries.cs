using System.Globalization;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace FinalAccounts.Infrastructure.Checking;

/// <summary>
/// Which findings to list across the published disclosures (/findings): a rule, a severity, a region
/// with its sub-regions, a year, a kind of department — each optional — and a page.
/// </summary>
public sealed record FindingsAcrossRequest(string? Rule, FindingSeverity? Severity, string? Region, int? Year, string? Kind, int Page)
{
    public const int PageSize = 50;

    /// <summary>The most rows an export holds; a larger selection is narrowed first.</summary>
    public const int MaxExportRows = 10_000;

    public static (FindingsAcrossRequest? Request, string? Problem) Parse(string? rule, string? severity, string? region, string? year,
        string? kind, string? page)
    {
        rule = Blank(rule);
        if (rule is not null && !Rulebook.Entries.Any(e => e.Id == rule))
        {
            return (null, $"没有编号为“{Shown(rule)}”的规则，请在校验规则中选择。");
        }
        FindingSeverity? parsedSeverity = null;
        if (Blank(severity) is { } s)
        {
            if (!Enum.TryParse<FindingSeverity>(s, ignoreCase: true, out var value) || !Enum.IsDefined(value) || int.TryParse(s, out _))
            {
                return (null, "问题级别须为 error（错误）、warning（警告）或 note（提示）。");
            }
            parsedSeverity = value;
        }
        region = Blank(region);
        if (region is not null && (region.Length != 6 || !region.All(char.IsAsciiDigit)))
        {
            return (null, "地区编码须为 6 位数字。");
        }
        int? parsedYear = null;
        if (Blank(year) is { } y)
        {
            if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1990 or > 2100)
            {
                return (null, "年度须为四位数字，如 2024。");
            }
            parsedYear = value;
        }
        kind = Blank(kind);
        if (kind is not null && !DepartmentKinds.IsKnown(kind))
        {
            return (null, $"没有“{Shown(kind)}”这一部门类别。");
        }
        var parsedPage = 1;
        if (Blank(page) is { } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out parsedPage) || parsedPage < 1))
        {
            return (null, "页码须为正整数。");
        }
        return (new FindingsAcrossRequest(rule, parsedSeverity, region, parsedYear, kind, parsedPage), null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shown(string value) => value.Length > 32 ? value[..32] + "…" : value;
}

/// <summary>One stored finding of a published version, with the department and year it belongs to.</summary>
public sealed record FindingAcross(string DepartmentCode, string DepartmentName, string RegionName, string Kind, int Year, int Version,
    string RuleId, FindingSeverity Severity, string Location, string? Expected, string? Found, string Message);

/// <summary>How many findings a rule has at a severity within the selection (ignoring the rule and severity asked for).</summary>
public sealed record RuleCount(string RuleId, FindingSeverity Severity, int Count);

/// <param name="Total">Findings that match every filter.</param>
/// <param name="Versions">Published disclosures within the region, year and kind (their latest versions).</param>
/// <param name="Unchecked">Of those, how many the background check has not reached under this rulebook yet.</param>
public sealed record FindingsAcrossResult(FindingsAcrossRequest Request, int Total, IReadOnlyList<FindingAcross> Items,
    IReadOnlyList<RuleCount> ByRule, int Versions, int Unchecked)
{
    public int PageCount => ListPage.PageCount(Total, FindingsAcrossRequest.PageSize);
}

/// <summary>
/// The validator's findings over many published disclosures, read from the stored findings (ADR 0018):
/// the latest published version of each disclosure in the selection, errors first.
/// </summary>
public sealed class FindingsAcrossQueries(FinalAccountsDbContext db)
{
    private const string Selection = "WITH RECURSIVE " + RegionTree.WithinSql + ",\n" + """
        latest AS (
            SELECT DISTINCT ON (v.disclosure_id) v.id, v.number, s.year, s.department_id
            FROM disclosure_versions v
            JOIN disclosures s ON s.id = v.disclosure_id
            JOIN departments dep ON dep.id = s.department_id
            WHERE v.status = 'Published'
              AND (@year IS NULL OR s.year = @year)
              AND (@kind IS NULL OR dep.kind = @kind)
              AND (@region IS NULL OR dep.region_code IN (SELECT code FROM within))
            ORDER BY v.disclosure_id, v.number DESC
        )
        """;

    private const string ItemsSql = Selection + """
        SELECT dep.code AS "DepartmentCode", dep.name AS "DepartmentName", r.name AS "RegionName", dep.kind AS "Kind",
               l.year AS "Year", l.number AS "Version", f.rule_id AS "RuleId", f.severity AS "Severity", f.location AS "Location",
               f.expected AS "Expected", f.found AS "Found", f.message AS "Message"
        FROM latest l
        JOIN version_findings f ON f.disclosure_version_id = l.id
        JOIN departments dep ON dep.id = l.department_id
        JOIN regions r ON r.code = dep.region_code
        WHERE (@rule IS NULL OR f.rule_id = @rule) AND (@severity IS NULL OR f.severity = @severity)
        ORDER BY CASE f.severity WHEN 'Error' THEN 1 WHEN 'Warning' THEN 2 ELSE 3 END, l.year DESC, dep.code, f.sequence
        LIMIT @limit OFFSET @offset
        """;

    private const string CountsSql = Selection + """
        SELECT f.rule_id AS "RuleId", f.severity AS "Severity", count(*)::int AS "Count"
        FROM latest l JOIN version_findings f ON f.disclosure_version_id = l.id
        GROUP BY f.rule_id, f.severity
        """;

    private const string CoverageSql = Selection + """
        SELECT count(*)::int AS "Versions",
               count(*) FILTER (WHERE NOT EXISTS (
                   SELECT 1 FROM findings_checks c WHERE c.disclosure_version_id = l.id AND c.rulebook = @rulebook))::int AS "Unchecked"
        FROM latest l
        """;

    /// <summary>Null when the region asked for does not exist.</summary>
    public async Task<FindingsAcrossResult?> ListAsync(FindingsAcrossRequest request, bool all = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Region is { } region && !await db.Regions.AnyAsync(r => r.Code == region, cancellationToken))
        {
            return null;
        }
        var limit = all ? FindingsAcrossRequest.MaxExportRows : FindingsAcrossRequest.PageSize;
        var offset = all ? 0 : (request.Page - 1) * FindingsAcrossRequest.PageSize;
        var items = await db.Database.SqlQueryRaw<ItemRow>(ItemsSql, [.. Parameters(request),
                new NpgsqlParameter("limit", limit), new NpgsqlParameter("offset", offset)])
            .ToListAsync(cancellationToken);
        var counts = (await db.Database.SqlQueryRaw<CountRow>(CountsSql, Parameters(request)).ToListAsync(cancellationToken))
            .Select(c => new RuleCount(c.RuleId, Enum.Parse<FindingSeverity>(c.Severity), c.Count))
            .OrderBy(c => c.Severity).ThenByDescending(c => c.Count).ThenBy(c => c.RuleId, StringComparer.Ordinal).ToList();
        var coverage = await db.Database.SqlQueryRaw<CoverageRow>(CoverageSql,
                [.. Parameters(request), new NpgsqlParameter("rulebook", Rulebook.Fingerprint)])
            .SingleAsync(cancellationToken);
        var total = counts.Where(c => (request.Rule is null || c.RuleId == request.Rule) && (request.Severity is null || c.Severity == request.Severity))
            .Sum(c => c.Count);
        return new FindingsAcrossResult(request, total,
            [.. items.Select(i => new FindingAcross(i.DepartmentCode, i.DepartmentName, i.RegionName, i.Kind, i.Year, i.Version, i.RuleId,
                Enum.Parse<FindingSeverity>(i.Severity), i.Location, i.Expected, i.Found, i.Message))],
            counts, coverage.Versions, coverage.Unchecked);
    }

    // Every filter as a typed parameter, so a null one still has a type for "@x IS NULL".
    private static NpgsqlParameter[] Parameters(FindingsAcrossRequest request) =>
    [
        Typed("rule", NpgsqlDbType.Varchar, request.Rule),
        Typed("severity", NpgsqlDbType.Varchar, request.Severity?.ToString()),
        Typed("region", NpgsqlDbType.Char, request.Region),
        Typed("year", NpgsqlDbType.Integer, request.Year),
        Typed("kind", NpgsqlDbType.Varchar, request.Kind),
    ];

    private static NpgsqlParameter Typed(string name, NpgsqlDbType type, object? value) =>
        new(name, type) { Value = value ?? DBNull.Value };

    private sealed record ItemRow(string DepartmentCode, string DepartmentName, string RegionName, string Kind, int Year, int Version,
        string RuleId, string Severity, string Location, string? Expected, string? Found, string Message);

    private sealed record CountRow(string RuleId, string Severity, int Count);

    private sealed record CoverageRow(int Versions, int Unchecked);
}
