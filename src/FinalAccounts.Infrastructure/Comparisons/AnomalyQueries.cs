using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>The ranked list of a region's year, with the region and the threshold it was drawn with.</summary>
public sealed record AnomalyList(string RegionCode, string RegionName, int Year, decimal ThresholdPercent, IReadOnlyList<Anomaly> Entries);

/// <summary>
/// What deserves a look in a region (with its sub-regions) and year: each department's measures this
/// year and the year before from the line facts (one query), its figures against those of its kind
/// (the department comparison per kind), the on-time table, and its corrections. The reasons and
/// weights are the domain's (<see cref="Anomaly"/>).
/// </summary>
public sealed class AnomalyQueries(FinalAccountsDbContext db, DepartmentComparisonQueries peers, TimelinessQueries timeliness)
{
    /// <summary>The measures whose change since the year before is weighed against the threshold.</summary>
    private static readonly string[] ChangeMeasures = ["grandTotal", "appropriation", "basic", "project", "personnel", "public"];

    /// <summary>The row that carries a version's count of warnings left standing, beside its measures.</summary>
    private const string WarningsLeftKey = "warningsLeft";

    /// <summary>The 说明 text that gives the reason for a change of a measure, where the 说明 asks for one.</summary>
    private static readonly Dictionary<string, string> ReasonKeys = new(StringComparer.Ordinal)
    {
        ["grandTotal"] = ExplanationTextKeys.TotalChange,
        ["appropriation"] = ExplanationTextKeys.AppropriationChange,
        [ComparisonMeasures.ThreePublic] = ExplanationTextKeys.ThreePublicChange,
        [ComparisonMeasures.OperatingCosts] = ExplanationTextKeys.OperatingCostsChange,
    };

    // The reasons the versions give (a text carried from last year unchecked gives none).
    private const string ReasonSql = """
        SELECT d.code AS "Code", t.key AS "Key", t.text AS "Text"
        FROM explanation_texts t
        JOIN disclosure_versions v ON v.id = t.disclosure_version_id
        JOIN disclosures s ON s.id = v.disclosure_id
        JOIN departments d ON d.id = s.department_id
        WHERE s.year = @year AND d.code || ':' || v.number = ANY(@versions) AND t.key = ANY(@keys)
          AND t.carried_from_year IS NULL
        """;

    private static readonly string Sql = """
        WITH RECURSIVE within(code) AS (
            SELECT code FROM regions WHERE code = @region
            UNION SELECT r.code FROM regions r JOIN within w ON r.parent_code = w.code
        ),
        compared AS (
            SELECT DISTINCT ON (s.department_id, s.year) v.id, s.department_id, s.year, v.number
            FROM disclosures s
            JOIN disclosure_versions v ON v.disclosure_id = s.id
            JOIN departments d ON d.id = s.department_id
            WHERE s.year IN (@year - 1, @year) AND v.status = 'Published' AND d.region_code IN (SELECT code FROM within)
            ORDER BY s.department_id, s.year, v.number DESC
        ),
        measured AS (
        """ + ComparisonMeasures.ValuesSql + $"""

        )
        SELECT d.code AS "Code", d.name AS "Name", d.kind AS "Kind", c.year AS "Year", c.number AS "Version", m."Key", m."Value"
        FROM compared c
        JOIN departments d ON d.id = c.department_id
        JOIN measured m ON m."Version" = c.id
        UNION ALL
        -- The warnings the validator left standing in the current version (stored findings, ADR 0018).
        SELECT d.code, d.name, d.kind, c.year, c.number, '{WarningsLeftKey}', f.warnings
        FROM compared c
        JOIN departments d ON d.id = c.department_id
        JOIN findings_checks f ON f.disclosure_version_id = c.id
        WHERE f.warnings > 0
        """;

    /// <summary>Null when no region has the code.</summary>
    public async Task<AnomalyList?> ForRegionAsync(string regionCode, int year, decimal thresholdPercent, CancellationToken cancellationToken = default)
    {
        var regionName = await db.Regions.AsNoTracking().Where(r => r.Code == regionCode).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);
        if (regionName is null)
        {
            return null;
        }
        var rows = await db.Database.SqlQueryRaw<Row>(Sql, new NpgsqlParameter("region", regionCode), new NpgsqlParameter("year", year))
            .ToListAsync(cancellationToken);
        var entries = new List<Anomaly>();
        foreach (var department in rows.Where(r => r.Year == year).GroupBy(r => r.Code))
        {
            var current = department.ToDictionary(r => r.Key, r => r.Value);
            var previous = rows.Where(r => r.Code == department.Key && r.Year == year - 1).ToDictionary(r => r.Key, r => r.Value);
            var first = department.First();
            var subject = new Anomaly.Subject(first.Code, first.Name, year, first.Version);
            decimal? Now(string key) => current.GetValueOrDefault(key);
            decimal? Before(string key) => previous.GetValueOrDefault(key);
            var threePublic = ComparisonMeasures.Find(ComparisonMeasures.ThreePublic)!;
            var operating = ComparisonMeasures.Find(ComparisonMeasures.OperatingCosts)!;
            entries.AddRange(new[]
            {
                Anomaly.OverBudget(subject, threePublic, Now(ComparisonMeasures.ThreePublicBudget), Now(threePublic.Key)),
                Anomaly.Growth(AnomalyKind.ThreePublicGrowing, subject, threePublic, Before(threePublic.Key), Now(threePublic.Key)),
                Anomaly.Growth(AnomalyKind.OperatingCostsGrowing, subject, operating, Before(operating.Key), Now(operating.Key)),
                Anomaly.Corrected(subject),
                Now(WarningsLeftKey) is { } warnings ? Anomaly.WarningsLeft(subject, (int)warnings) : null,
            }.OfType<Anomaly>());
            entries.AddRange(ChangeMeasures.Select(key => Anomaly.LargeChange(subject, ComparisonMeasures.Find(key)!, Before(key), Now(key), thresholdPercent))
                .OfType<Anomaly>());
        }
        foreach (var kind in rows.Where(r => r.Year == year).Select(r => r.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            entries.AddRange(await PeerOutliersAsync(regionCode, year, kind, cancellationToken));
        }
        if (await timeliness.ForRegionAsync(regionCode, year, cancellationToken) is { } table)
        {
            entries.AddRange(table.Rows.Select(r => Anomaly.Late(
                new Anomaly.Subject(r.DepartmentCode, r.DepartmentName, year, rows.FirstOrDefault(x => x.Code == r.DepartmentCode && x.Year == year)?.Version),
                r.Timeliness)).OfType<Anomaly>());
        }
        return new AnomalyList(regionCode, regionName, year, thresholdPercent, Anomaly.Ranked(await WithStatedReasonsAsync(entries, year, cancellationToken)));
    }

    /// <summary>Each change the 说明 must explain, with the reason it gives or the note that it gives none.</summary>
    private async Task<List<Anomaly>> WithStatedReasonsAsync(List<Anomaly> entries, int year, CancellationToken cancellationToken)
    {
        static string? ReasonKey(Anomaly entry) =>
            entry.Kind is AnomalyKind.LargeChange or AnomalyKind.ThreePublicGrowing or AnomalyKind.OperatingCostsGrowing
            && entry.Measure is { } measure && entry.Version is not null ? ReasonKeys.GetValueOrDefault(measure.Key) : null;

        var asked = entries.Where(e => ReasonKey(e) is not null).ToList();
        if (asked.Count == 0)
        {
            return entries;
        }
        var versions = asked.Select(e => $"{e.DepartmentCode}:{e.Version}").Distinct().ToArray();
        var texts = (await db.Database.SqlQueryRaw<ReasonRow>(ReasonSql, new NpgsqlParameter("year", year),
                new NpgsqlParameter("versions", versions), new NpgsqlParameter("keys", ReasonKeys.Values.Distinct().ToArray()))
            .ToListAsync(cancellationToken))
            .ToDictionary(r => (r.Code, r.Key), r => r.Text);
        return entries.Select(e => ReasonKey(e) is { } key ? e.WithStatedReason(texts.GetValueOrDefault((e.DepartmentCode, key))) : e).ToList();
    }

    private sealed record ReasonRow(string Code, string Key, string Text);

    private async Task<IEnumerable<Anomaly>> PeerOutliersAsync(string regionCode, int year, string kind, CancellationToken cancellationToken)
    {
        var request = new DepartmentComparisonRequest(year, regionCode, null, kind, OutlierRule.Default, DepartmentSort.Default);
        if ((await peers.CompareAsync(request, cancellationToken)).Result?.Comparison is not { } comparison)
        {
            return [];
        }
        return comparison.Departments.SelectMany(d => comparison.Measures.Select((measure, i) => (measure, figure: d.Figures[i], quartiles: comparison.Statistics[i]))
            // A group of fewer than four has no spread worth the name.
            .Where(x => x.figure.Deviation is not null && x.quartiles is { Count: >= 4 })
            .Select(x => Anomaly.PeerOutlier(new Anomaly.Subject(d.Code, d.Name, year, d.Version), x.measure, x.figure, x.quartiles!,
                comparison.Rule, kind)));
    }

    private sealed record Row(string Code, string Name, string Kind, int Year, int Version, string Key, decimal? Value);
}
