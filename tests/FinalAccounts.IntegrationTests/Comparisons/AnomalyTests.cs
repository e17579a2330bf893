using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Rendering;

namespace FinalAccounts.IntegrationTests.Comparisons;

/// <summary>
/// What deserves a look in 武汉市 2024, over <see cref="PeerDepartments"/> with anomalies planted: 甲 corrected;
/// 乙's 机关运行经费 grew from 100.00 and its 人员经费 from 1,000.00 (2023); 丁 far above its peers; a sixth
/// peer, 己, spent 80.00 on 三公 against a budget of 65.00 and grew its 机关运行经费 from 100.00 without saying why; 甲's 100.00 lies below the fence 105.00. 丙 and 戊 are clean.
/// </summary>
public sealed class AnomalyTests(AnomalyTests.Portal portal) : IClassFixture<AnomalyTests.Portal>
{
    private const string Address = "/anomalies?region=420100&year=2024";
    private static readonly PeerDepartments.Peer Ji = new("test-sj-f", "测试审计局己", "420114", 125.00m, 10, 2);

    public sealed class Portal : PortalFactory, IAsyncLifetime
    {
        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            await PeerDepartments.PublishAsync(this);
            var yi = PeerDepartments.All[1];
            await PeerDepartments.PublishAsync(this, yi, 2023, 100.00m,
                b => b.WithBasicTotals(t => t.PersonnelTotal = Money.FromWanYuan(1_000.00m)));
            await PeerDepartments.PublishAsync(this, Ji, 2023, 100.00m);
            await PeerDepartments.PublishAsync(this, Ji, 2024, Ji.OperatingCosts,
                b => b.WithThreePublic(t => t.Actual.Total = Money.FromWanYuan(80.00m))
                    .WithoutText(ExplanationTextKeys.OperatingCostsChange));
            await WaitForStoredFindingsAsync();
        }
    }

    [Fact]
    public async Task ThePlantedAnomaliesAreListedWithTheirReasonsAndFigures()
    {
        var rows = await RowsAsync();

        FigureReasons(rows, "test-sj-a").Should().BeEquivalentTo(
            "公开后更正|公开后更正 1 次，现行为第2版。",
            "偏离同类部门|机关运行经费 100.00 万元，低于同类（审计）5 个部门的中位数 125.00 万元，低于偏低界限 105.00 万元。");
        FigureReasons(rows, "test-sj-b").Should().BeEquivalentTo(
            "机关运行经费增长|机关运行经费由2023年度 100.00 万元增加到2024年度 120.00 万元，增长 20%。说明所述原因：办公费用增加。",
            "较上年大幅变动|人员经费由2023年度 1,000.00 万元增加到2024年度 1,861.28 万元，增长 86.1%。");
        Reasons(rows, "test-sj-f").Should().Contain("“三公”经费超预算|“三公”经费决算 80.00 万元，超过预算数 65.00 万元 15.00 万元（23.1%）。")
            .And.Contain("机关运行经费增长|机关运行经费由2023年度 100.00 万元增加到2024年度 125.00 万元，增长 25%。说明未写明原因。",
                "己 left the reason for its growth out of the 说明");
        // 机关运行经费 100, 120, 125, 130, 400: median 125, Q3 130, IQR 10, so the fence is 145.
        Reasons(rows, "test-sj-d").Should().Contain(
            "偏离同类部门|机关运行经费 400.00 万元，高于同类（审计）5 个部门的中位数 125.00 万元，超过偏高界限 145.00 万元。");
    }

    [Fact]
    public async Task EveryVersionPublishedWithWarningsIsListedWithTheirCountAndNoOtherIs()
    {
        var rows = await RowsAsync();
        var client = portal.CreateClient();
        foreach (var code in new[] { "test-sj-a", "test-sj-b", "test-sj-c", "test-sj-d", "test-sj-e", "test-sj-f", "420104-sfj" })
        {
            using var findings = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/disclosures/{code}/2024/findings"));
            var warnings = findings.RootElement.GetProperty("counts").GetProperty("warnings").GetInt32();
            var version = findings.RootElement.GetProperty("version").GetInt32();
            var listed = Reasons(rows, code).Where(r => r.StartsWith("公开时仍有校验警告|", StringComparison.Ordinal)).ToList();
            if (warnings == 0)
            {
                listed.Should().BeEmpty(code);
            }
            else
            {
                listed.Should().Equal([$"公开时仍有校验警告|现行第{version}版公开时仍有 {warnings} 条校验警告（须说明理由的不一致）。"], code);
            }
        }
        Reasons(rows, "test-sj-f").Should().Contain(r => r.StartsWith("公开时仍有校验警告|", StringComparison.Ordinal),
            "己 overspent its 三公 budget and left a reason out");
    }

    [Fact]
    public async Task TheListIsRankedByWeightAndEachEntryLinksToItsEvidence()
    {
        var client = portal.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/anomalies?region=420100&year=2024"));
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().ToList();

        entries.Select(e => e.GetProperty("weight").GetDecimal()).Should().BeInDescendingOrder();
        entries.Select(e => e.GetProperty("rank").GetInt32()).Should().Equal(Enumerable.Range(1, entries.Count));
        var first = entries[0];
        first.GetProperty("department").GetProperty("code").GetString().Should().Be("test-sj-d", "400 lies 220% above the median 125");
        first.GetProperty("measure").GetString().Should().Be("operatingCosts");

        foreach (var evidence in entries.Select(e => e.GetProperty("evidence").GetString()!))
        {
            var response = await client.GetAsync(evidence);
            response.StatusCode.Should().Be(HttpStatusCode.OK, evidence);
            if (evidence.Contains('#', StringComparison.Ordinal))
            {
                var html = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
                html.GetElementById(evidence[(evidence.IndexOf('#', StringComparison.Ordinal) + 1)..]).Should().NotBeNull(evidence);
            }
        }
        var peers = entries.Single(e => e.GetProperty("kind").GetString() == "PeerOutlier" && e.GetProperty("measure").GetString() == "operatingCosts"
                                        && e.GetProperty("department").GetProperty("code").GetString() == "test-sj-d");
        var sheet = (await ComparisonScreen.ReadAsync(client, peers.GetProperty("evidence").GetString()!)).First();
        sheet.Body[0][0].Should().Be("test-sj-d", "the peers' comparison opens sorted by the figure, the outlier first");
    }

    [Fact]
    public async Task TheCsvAndTheWorkbookHoldExactlyTheScreensCells()
    {
        var client = portal.CreateClient();
        var screen = await ComparisonScreen.ReadAsync(client, Address);

        ComparisonScreen.ShouldEqualCsv(screen, await client.GetByteArrayAsync(PortalPaths.Anomalies("420100", 2024, format: "csv")));
        ComparisonScreen.ShouldEqualWorkbook(screen, await client.GetByteArrayAsync(PortalPaths.Anomalies("420100", 2024, format: "xlsx")));
        (await client.GetStringAsync("/openapi/v1.json")).Should().Contain("/api/v1/anomalies");
    }

    [Theory]
    [InlineData("/anomalies?region=42&year=2024", HttpStatusCode.BadRequest)]
    [InlineData("/anomalies?region=420100&year=abc", HttpStatusCode.BadRequest)]
    [InlineData("/anomalies?region=999999&year=2024", HttpStatusCode.NotFound)]
    [InlineData("/anomalies", HttpStatusCode.OK)]
    public async Task AQuestionThatCannotBeAnsweredSaysWhyInChinese(string address, HttpStatusCode status)
    {
        var response = await portal.CreateClient().GetAsync(address);

        response.StatusCode.Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().Contain("值得关注的情况");
    }

    private async Task<List<string[]>> RowsAsync() =>
        (await ComparisonScreen.ReadAsync(portal.CreateClient(), Address)).Single(s => s.Key == AnomalySheet.Key).Body;

    private static IEnumerable<string> Reasons(IEnumerable<string[]> rows, string code) =>
        rows.Where(r => r[1] == code).Select(r => $"{r[3]}|{r[4]}");

    // The entries but the count of warnings, which EveryVersionPublishedWithWarnings… checks.
    private static IEnumerable<string> FigureReasons(IEnumerable<string[]> rows, string code) =>
        Reasons(rows, code).Where(r => !r.StartsWith("公开时仍有校验警告|", StringComparison.Ordinal));
}
