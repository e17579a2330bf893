using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Infrastructure.Comparisons;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.IntegrationTests.Infrastructure;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Comparisons;

/// <summary>
/// One year's departments side by side, over the seeds and over <see cref="PeerDepartments"/>. The
/// expected quartiles are worked by hand with QUARTILE.INC: for n ordered values, h = (n − 1) × p and
/// Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌈h⌉] − x[⌊h⌋]).
/// </summary>
public sealed class DepartmentComparisonTests(DepartmentComparisonTests.Portal portal) : IClassFixture<DepartmentComparisonTests.Portal>
{
    private const string Peers = "/compare/departments?year=2024&region=420100&kind=审计";

    public sealed class Portal : PortalFactory, IAsyncLifetime
    {
        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            await PeerDepartments.PublishAsync(this);
        }
    }

    [Fact]
    public async Task TheQuartilesAreTheHandComputedOnesOverTheDepartmentsThatHaveTheFigure()
    {
        var statistics = await SheetAsync(Peers, DepartmentComparisonSheets.StatisticsKey);

        // 机关运行经费 100, 120, 130, 400 (甲's correction, not its first 500; 戊 none): h = 0.75, 1.5, 2.25.
        // Q1 = 100 + 0.75 × 20 = 115; median = 120 + 0.5 × 10 = 125; Q3 = 130 + 0.25 × 270 = 197.5;
        // IQR 82.5; fences 115 − 123.75 = −8.75 and 197.5 + 123.75 = 321.25.
        Row(statistics, "机关运行经费").Should().Equal("机关运行经费", "万元", "4", "115.00", "125.00", "197.50", "82.50", "-8.75", "321.25");
        // 在职实有人数 10, 10, 12, 25 (戊 states only 行政): Q1 = 10, median = 11, Q3 = 12 + 0.25 × 13 = 15.25.
        Row(statistics, "在职实有人数").Should().Equal("在职实有人数", "人", "4", "10", "11", "15.25", "5.25", "2.13", "23.13");
        // Per person 10.00, 10.00, 13.00, 16.00: Q1 = 10, median = 11.5, Q3 = 13 + 0.25 × 3 = 13.75; fences 4.375 and 19.375.
        Row(statistics, "人均机关运行经费").Should().Equal("人均机关运行经费", "万元/人", "4", "10.00", "11.50", "13.75", "3.75", "4.38", "19.38");
        // All five have the builder's 收支总计: no spread.
        Row(statistics, "收支总计").Should().Equal("收支总计", "万元", "5", "2,791.28", "2,791.28", "2,791.28", "0.00", "2,791.28", "2,791.28");
    }

    [Fact]
    public async Task EachDepartmentHasItsValueAndPositionAndTheOutlierIsMarkedInWords()
    {
        var sheet = await SheetAsync(Peers, DepartmentComparisonSheets.DepartmentsKey);
        var headings = sheet.Rows[0];
        var value = Array.IndexOf(headings, "机关运行经费（万元）");

        var ding = sheet.Body.Single(r => r[0] == "test-sj-d");
        ding[value].Should().Be("400.00");
        ding[value + 1].Should().Be("1/4（高）");
        ding[^1].Should().Contain("机关运行经费偏高").And.Contain("在职实有人数偏高", "25 is above 23.125");
        sheet.Body.Single(r => r[0] == "test-sj-a")[value + 1].Should().Be("4/4（低）");
        sheet.Body.Single(r => r[0] == "test-sj-b")[value + 1].Should().Be("3/4（中低）");
        sheet.Body.Single(r => r[0] == "test-sj-c")[^1].Should().BeEmpty();

        var html = await portal.CreateClient().GetStringAsync(Peers);
        var cells = new HtmlParser().ParseDocument(html).QuerySelectorAll("#sheet-departments td.notable strong").Select(c => c.TextContent);
        cells.Should().Contain("400.00", "the outlier is bold and marked in the markup, not by colour alone");
    }

    [Fact]
    public async Task BlanksAreBlankNeverZeroAndLeftOutOfTheStatistics()
    {
        var sheet = await SheetAsync(Peers, DepartmentComparisonSheets.DepartmentsKey);
        var headings = sheet.Rows[0];

        var wu = sheet.Body.Single(r => r[0] == "test-sj-e");
        foreach (var heading in new[] { "机关运行经费（万元）", "机关运行经费位次", "在职实有人数（人）", "人均人员经费（万元/人）", "人均机关运行经费（万元/人）" })
        {
            wu[Array.IndexOf(headings, heading)].Should().BeEmpty(heading);
        }
        wu[Array.IndexOf(headings, "收支总计（万元）")].Should().Be("2,791.28");

        using var json = JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/api/v1/compare/departments?year=2024&region=420100&kind=审计"));
        var index = json.RootElement.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("key").GetString()).ToList().IndexOf("operatingCosts");
        var figure = json.RootElement.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "test-sj-e")
            .GetProperty("figures")[index];
        figure.TryGetProperty("value", out _).Should().BeFalse("a blank is left out, never sent as 0");
        figure.TryGetProperty("rank", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("&factor=3", false)]
    [InlineData("&factor=3&ratio=3", true)]
    [InlineData("&factor=3&ratio=3.5", false)]
    public async Task TheReaderSetsTheFactorOfTheSpreadAndTheRatioOfTheMedian(string query, bool flagged)
    {
        var sheet = await SheetAsync(Peers + query, DepartmentComparisonSheets.DepartmentsKey);

        // 400 against the fence 197.5 + 3 × 82.5 = 445; against the median 125 × 3 = 375 or × 3.5 = 437.5.
        var ding = sheet.Body.Single(r => r[0] == "test-sj-d");
        ding[^1].Contains("机关运行经费偏高", StringComparison.Ordinal).Should().Be(flagged);
    }

    [Theory]
    [InlineData("&sort=operatingCosts", new[] { "test-sj-d", "test-sj-c", "test-sj-b", "test-sj-a", "test-sj-e" })]
    [InlineData("&sort=operatingCosts&order=asc", new[] { "test-sj-a", "test-sj-b", "test-sj-c", "test-sj-d", "test-sj-e" })]
    [InlineData("&sort=code&order=desc", new[] { "test-sj-e", "test-sj-d", "test-sj-c", "test-sj-b", "test-sj-a" })]
    public async Task AnyColumnSortsThroughTheAddressWithBlanksLast(string query, string[] codes)
    {
        var sheet = await SheetAsync(Peers + query, DepartmentComparisonSheets.DepartmentsKey);

        sheet.Body.Select(r => r[0]).Should().Equal(codes);
    }

    [Fact]
    public async Task TheHeadingsLinkToTheAddressSortedByThemAndSayHowTheTableIsSorted()
    {
        var document = new HtmlParser().ParseDocument(await portal.CreateClient().GetStringAsync(Peers + "&sort=operatingCosts"));

        var sorted = document.QuerySelector("#sheet-departments th[aria-sort]")!;
        sorted.TextContent.Should().Be("机关运行经费（万元）");
        sorted.GetAttribute("aria-sort").Should().Be("descending");
        sorted.QuerySelector("a")!.GetAttribute("href").Should().Contain("sort=operatingCosts").And.Contain("order=asc");
        var byName = document.QuerySelectorAll("#sheet-departments th a").Single(a => a.TextContent == "部门");
        (await SheetAsync(byName.GetAttribute("href")!, DepartmentComparisonSheets.DepartmentsKey)).Body.Select(r => r[1])
            .Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task ARegionTakesInItsSubRegionsAndListedDepartmentsNarrowTheGroup()
    {
        (await SheetAsync("/compare/departments?year=2024&region=420104&kind=审计", DepartmentComparisonSheets.DepartmentsKey)).Body
            .Select(r => r[0]).Should().BeEquivalentTo("test-sj-a", "test-sj-d");
        (await SheetAsync("/compare/departments?year=2024&departments=test-sj-b,test-sj-c,420104-sfj", DepartmentComparisonSheets.DepartmentsKey)).Body
            .Select(r => r[0]).Should().BeEquivalentTo("test-sj-b", "test-sj-c", "420104-sfj");
    }

    [Fact]
    public async Task OverTheSeedsEachYearComparesTheDepartmentsThatPublishedIt()
    {
        var seed = ContentReader.Deserialize<DisclosureContent>(
            Path.Combine(RepositoryPaths.SeedDirectory, "disclosures", "hongshan-2021.json"), "hongshan-2021.json");
        var sheet = await SheetAsync("/compare/departments?year=2021&region=420000", DepartmentComparisonSheets.DepartmentsKey);

        sheet.Body.Select(r => r[0]).Should().Equal(["420111-sfj"], "only 洪山 published 2021");
        var headings = sheet.Rows[0];
        var row = sheet.Body[0];
        var staff = seed.Profile!.Staffing!;
        var people = staff.ActiveAdministrative!.Value + staff.ActiveInstitutional!.Value;
        row[Array.IndexOf(headings, "在职实有人数（人）")].Should().Be(people.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var operating = Money.ParseWanYuan(seed.OperatingCosts!.Amount!);
        row[Array.IndexOf(headings, "机关运行经费（万元）")].Should().Be(operating.ToWanYuanString());
        var perStaff = Money.FromYuan(Math.Round(operating.Yuan / people, 2, MidpointRounding.AwayFromZero));
        row[Array.IndexOf(headings, "人均机关运行经费（万元/人）")].Should().Be(perStaff.ToWanYuanString());
        row[Array.IndexOf(headings, "机关运行经费位次")].Should().Be("1/1（中低）", "alone, it is its group's median");

        // 2024: 硚口's seed (3,469.73) among the five peers (2,791.28 each): every quartile is 2,791.28, so 硚口 lies far above.
        var all = await SheetAsync("/compare/departments?year=2024&region=420000", DepartmentComparisonSheets.DepartmentsKey);
        all.Body.Should().HaveCount(PeerDepartments.All.Count + 1);
        var qiaokou = all.Body.Single(r => r[0] == QiaokouYears.Department);
        qiaokou[Array.IndexOf(all.Rows[0], "收支总计（万元）")].Should().Be("3,469.73");
        qiaokou[^1].Should().Contain("收支总计偏高");
    }

    [Fact]
    public async Task TheCsvAndTheWorkbookHoldExactlyTheScreensCells()
    {
        var client = portal.CreateClient();
        var screen = await ComparisonScreen.ReadAsync(client, Peers + "&sort=operatingCosts&ratio=2");

        var csv = await client.GetAsync("/compare/departments.csv?year=2024&region=420100&kind=审计&sort=operatingCosts&ratio=2");
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        ComparisonScreen.ShouldEqualCsv(screen, await csv.Content.ReadAsByteArrayAsync());
        var xlsx = await client.GetByteArrayAsync("/compare/departments.xlsx?year=2024&region=420100&kind=审计&sort=operatingCosts&ratio=2");
        ComparisonScreen.ShouldEqualWorkbook(screen, xlsx);
        screen.Should().Contain(s => s.Key == DepartmentComparisonSheets.DepartmentsKey && s.Body.Count == PeerDepartments.All.Count);
    }

    [Fact]
    public async Task TheApiAnswersWithTheSameFiguresAndIsInTheOpenApiDocument()
    {
        var client = portal.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/compare/departments?year=2024&region=420100&kind=审计"));
        var root = json.RootElement;

        var statistics = root.GetProperty("statistics").EnumerateArray().Single(s => s.GetProperty("measure").GetString() == "operatingCosts");
        statistics.GetProperty("count").GetInt32().Should().Be(4);
        statistics.GetProperty("lower").GetDecimal().Should().Be(1_150_000m);
        statistics.GetProperty("median").GetDecimal().Should().Be(1_250_000m);
        statistics.GetProperty("upper").GetDecimal().Should().Be(1_975_000m);
        var index = root.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("key").GetString()).ToList().IndexOf("operatingCosts");
        var ding = root.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "test-sj-d");
        ding.GetProperty("figures")[index].GetProperty("deviation").GetString().Should().Be("high");
        ding.GetProperty("figures")[index].GetProperty("rank").GetInt32().Should().Be(1);
        var jia = root.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "test-sj-a");
        jia.GetProperty("version").GetInt32().Should().Be(2, "the correction is the latest published version");

        (await client.GetStringAsync("/openapi/v1.json")).Should().Contain("/api/v1/compare/departments");
        (await client.GetAsync("/api/v1/compare/departments?year=2024")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/v1/compare/departments?year=2024&region=999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/compare/departments?year=2024", HttpStatusCode.BadRequest)]
    [InlineData("/compare/departments?year=abc&region=420100", HttpStatusCode.BadRequest)]
    [InlineData("/compare/departments?year=2024&region=420100&sort=nope", HttpStatusCode.BadRequest)]
    [InlineData("/compare/departments?year=2024&kind=不存在", HttpStatusCode.BadRequest)]
    [InlineData("/compare/departments?year=2024&region=999999", HttpStatusCode.NotFound)]
    [InlineData("/compare/departments?year=2024&departments=nope", HttpStatusCode.NotFound)]
    [InlineData("/compare/departments", HttpStatusCode.OK)]
    public async Task AQuestionThatCannotBeAnsweredSaysWhyInChinese(string address, HttpStatusCode status)
    {
        var response = await portal.CreateClient().GetAsync(address);

        response.StatusCode.Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().Contain("部门决算横向比较");
    }

    private async Task<ScreenSheet> SheetAsync(string address, string key) =>
        (await ComparisonScreen.ReadAsync(portal.CreateClient(), address)).Single(s => s.Key == key);

    private static string[] Row(ScreenSheet sheet, string name) => sheet.Body.Single(r => r[0] == name);
}
