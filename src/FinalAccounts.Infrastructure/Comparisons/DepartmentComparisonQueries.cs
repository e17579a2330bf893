using System.Text;
using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>A department comparison with the group it was asked for, in words ("武汉市（含下级地区） · 司法行政").</summary>
public sealed record DepartmentGroupComparison(string Group, DepartmentComparison Comparison);

/// <summary>
/// Compares one year's departments in PostgreSQL: the group (a region with every region below it,
/// listed departments, a kind — together they narrow), each department's latest published version
/// of the year, its measures from the line facts (<see cref="ComparisonMeasures"/>), each measure's
/// rank and the group's quartiles — one query of aggregates; nothing but the figures comes back.
/// </summary>
public sealed class DepartmentComparisonQueries(FinalAccountsDbContext db)
{
    private static readonly decimal[] QuartilePoints = [0.25m, 0.5m, 0.75m];
    private static readonly string Sql = BuildSql();

    /// <summary>Null, with the reason in Chinese, when the region or a listed department does not exist.</summary>
    public async Task<(DepartmentGroupComparison? Result, string? Problem)> CompareAsync(DepartmentComparisonRequest request,
        CancellationToken cancellationToken = default)
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

        var rows = await db.Database.SqlQueryRaw<Row>(Sql,
            new NpgsqlParameter("year", request.Year),
            new NpgsqlParameter("region", NpgsqlDbType.Text) { Value = (object?)request.Region ?? DBNull.Value },
            new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)request.Departments?.ToArray() ?? DBNull.Value },
            new NpgsqlParameter("kind", NpgsqlDbType.Text) { Value = (object?)request.Kind ?? DBNull.Value })
            .ToListAsync(cancellationToken);

        var measures = ComparisonMeasures.All;
        var statistics = measures.Select(m => rows.FirstOrDefault(r => r.Key == m.Key && r.Median is not null) is { } r
            ? new Quartiles((int)r.Count, r.Lower!.Value, r.Median!.Value, r.Upper!.Value) : null).ToList();
        var departments = rows.GroupBy(r => r.Code).Select(g =>
        {
            var first = g.First();
            var byKey = g.ToDictionary(r => r.Key);
            return new ComparedDepartment(first.Code, first.Name, first.RegionName, first.Version,
                [.. measures.Select((m, i) => byKey.TryGetValue(m.Key, out var r)
                    ? PeerFigure.Of(r.Value, r.Rank is { } rank ? (int)rank : null, statistics[i], request.Rule)
                    : PeerFigure.Blank)]);
        });
        var comparison = new DepartmentComparison(request.Year, measures, statistics, departments, request.Rule, request.Sort);
        return (new DepartmentGroupComparison(string.Join(" · ", group), comparison), null);
    }

    private sealed record Row(string Code, string Name, string RegionName, int Version, string Key, decimal? Value, long? Rank, long Count,
        decimal? Lower, decimal? Median, decimal? Upper);

    private static string BuildSql()
    {
        var sql = new StringBuilder("""
            WITH RECURSIVE within(code) AS (
                SELECT code FROM regions WHERE code = @region
                UNION SELECT r.code FROM regions r JOIN within w ON r.parent_code = w.code
            ),
            compared AS (
                SELECT DISTINCT ON (s.department_id) v.id, s.department_id, v.number
                FROM disclosures s
                JOIN disclosure_versions v ON v.disclosure_id = s.id
                JOIN departments d ON d.id = s.department_id
                WHERE s.year = @year AND v.status = 'Published'
                  AND (@region IS NULL OR d.region_code IN (SELECT code FROM within))
                  AND (@codes IS NULL OR d.code = ANY(@codes))
                  AND (@kind IS NULL OR d.kind = @kind)
                ORDER BY s.department_id, v.number DESC
            ),
            measured AS (
            """);
        sql.Append(ComparisonMeasures.ValuesSql).Append("""

            ),
            ranked AS (
                SELECT "Version", "Key", "Value",
                       CASE WHEN "Value" IS NOT NULL THEN rank() OVER (PARTITION BY "Key" ORDER BY "Value" DESC NULLS LAST) END AS rank,
                       count("Value") OVER (PARTITION BY "Key") AS n
                FROM measured
            ),
            sorted AS (
                SELECT "Key", array_agg("Value" ORDER BY "Value") FILTER (WHERE "Value" IS NOT NULL) AS xs FROM measured GROUP BY "Key"
            ),
            quartiles AS (
                SELECT "Key",
            """);
        sql.AppendJoin(",\n        ", QuartilePoints.Zip(["lower", "median", "upper"], (p, name) => $"{Quartile(p)} AS {name}"));
        sql.Append("""

                FROM sorted
            )
            SELECT d.code AS "Code", d.name AS "Name", r.name AS "RegionName", c.number AS "Version", m."Key", m."Value",
                   m.rank AS "Rank", m.n AS "Count", q.lower AS "Lower", q.median AS "Median", q.upper AS "Upper"
            FROM compared c
            JOIN departments d ON d.id = c.department_id
            JOIN regions r ON r.code = d.region_code
            JOIN ranked m ON m."Version" = c.id
            LEFT JOIN quartiles q ON q."Key" = m."Key"
            """);
        return sql.ToString();
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
