using System.Text;
using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>A department comparison with the group it was asked for, in words ("武汉市（含下级地区） · 司法行政").</summary>
public sealed record DepartmentGroupComparison(string Group, DepartmentComparison Comparison);

/// <summary>
/// Whose drafts a comparison may read instead of their published versions: every department's
/// (administrators) or the listed ones' (staff granted them). See StaffScope.DraftDepartments.
/// </summary>
public sealed record DraftAccess(bool All, IReadOnlyCollection<string> Departments)
{
    public static DraftAccess Of(IReadOnlyCollection<string>? departments) => departments is null ? new(true, []) : new(false, departments);
}

/// <summary>
/// Compares one year's departments in PostgreSQL: the group (a region with every region below it,
/// listed departments, a kind — together they narrow), each department's latest published version
/// of the year, its measures from the line facts (<see cref="ComparisonMeasures"/>) and the group's
/// quartiles — one query of aggregates; nothing but the figures comes back. The domain ranks them
/// (<see cref="PeerFigure.Ranks"/>).
/// </summary>
public sealed class DepartmentComparisonQueries(FinalAccountsDbContext db)
{
    private static readonly decimal[] QuartilePoints = [0.25m, 0.5m, 0.75m];
    private static readonly string Sql = BuildSql(byKind: false, withDrafts: false);
    private static readonly string SqlWithDrafts = BuildSql(byKind: false, withDrafts: true);
    private static readonly string SqlByKind = BuildSql(byKind: true, withDrafts: false);

    /// <summary>Null, with the reason in Chinese, when the region or a listed department does not exist.</summary>
    /// <param name="drafts">
    /// Whose draft or submitted version to read, where a department has one, instead of its published one —
    /// only what the caller may see; null for published versions only.
    /// </param>
    public async Task<(DepartmentGroupComparison? Result, string? Problem)> CompareAsync(DepartmentComparisonRequest request,
        DraftAccess? drafts = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var group = new List<string>();
        if (request.Region is { } regionCode)
        {
            var region = await db.Regions.AsNoTracking().Where(r => r.Code == regionCode).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);
            if (region is null)
            {
                return (null, "没有这个地区编码。");
            }
            group.Add($"{region}（含下级地区）");
        }
        if (request.Departments is { } codes)
        {
            var known = await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
            if (codes.Except(known).ToList() is { Count: > 0 } unknown)
            {
                return (null, $"没有这些部门编码：{string.Join("，", unknown)}。");
            }
            group.Add($"所列 {codes.Count} 个部门");
        }
        if (request.Kind is { } kind)
        {
            group.Add(kind);
        }

        var rows = await ReadAsync(drafts is null ? Sql : SqlWithDrafts, request, cancellationToken, drafts);
        return (new DepartmentGroupComparison(string.Join(" · ", group), Assemble(rows, request)), null);
    }

    /// <summary>
    /// A region's (with its sub-regions) year compared within each kind of department — each kind's
    /// departments against their own quartiles, as many comparisons as kinds, in one query.
    /// The region must exist.
    /// </summary>
    public async Task<IReadOnlyList<(string Kind, DepartmentComparison Comparison)>> CompareEachKindAsync(int year, string regionCode,
        OutlierRule rule, CancellationToken cancellationToken = default)
    {
        var request = new DepartmentComparisonRequest(year, regionCode, null, null, rule, DepartmentSort.Default);
        var rows = await ReadAsync(SqlByKind, request, cancellationToken);
        return [.. rows.GroupBy(r => r.Peers).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Assemble(g, request with { Kind = g.Key })))];
    }

    private async Task<List<Row>> ReadAsync(string sql, DepartmentComparisonRequest request, CancellationToken cancellationToken,
        DraftAccess? drafts = null)
    {
        List<NpgsqlParameter> parameters =
        [
            new("year", request.Year),
            new("region", NpgsqlDbType.Text) { Value = (object?)request.Region ?? DBNull.Value },
            new("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)request.Departments?.ToArray() ?? DBNull.Value },
            new("kind", NpgsqlDbType.Text) { Value = (object?)request.Kind ?? DBNull.Value },
        ];
        if (drafts is not null)
        {
            parameters.Add(new("drafts_all", drafts.All));
            parameters.Add(new("drafts", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = drafts.Departments.ToArray() });
        }
        return await db.Database.SqlQueryRaw<Row>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    /// <summary>The rows of one group of peers as the comparison the domain ranks and flags.</summary>
    private static DepartmentComparison Assemble(IEnumerable<Row> rows, DepartmentComparisonRequest request)
    {
        var measures = ComparisonMeasures.All;
        var list = rows as IReadOnlyCollection<Row> ?? [.. rows];
        var group = list.FirstOrDefault(r => r.Code is null);
        var statistics = measures.Select(m => group is not null && Array.IndexOf(group.Keys, m.Key) is var i and >= 0 && group.Medians![i] is { } median
            ? new Quartiles((int)group.Counts![i], group.Lowers![i]!.Value, median, group.Uppers![i]!.Value) : null).ToList();
        var departments = list.Where(r => r.Code is not null).ToList();
        // values[department][measure], and each measure's ranks within the group.
        var values = departments.Select(r => measures.Select(m => Array.IndexOf(r.Keys, m.Key) is var at and >= 0 ? r.Values![at] : null).ToList()).ToList();
        var ranks = measures.Select((_, i) => PeerFigure.Ranks([.. values.Select(v => v[i])])).ToList();
        return new DepartmentComparison(request.Year, measures, statistics,
            departments.Select((r, d) => new ComparedDepartment(r.Code!, r.Name!, r.RegionName!, r.Version!.Value,
                [.. measures.Select((_, i) => PeerFigure.Of(values[d][i], ranks[i][d], statistics[i], request.Rule))], r.Draft == true)),
            request.Rule, request.Sort);
    }

    /// <summary>
    /// A compared department with its measures' values by key; or, where Code is null, its group of
    /// peers' count of values and quartiles by key. Peers is the group a department is ranked within:
    /// its kind, or "" when the whole group is one.
    /// </summary>
    private sealed record Row(string Peers, string? Code, string? Name, string? RegionName, int? Version, bool? Draft, string[] Keys,
        decimal?[]? Values, long[]? Counts, decimal?[]? Lowers, decimal?[]? Medians, decimal?[]? Uppers);

    /// <param name="withDrafts">Read the draft or submitted version of a department whose drafts may be read (@drafts_all, @drafts).</param>
    private static string BuildSql(bool byKind, bool withDrafts)
    {
        var sql = new StringBuilder("WITH RECURSIVE " + RegionTree.WithinSql + ",\n" + """
            -- Each department of the group with its latest published version of the year, found through
            -- the (department, year) key: a few lookups for listed departments, not a scan of the year.
            compared AS (
                SELECT latest.id, d.id AS department_id, latest.number, latest.draft, {{peers}} AS peers
                FROM departments d
                CROSS JOIN LATERAL (
                    SELECT v.id, v.number, v.status <> 'Published' AS draft
                    FROM disclosures s JOIN disclosure_versions v ON v.disclosure_id = s.id
                    WHERE s.department_id = d.id AND s.year = @year AND {{versions}}
                    ORDER BY v.number DESC LIMIT 1) latest
                WHERE (@region IS NULL OR d.region_code IN (SELECT code FROM within))
                  AND (@codes IS NULL OR d.code = ANY(@codes))
                  AND (@kind IS NULL OR d.kind = @kind)
            ),
            measured AS (
            """);
        sql.Append(withDrafts ? ComparisonMeasures.ValuesWithDraftsSql : ComparisonMeasures.ValuesSql).Append("""

            ),
            grouped AS (
                SELECT c.peers, m."Version", m."Key", m."Value" FROM measured m JOIN compared c ON c.id = m."Version"
            ),
            sorted AS (
                SELECT peers, "Key", array_agg("Value" ORDER BY "Value") FILTER (WHERE "Value" IS NOT NULL) AS xs FROM grouped GROUP BY peers, "Key"
            ),
            quartiles AS (
                SELECT peers, "Key", coalesce(cardinality(xs), 0) AS n,
            """);
        sql.AppendJoin(",\n        ", QuartilePoints.Zip(["lower", "median", "upper"], (p, name) => $"{Quartile(p)} AS {name}"));
        sql.Append("""

                FROM sorted
            )
            -- One row per department and one per group of peers, their figures in arrays by key: a
            -- tenth of the rows, and nothing repeated, of a row per department and measure.
            SELECT c.peers AS "Peers", d.code AS "Code", d.name AS "Name", r.name AS "RegionName", c.number AS "Version", c.draft AS "Draft",
                   m.keys AS "Keys", m.vals AS "Values",
                   NULL::bigint[] AS "Counts", NULL::numeric[] AS "Lowers", NULL::numeric[] AS "Medians", NULL::numeric[] AS "Uppers"
            FROM compared c
            JOIN departments d ON d.id = c.department_id
            JOIN regions r ON r.code = d.region_code
            JOIN (SELECT "Version", array_agg("Key" ORDER BY "Key") AS keys, array_agg("Value" ORDER BY "Key") AS vals
                  FROM grouped GROUP BY "Version") m ON m."Version" = c.id
            UNION ALL
            SELECT peers, NULL, NULL, NULL, NULL, NULL, array_agg("Key" ORDER BY "Key"), NULL,
                   array_agg(n ORDER BY "Key"), array_agg(lower ORDER BY "Key"), array_agg(median ORDER BY "Key"), array_agg(upper ORDER BY "Key")
            FROM quartiles GROUP BY peers
            """);
        // Built from constants, never from input.
        return sql.ToString().Replace("{{peers}}", byKind ? "d.kind" : "''", StringComparison.Ordinal)
            .Replace("{{versions}}", withDrafts
                ? "(v.status = 'Published' OR ((@drafts_all OR d.code = ANY(@drafts)) AND v.status IN ('Draft', 'Submitted')))"
                : "v.status = 'Published'", StringComparison.Ordinal);
    }

    /// <summary>
    /// The p-quantile by linear interpolation between the ordered values xs at h = (n − 1) × p
    /// (QUARTILE.INC): xs[⌊h⌋] + (h − ⌊h⌋) × (xs[⌈h⌉] − xs[⌊h⌋]), exact in numeric, rounded to the hundredth.
    /// </summary>
    private static string Quartile(decimal p)
    {
        var h = $"((cardinality(xs) - 1) * {p.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
        return $"round(xs[floor({h})::int + 1] + ({h} - floor({h})) * (xs[ceil({h})::int + 1] - xs[floor({h})::int + 1]), 2)";
    }
}
