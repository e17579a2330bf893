using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Comparisons;

/// <summary>硚口 2023 (derived from the 2024 seed) against 2024: the page, its downloads and the API agree on known changes.</summary>
public sealed class YearComparisonTests(YearComparisonTests.Portal portal) : IClassFixture<YearComparisonTests.Portal>
{
    private const string Address = "/compare/years?department=420104-sfj&years=2023,2024";

    public sealed class Portal : PortalFactory, IAsyncLifetime
    {
        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            await QiaokouYears.PublishDerived2023Async(this);
        }
    }

    [Fact]
    public async Task ThePageShowsTheKnownChangesAndABlankForACodeAbsentInAYear()
    {
        var rows = await ScreenAsync("05");

        rows.Should().ContainEquivalentOf(new[] { "2040601", "行政运行", "小计", "1,500.00", "1,712.45", "+212.45", "+14.2%", "" });
        rows.Should().ContainEquivalentOf(new[] { "2040602", "一般行政管理事务", "小计", "50.00", "108.98", "+58.98", "+118%", "是" });
        rows.Should().ContainEquivalentOf(new[] { "2040612", "法治建设", "小计", "", "194.54", "", "", "" },
            "a code absent in 2023 is blank there, never 0, and has no change");
        rows.Should().NotContain(r => r[2] == "年初预算", "年初预算 is not a printed column; it has its own section");
        var budget = await ScreenAsync("05-budget");
        budget.Should().ContainEquivalentOf(new[] { "2040601", "行政运行", "1,703.46", "1,500.00", "-203.46", "-11.9%", "1,703.46", "1,712.45", "+8.99", "+0.5%", "" });
    }

    [Fact]
    public async Task TheThresholdTheReaderSetsDecidesWhatIsHighlighted()
    {
        var rows = await ScreenAsync("05", "&threshold=10");

        rows.Single(r => r[0] == "2040601" && r[2] == "小计")[^1].Should().Be("是", "+14.2% reaches 10%");
        var html = await portal.CreateClient().GetStringAsync(Address + "&threshold=10");
        new HtmlParser().ParseDocument(html).QuerySelectorAll("#sheet-05 td.notable strong").Select(c => c.TextContent)
            .Should().Contain("+14.2%", "the highlighted change is marked in the markup, not by colour alone");
    }

    [Fact]
    public async Task TheCsvAndTheWorkbookHoldExactlyTheScreensCells()
    {
        var client = portal.CreateClient();
        var screen = await ComparisonScreen.ReadAsync(client, Address);

        var csv = await client.GetAsync("/compare/years.csv?department=420104-sfj&years=2023,2024");
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        ComparisonScreen.ShouldEqualCsv(screen, await csv.Content.ReadAsByteArrayAsync());
        ComparisonScreen.ShouldEqualWorkbook(screen, await client.GetByteArrayAsync("/compare/years.xlsx?department=420104-sfj&years=2023,2024"));
    }

    [Fact]
    public async Task TheApiAnswersWithTheSameComparisonAndIsInTheOpenApiDocument()
    {
        var client = portal.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/compare/years?department=420104-sfj&years=2023,2024"));
        var root = json.RootElement;
        root.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).Should().Equal(2023, 2024);
        var t05 = root.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("table").GetString() == "05");
        var lines = t05.GetProperty("lines").EnumerateArray().ToList();
        JsonElement Line(string code) => lines.Single(l => l.TryGetProperty("code", out var c) && c.GetString() == code
                                                         && l.GetProperty("column").GetString() == "subtotal");
        var administration = Line("2040601");
        administration.GetProperty("amounts")[0].GetProperty("yuan").GetDecimal().Should().Be(15_000_000m);
        var change = administration.GetProperty("fromPrevious")[0];
        change.GetProperty("difference").GetProperty("wanYuan").GetDecimal().Should().Be(212.45m);
        change.GetProperty("percent").GetDecimal().Should().Be(14.2m);
        var rule = Line(QiaokouYears.NewIn2024);
        rule.GetProperty("amounts")[0].ValueKind.Should().Be(JsonValueKind.Null, "absent is not zero");
        rule.GetProperty("fromPrevious")[0].ValueKind.Should().Be(JsonValueKind.Null);

        (await client.GetStringAsync("/openapi/v1.json")).Should().Contain("/api/v1/compare/years");
        (await client.GetAsync("/api/v1/compare/years?department=420104-sfj&years=2024")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/v1/compare/years?department=nope&years=2023,2024")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheTrendsShowTheMainFiguresOfEachYearAndABlankWhereAFigureIsUnknown()
    {
        var rows = await ScreenAsync(FinalAccounts.Infrastructure.Comparisons.YearComparisonSheets.TrendsKey);

        rows.Select(r => r[0]).Should().Equal(FinalAccounts.Infrastructure.Comparisons.ComparisonMeasures.All.Select(m => m.Name));
        rows.Should().ContainEquivalentOf(new[] { "收支总计", "万元", "3,469.73", "3,469.73" });
        rows.Should().ContainEquivalentOf(new[] { "机关运行经费", "万元", "190.00", "207.68" });
        rows.Should().ContainEquivalentOf(new[] { "在职实有人数", "人", "", "" }, "硚口 states no 人员构成");
        rows.Should().ContainEquivalentOf(new[] { "人均人员经费", "万元/人", "", "" }, "no per-staff figure without 在职实有人数");
    }

    [Fact]
    public async Task TheChosenTrendIsDrawnAsALineWithItsFiguresInWordsAndInATable()
    {
        var html = await portal.CreateClient().GetStringAsync(Address + "&trend=operatingCosts");
        var document = new HtmlParser().ParseDocument(html);

        var figure = document.QuerySelector("section.trend figure.chart")!;
        figure.QuerySelector("svg title")!.TextContent.Should().Contain("机关运行经费");
        figure.QuerySelector("svg desc")!.TextContent.Should().Be("2023年度 190.00万元；2024年度 207.68万元");
        figure.QuerySelectorAll("svg polyline").Should().ContainSingle();
        figure.QuerySelectorAll("svg circle title").Select(t => t.TextContent).Should().Equal("2023年度：190.00万元", "2024年度：207.68万元");
        figure.QuerySelectorAll(".chart-data tbody tr").Select(tr => tr.TextContent.Trim()).Should().HaveCount(2);
        document.QuerySelector("#trend option[selected]")!.GetAttribute("value").Should().Be("operatingCosts");
    }

    [Fact]
    public async Task TheApiHasTheTrends()
    {
        using var json = JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/api/v1/compare/years?department=420104-sfj&years=2023,2024"));

        var trend = json.RootElement.GetProperty("trends").EnumerateArray()
            .Single(t => t.GetProperty("measure").GetProperty("key").GetString() == "operatingCosts");
        trend.GetProperty("values").EnumerateArray().Select(v => v.GetDecimal()).Should().Equal(1_900_000m, 2_076_800m);
        var staff = json.RootElement.GetProperty("trends").EnumerateArray()
            .Single(t => t.GetProperty("measure").GetProperty("key").GetString() == "activeStaff");
        staff.GetProperty("values").EnumerateArray().Should().OnlyContain(v => v.ValueKind == JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/compare/years?department=420104-sfj&years=2024", HttpStatusCode.BadRequest)]
    [InlineData("/compare/years?department=420104-sfj&years=2023,2024,2023", HttpStatusCode.BadRequest)]
    [InlineData("/compare/years?department=420104-sfj&years=2023,2024&threshold=abc", HttpStatusCode.BadRequest)]
    [InlineData("/compare/years?department=nope&years=2023,2024", HttpStatusCode.NotFound)]
    [InlineData("/compare/years", HttpStatusCode.OK)]
    public async Task AQuestionThatCannotBeAnsweredSaysWhyInChinese(string address, HttpStatusCode status)
    {
        var response = await portal.CreateClient().GetAsync(address);

        response.StatusCode.Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().Contain("部门决算年度比较");
    }

    private async Task<List<string[]>> ScreenAsync(string key, string query = "") =>
        (await ComparisonScreen.ReadAsync(portal.CreateClient(), Address + query)).Single(s => s.Key == key).Body;
}
