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
/// year against those of its kind (the department comparison within each kind, one query), against
/// its own the year before with the warnings left standing (one query), the on-time table, and its
/// corrections. The reasons and weights are the domain's (<see cref="Anomaly"/>).
/// </summary>
public sealed class AnomalyQueries(FinalAccountsDbContext db, DepartmentComparisonQueries peers, TimelinessQueries timeliness)
{
    /// <summary>The measures whose change since the year before is weighed against the threshold.</summary>
    private static readonly string[] ChangeMeasures = ["grandTotal", "appropriation", "basic", "project", "personnel", "public"];

    /// <summary>The row that carries a current version's count of warnings left standing, beside last year's measures.</summary>
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
        JOIN unnest(@codes, @numbers) AS a(code, number) ON a.code = d.code AND a.number = v.number
        WHERE s.year = @year AND t.key = ANY(@keys) AND t.carried_from_year IS NULL
        """;

    private static readonly string Sql = "WITH RECURSIVE " + RegionTree.WithinSql + ",\n" + """
        versions AS (
            SELECT DISTINCT ON (s.department_id, s.year) v.id, s.department_id, s.year, v.number
            FROM disclosures s
            JOIN disclosure_versions v ON v.disclosure_id = s.id
            JOIN departments d ON d.id = s.department_id
            WHERE s.year IN (@year - 1, @year) AND v.status = 'Published' AND d.region_code IN (SELECT code FROM within)
            ORDER BY s.department_id, s.year, v.number DESC
        ),
        -- This year's measures come with the comparison of peers; last year's are read here.
        compared AS (SELECT * FROM versions WHERE year = @year - 1),
        measured AS (
        """ + ComparisonMeasures.ValuesSql + $"""

        )
        SELECT d.code AS "Code", m."Key", m."Value"
        FROM compared c
        JOIN departments d ON d.id = c.department_id
        JOIN measured m ON m."Version" = c.id
        UNION ALL
        -- The warnings the validator left standing in the current version (stored findings, ADR 0018).
        SELECT d.code, '{WarningsLeftKey}', f.warnings
        FROM versions c
        JOIN departments d ON d.id = c.department_id
        JOIN findings_checks f ON f.disclosure_version_id = c.id
        WHERE c.year = @year AND f.warnings > 0
        """;

    /// <summary>Null when no region has the code.</summary>
    public async Task<AnomalyList?> ForRegionAsync(string regionCode, int year, decimal thresholdPercent, CancellationToken cancellationToken = default)
    {
        var regionName = await db.Regions.AsNoTracking().Where(r => r.Code == regionCode).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken);
        if (regionName is null)
        {
            return null;
        }
        var peerGroups = await peers.CompareEachKindAsync(year, regionCode, OutlierRule.Default, cancellationToken);
        var rows = await db.Database.SqlQueryRaw<Row>(Sql, new NpgsqlParameter("region", regionCode), new NpgsqlParameter("year", year))
            .ToListAsync(cancellationToken);
        var warningsLeft = rows.Where(r => r.Key == WarningsLeftKey).ToDictionary(r => r.Code, r => r.Value, StringComparer.Ordinal);
        var previousYear = rows.Where(r => r.Key != WarningsLeftKey).GroupBy(r => r.Code)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Key, r => r.Value), StringComparer.Ordinal);
        var threePublic = ComparisonMeasures.Find(ComparisonMeasures.ThreePublic)!;
        var operating = ComparisonMeasures.Find(ComparisonMeasures.OperatingCosts)!;
        var entries = new List<Anomaly>();
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kind, comparison) in peerGroups)
        {
            foreach (var department in comparison.Departments)
            {
                versions[department.Code] = department.Version;
                var current = comparison.Measures.Select((m, i) => (m.Key, department.Figures[i].Value)).ToDictionary(x => x.Key, x => x.Value);
                var previous = previousYear.GetValueOrDefault(department.Code) ?? [];
                var subject = new Anomaly.Subject(department.Code, department.Name, year, department.Version);
                decimal? Now(string key) => current.GetValueOrDefault(key);
                decimal? Before(string key) => previous.GetValueOrDefault(key);
                entries.AddRange(new[]
                {
                    Anomaly.OverBudget(subject, threePublic, Now(ComparisonMeasures.ThreePublicBudget), Now(threePublic.Key)),
                    Anomaly.Growth(AnomalyKind.ThreePublicGrowing, subject, threePublic, Before(threePublic.Key), Now(threePublic.Key)),
                    Anomaly.Growth(AnomalyKind.OperatingCostsGrowing, subject, operating, Before(operating.Key), Now(operating.Key)),
                    Anomaly.Corrected(subject),
                    warningsLeft.GetValueOrDefault(department.Code) is { } warnings ? Anomaly.WarningsLeft(subject, (int)warnings) : null,
                }.OfType<Anomaly>());
                entries.AddRange(ChangeMeasures.Select(key => Anomaly.LargeChange(subject, ComparisonMeasures.Find(key)!, Before(key), Now(key),
                    thresholdPercent)).OfType<Anomaly>());
            }
            entries.AddRange(PeerOutliers(comparison, kind));
        }
        if (await timeliness.ForRegionAsync(regionCode, year, cancellationToken) is { } table)
        {
            entries.AddRange(table.Rows.Select(r => Anomaly.Late(
                new Anomaly.Subject(r.DepartmentCode, r.DepartmentName, year, versions.TryGetValue(r.DepartmentCode, out var version) ? version : null),
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
        var versions = asked.Select(e => (Code: e.DepartmentCode, Number: e.Version!.Value)).Distinct().ToList();
        var texts = (await db.Database.SqlQueryRaw<ReasonRow>(ReasonSql, new NpgsqlParameter("year", year),
                new NpgsqlParameter("codes", versions.Select(v => v.Code).ToArray()), new NpgsqlParameter("numbers", versions.Select(v => v.Number).ToArray()),
                new NpgsqlParameter("keys", ReasonKeys.Values.Distinct().ToArray()))
            .ToListAsync(cancellationToken))
            .ToDictionary(r => (r.Code, r.Key), r => r.Text);
        return entries.Select(e => ReasonKey(e) is { } key ? e.WithStatedReason(texts.GetValueOrDefault((e.DepartmentCode, key))) : e).ToList();
    }

    private sealed record ReasonRow(string Code, string Key, string Text);

    private static IEnumerable<Anomaly> PeerOutliers(DepartmentComparison comparison, string kind) =>
        comparison.Departments.SelectMany(d => comparison.Measures.Select((measure, i) => (measure, figure: d.Figures[i], quartiles: comparison.Statistics[i]))
            // A group of fewer than four has no spread worth the name.
            .Where(x => x.figure.Deviation is not null && x.quartiles is { Count: >= 4 })
            .Select(x => Anomaly.PeerOutlier(new Anomaly.Subject(d.Code, d.Name, comparison.Year, d.Version), x.measure, x.figure,
                x.quartiles!, comparison.Rule, kind)));

    private sealed record Row(string Code, string Key, decimal? Value);
}
