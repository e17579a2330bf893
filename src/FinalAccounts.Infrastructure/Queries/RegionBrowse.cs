using FinalAccounts.Domain.Amounts;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Queries;

/// <summary>A region as browsed: its place, how many departments (its sub-regions' counted in) have published, how many years, the latest.</summary>
public sealed record RegionSummary(string Code, string Name, int Departments, int Disclosures, int? LatestYear);

/// <summary>A region's page heading: its code, name and the path from the top down.</summary>
public sealed record RegionHeading(string Code, string Name, IReadOnlyList<RegionLink> Path);

/// <summary>A version recently published, as the home page lists it.</summary>
public sealed record RecentPublication(string DepartmentCode, string DepartmentName, string RegionName, int Year, int Version, DateOnly? PublishedOn);

/// <summary>How a region's departments are listed.</summary>
public enum DepartmentOrder
{
    /// <summary>By department code, which groups a region's departments as its codes do.</summary>
    Code = 0,
    Name,
    /// <summary>Newest latest year first.</summary>
    Latest,
    /// <summary>Largest 收支总计 of the latest year first; departments without one last.</summary>
    GrandTotal,
}

/// <summary>
/// One published department in a region's list: its latest published year and version, how many years
/// it has published, and the 收支总计 of that year (公开01表), blank when the table prints none.
/// </summary>
public sealed record DepartmentListing(string Code, string Name, string Kind, int LatestYear, int LatestVersion, int Years, Money? GrandTotal);

/// <summary>
/// Browsing by the region hierarchy at province scale: counts are aggregates in PostgreSQL and a
/// region's departments come a page at a time with their latest year's 收支总计 read from the line
/// facts, so no disclosure is loaded to draw a list.
/// </summary>
public sealed class RegionBrowse(FinalAccountsDbContext db, IPublicReadCache cache)
{
    public const int PageSize = 50;

    private const string GrandTotalLine = Comparisons.ComparisonMeasures.GrandTotalLine;

    /// <summary>The region with its path and the regions directly below it with their counts; null for an unknown code.</summary>
    public async Task<(RegionHeading Region, IReadOnlyList<RegionSummary> Children)?> RegionAsync(string regionCode,
        CancellationToken cancellationToken = default)
    {
        var tree = await RegionTree.LoadAsync(db, cancellationToken);
        if (tree.Find(regionCode) is not { } region)
        {
            return null;
        }
        var counts = await CountsAsync(cancellationToken);
        var heading = new RegionHeading(region.Code, region.Name, tree.Path(region.Code).Select(r => new RegionLink(r.Code, r.Name)).ToList());
        return (heading, tree.All.Where(r => r.ParentCode == region.Code).Select(r => Summary(tree, counts, r)).ToList());
    }

    /// <summary>The versions published last, newest first.</summary>
    public async Task<IReadOnlyList<RecentPublication>> RecentAsync(int count, CancellationToken cancellationToken = default) =>
        await db.Database.SqlQuery<RecentPublication>($"""
            SELECT dep.code AS "DepartmentCode", coalesce(v.department_name, dep.name) AS "DepartmentName", r.name AS "RegionName",
                   d.year AS "Year", v.number AS "Version", v.published_on AS "PublishedOn"
            FROM disclosure_versions v
            JOIN disclosures d ON d.id = v.disclosure_id
            JOIN departments dep ON dep.id = d.department_id
            JOIN regions r ON r.code = dep.region_code
            WHERE v.status = 'Published'
            ORDER BY v.published_at DESC NULLS LAST, v.id DESC
            LIMIT {count}
            """).ToListAsync(cancellationToken);

    /// <summary>The regions at the top of the hierarchy, each with its counts.</summary>
    public async Task<IReadOnlyList<RegionSummary>> TopRegionsAsync(CancellationToken cancellationToken = default)
    {
        var tree = await RegionTree.LoadAsync(db, cancellationToken);
        var counts = await CountsAsync(cancellationToken);
        return tree.All.Where(r => r.ParentCode is null || tree.Find(r.ParentCode) is null)
            .Select(r => Summary(tree, counts, r)).ToList();
    }

    /// <summary>
    /// One page (1-based; beyond the last gives the last) of the departments of the region itself — not
    /// of its sub-regions — that have published, of one kind or all.
    /// </summary>
    public async Task<ListPage<DepartmentListing>> DepartmentsAsync(string regionCode, string? kind, DepartmentOrder order, int page,
        CancellationToken cancellationToken = default)
    {
        var total = await db.Database.SqlQuery<int>($"""
            SELECT count(DISTINCT dep.id)::int AS "Value"
            FROM departments dep
            JOIN disclosures d ON d.department_id = dep.id
            JOIN disclosure_versions v ON v.disclosure_id = d.id AND v.status = 'Published'
            WHERE dep.region_code = {regionCode}::bpchar AND ({kind}::text IS NULL OR dep.kind = {kind})
            """).SingleAsync(cancellationToken);
        var current = ListPage.Within(page, total, PageSize);
        // The order is chosen from a closed list, never from the request's text.
        var orderBy = order switch
        {
            DepartmentOrder.Name => "l.name, l.code",
            DepartmentOrder.Latest => "l.latest_year DESC, l.code",
            DepartmentOrder.GrandTotal => "f.amount DESC NULLS LAST, l.code",
            _ => "l.code",
        };
        // Only constants and the order chosen above are put into the text; the values are parameters.
        var sql = $"""
            WITH published AS (
                SELECT dep.id, dep.code, dep.name, dep.kind, d.year, v.number, v.id AS version_id
                FROM departments dep
                JOIN disclosures d ON d.department_id = dep.id
                JOIN disclosure_versions v ON v.disclosure_id = d.id AND v.status = 'Published'
                WHERE dep.region_code = @region::bpchar AND (@kind::text IS NULL OR dep.kind = @kind)
            ), latest AS (
                SELECT DISTINCT ON (id) id, code, name, kind, year AS latest_year, number AS latest_version, version_id
                FROM published ORDER BY id, year DESC, number DESC
            )
            SELECT l.code AS "Code", l.name AS "Name", l.kind AS "Kind", l.latest_year AS "LatestYear",
                   l.latest_version AS "LatestVersion",
                   (SELECT count(DISTINCT p.year)::int FROM published p WHERE p.id = l.id) AS "Years",
                   f.amount AS "GrandTotal"
            FROM latest l
            -- By the version's id, the key of its facts: a probe per department, not a pass over the province's facts.
            LEFT JOIN line_facts f ON f.disclosure_version_id = l.version_id
                 AND f.published_table = 'IncomeExpenditureSummary' AND f.line = '{GrandTotalLine}' AND f.column_key = 'amount'
            ORDER BY {orderBy}
            LIMIT {PageSize} OFFSET @offset
            """;
        var rows = await db.Database.SqlQueryRaw<ListingRow>(sql,
            new Npgsql.NpgsqlParameter("region", regionCode),
            new Npgsql.NpgsqlParameter("kind", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)kind ?? DBNull.Value },
            new Npgsql.NpgsqlParameter("offset", (current - 1) * PageSize))
            .ToListAsync(cancellationToken);
        return new ListPage<DepartmentListing>(
            rows.Select(r => new DepartmentListing(r.Code, r.Name, r.Kind, r.LatestYear, r.LatestVersion, r.Years,
                r.GrandTotal is { } yuan ? Money.FromYuan(yuan) : null)).ToList(),
            total, current, PageSize);
    }

    private sealed record ListingRow(string Code, string Name, string Kind, int LatestYear, int LatestVersion, int Years, decimal? GrandTotal);

    /// <summary>Per region code, the departments published there and their department-years, and the latest year.</summary>
    /// <remarks>An aggregate over the whole province (150 ms on the generated one), kept until what the public sees changes.</remarks>
    private async Task<Dictionary<string, (int Departments, int Disclosures, int Latest)>> CountsAsync(CancellationToken cancellationToken)
    {
        var rows = await cache.GetOrCreateAsync("region-counts", ComputeCountsAsync, cancellationToken);
        return rows.ToDictionary(r => r.RegionCode.Trim(), r => (r.Departments, r.Disclosures, r.Latest), StringComparer.Ordinal);
    }

    private async Task<List<CountRow>> ComputeCountsAsync(CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<CountRow>($"""
            SELECT dep.region_code AS "RegionCode", count(DISTINCT dep.id)::int AS "Departments",
                   count(DISTINCT d.id)::int AS "Disclosures", max(d.year) AS "Latest"
            FROM departments dep
            JOIN disclosures d ON d.department_id = dep.id
            WHERE EXISTS (SELECT 1 FROM disclosure_versions v WHERE v.disclosure_id = d.id AND v.status = 'Published')
            GROUP BY dep.region_code
            """).ToListAsync(cancellationToken);

    internal sealed record CountRow(string RegionCode, int Departments, int Disclosures, int Latest);

    private static RegionSummary Summary(RegionTree tree, Dictionary<string, (int Departments, int Disclosures, int Latest)> counts,
        RegionNode region)
    {
        var within = tree.Within(region.Code).Where(counts.ContainsKey).Select(code => counts[code]).ToList();
        return new RegionSummary(region.Code, region.Name, within.Sum(c => c.Departments), within.Sum(c => c.Disclosures),
            within.Count == 0 ? null : within.Max(c => c.Latest));
    }
}
