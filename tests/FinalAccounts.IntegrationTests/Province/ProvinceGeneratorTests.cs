using System.Globalization;
using AngleSharp.Html.Parser;
using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Comparisons;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Province;

/// <summary>
/// The small generated province (one city of three districts, twelve departments a region, three years):
/// every disclosure is as clean as its template but for the anomalies planted in it, the comparisons and
/// the anomaly list read it as they read entered data, and search finds its departments by name.
/// </summary>
public sealed class ProvinceGeneratorTests(ProvincePortal portal) : IClassFixture<ProvincePortal>
{
    // What a planted anomaly may make the validator say, besides nothing.
    private static readonly Dictionary<string, string[]> FindingsOfPlanted = new()
    {
        ["late"] = ["publication-deadline"],
        ["three-public-over-budget"] = ["T09-over-budget", "explanation-reason"],
    };

    [Fact]
    public async Task EveryDisclosureHasOnlyTheFindingsOfTheAnomaliesPlantedInIt()
    {
        var versions = await portal.QueryAsync("""
            SELECT dep.code, d.year, max(v.number) FROM disclosures d
            JOIN departments dep ON dep.id = d.department_id JOIN disclosure_versions v ON v.disclosure_id = d.id
            WHERE v.status = 'Published' GROUP BY dep.code, d.year
            """);
        var planted = await PlantedAsync();
        versions.Should().HaveCount((1 + ProvincePortal.Cities + ProvincePortal.Cities * ProvincePortal.Districts)
                                    * ProvincePortal.DepartmentsPerRegion * ProvincePortal.Years);

        using var scope = portal.Services.CreateScope();
        var analyses = scope.ServiceProvider.GetRequiredService<DisclosureAnalysisService>();
        var unexpected = new List<string>();
        var seen = new HashSet<(string, int, string)>();
        foreach (var row in versions)
        {
            var (code, year, number) = ((string)row[0], (int)row[1], (int)row[2]);
            var analysis = await analyses.AnalyzeAsync(code, year, number, VersionVisibility.PublishedOnly);
            var kinds = planted.Where(p => p.Code == code && p.Year == year).Select(p => p.Kind).ToList();
            var allowed = kinds.SelectMany(k => FindingsOfPlanted.GetValueOrDefault(k, [])).ToHashSet();
            foreach (var finding in analysis!.Report.Findings)
            {
                if (!allowed.Contains(finding.RuleId))
                {
                    unexpected.Add($"{code} {year}: {finding.RuleId} {finding.Message}");
                }
                seen.Add((code, year, finding.RuleId));
            }
        }

        unexpected.Should().BeEmpty("the template is validator-clean and scaling keeps every identity exact in 元");
        foreach (var (code, year, kind, _) in planted.Where(p => FindingsOfPlanted.ContainsKey(p.Kind)))
        {
            seen.Should().Contain((code, year, FindingsOfPlanted[kind][0]), $"{code} {year} was planted with {kind}");
        }
        planted.Select(p => p.Kind).Should().Contain(["late", "three-public-over-budget"], "seed 3 plants both in the small province");
    }

    [Fact]
    public async Task TheAnomalyListShowsEveryPlantedAnomalyAndNoLatenessCorrectionOrOverspendingThatWasNotPlanted()
    {
        var planted = await PlantedAsync();
        using var scope = portal.Services.CreateScope();
        var anomalies = scope.ServiceProvider.GetRequiredService<AnomalyQueries>();
        var kinds = new Dictionary<string, AnomalyKind>
        {
            ["late"] = AnomalyKind.LatePublication,
            ["three-public-over-budget"] = AnomalyKind.ThreePublicOverBudget,
            ["correction"] = AnomalyKind.Corrected,
            ["jump"] = AnomalyKind.LargeChange,
        };

        for (var year = ProvincePortal.TemplateYear - ProvincePortal.Years + 1; year <= ProvincePortal.TemplateYear; year++)
        {
            var list = await anomalies.ForRegionAsync("990000", year, Anomaly.DefaultThresholdPercent);
            var entries = list!.Entries.Select(e => (e.DepartmentCode, e.Kind)).ToHashSet();
            var plantedThisYear = planted.Where(p => p.Year == year && kinds.ContainsKey(p.Kind)).ToList();

            foreach (var (code, _, kind, _) in plantedThisYear)
            {
                entries.Should().Contain((code, kinds[kind]), $"{code} {year} was planted with {kind}");
            }
            // Lateness, corrections and overspending are facts the generator alone decides: none is listed unplanted.
            foreach (var kind in new[] { "late", "correction", "three-public-over-budget" })
            {
                var expected = plantedThisYear.Where(p => p.Kind == kind).Select(p => p.Code).ToHashSet();
                entries.Where(e => e.Kind == kinds[kind]).Select(e => e.DepartmentCode).Should().BeEquivalentTo(expected, $"{kind} in {year}");
            }
        }
    }

    [Fact]
    public async Task TheCitysQuartilesAreTheHandComputedOnesOfItsDepartmentsFigures()
    {
        using var scope = portal.Services.CreateScope();
        var queries = scope.ServiceProvider.GetRequiredService<DepartmentComparisonQueries>();
        var (request, problem) = DepartmentComparisonRequest.Parse(
            ProvincePortal.TemplateYear.ToString(CultureInfo.InvariantCulture), ProvincePortal.City, null, null, null, null, null, null);
        problem.Should().BeNull();
        var (result, _) = await queries.CompareAsync(request!);
        var comparison = result!.Comparison;

        // The city and its three districts: 4 × 12 departments, each with its 收支总计 as 公开01表 prints it.
        var totals = await portal.QueryAsync($"""
            SELECT DISTINCT ON (dep.code) dep.code, f.amount
            FROM line_facts f JOIN departments dep ON dep.id = f.department_id
            WHERE f.published_table = 'IncomeExpenditureSummary' AND f.line = '{ComparisonMeasures.GrandTotalLine}'
              AND f.year = {ProvincePortal.TemplateYear} AND dep.region_code LIKE '9901%'
            ORDER BY dep.code, f.version_number DESC
            """);
        totals.Should().HaveCount(4 * ProvincePortal.DepartmentsPerRegion);
        var ordered = totals.Select(r => (decimal)r[1]).Order().ToList();

        var measure = comparison.Measures.ToList().FindIndex(m => m.Name == "收支总计");
        var statistics = comparison.Statistics[measure]!;
        statistics.Count.Should().Be(ordered.Count);
        statistics.Median.Should().Be(QuartileInc(ordered, 0.5m));
        statistics.Lower.Should().Be(QuartileInc(ordered, 0.25m));
        statistics.Upper.Should().Be(QuartileInc(ordered, 0.75m));
    }

    [Fact]
    public async Task SearchFindsAGeneratedDepartmentByItsName()
    {
        var html = await portal.CreateClient().GetStringAsync("/search?q=" + Uri.EscapeDataString("江城市东城区财政局"));
        var results = new HtmlParser().ParseDocument(html).QuerySelectorAll("main li, main article").Select(e => e.TextContent).ToList();
        results.Should().Contain(r => r.Contains("江城市东城区财政局"), "the copy's name is in its search sections");
        results.Should().NotContain(r => r.Contains("示范省司法局"), "only the template carries the template's name");
    }

    [Fact]
    public async Task TheStoredFindingsAreTheValidatorsAndFindingsAcrossListTheLatePublicationsPlanted()
    {
        await portal.WaitForStoredFindingsAsync();
        var planted = await PlantedAsync();
        var stored = await portal.QueryAsync("""
            SELECT DISTINCT dep.code, d.year, f.rule_id FROM version_findings f
            JOIN disclosure_versions v ON v.id = f.disclosure_version_id JOIN disclosures d ON d.id = v.disclosure_id
            JOIN departments dep ON dep.id = d.department_id
            """);
        var expected = planted.Where(p => FindingsOfPlanted.ContainsKey(p.Kind)).Select(p => (p.Code, p.Year, FindingsOfPlanted[p.Kind][0]));
        stored.Select(r => ((string)r[0], (int)r[1], (string)r[2])).Where(r => r.Item3 != "explanation-reason")
            .Should().BeEquivalentTo(expected, "the copies that took the template's clean check are clean, the others were checked");

        var late = planted.First(p => p.Kind == "late");
        var html = await portal.CreateClient().GetStringAsync($"/findings?rule=publication-deadline&region=990000&year={late.Year}");
        var rows = new HtmlParser().ParseDocument(html).QuerySelectorAll("#sheet-findings tbody tr")
            .Select(r => r.QuerySelector("td, th")!.TextContent.Trim()).ToList();
        rows.Should().BeEquivalentTo(planted.Where(p => p.Kind == "late" && p.Year == late.Year).Select(p => p.Code).Distinct());
    }

    /// <summary>QUARTILE.INC: h = (n − 1) × p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌈h⌉] − x[⌊h⌋]), to the 分.</summary>
    private static decimal QuartileInc(IReadOnlyList<decimal> ordered, decimal p)
    {
        var h = (ordered.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = (int)Math.Ceiling(h);
        return Math.Round(ordered[low] + (h - low) * (ordered[high] - ordered[low]), 2, MidpointRounding.AwayFromZero);
    }

    private async Task<List<(string Code, int Year, string Kind, string Detail)>> PlantedAsync() =>
        (await portal.QueryAsync("SELECT department_code, year, kind, detail FROM generator.planted_anomalies"))
        .Select(r => ((string)r[0], (int)r[1], (string)r[2], (string)r[3])).ToList();
}
