using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.Extensions.DependencyInjection;
using FinalAccounts.IntegrationTests.Infrastructure;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// The disclosure page of every seed, parsed and compared with the data read through the analysis
/// service: all six parts in published order, every cell of the nine tables, the 说明 with its
/// charts, the key work, glossary and 附件.
/// </summary>
public sealed class DisclosurePageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [MemberData(nameof(SeedDisclosures.All), MemberType = typeof(SeedDisclosures))]
    public async Task EveryCellOfTheNineTablesIsOnThePageAsPrinted(string department, int year)
    {
        var (page, analysis) = await LoadAsync(department, year);

        analysis.Tables.Should().HaveCount(9);
        foreach (var table in analysis.Tables)
        {
            var section = page.GetElementById($"table-{(int)table.Table:00}")!.Closest("section")!;
            section.QuerySelector("h3")!.TextContent.Should().Be(table.Title);
            section.QuerySelector(".table-meta")!.TextContent.Should().Contain(table.Number).And.Contain(table.ReportingUnit);
            var html = section.QuerySelector("table")!;
            html.QuerySelector("caption")!.TextContent.Should().Contain(table.Title).And.Contain("万元");

            var headerTexts = html.QuerySelectorAll("thead tr").Select(Texts).ToList();
            headerTexts.Should().Equal(table.HeaderRows.Select(r => r.Select(c => c.Text).ToList()), (a, b) => a.SequenceEqual(b),
                $"{table.Number} prints its header rows as published");
            var bodyTexts = html.QuerySelectorAll("tbody tr").Select(Texts).ToList();
            bodyTexts.Should().HaveCount(table.BodyRows.Count, table.Number);
            for (var r = 0; r < table.BodyRows.Count; r++)
            {
                bodyTexts[r].Should().Equal(table.BodyRows[r].Select(c => c.Text), $"{table.Number} row {r + 1}");
            }
            var amounts = table.BodyRows.SelectMany(row => row).Where(c => c.Amount is not null).ToList();
            html.QuerySelectorAll("td.amount").Select(c => c.TextContent).Where(t => t.Length > 0)
                .Should().BeEquivalentTo(amounts.Select(a => a.Amount!.Value.ToWanYuanString()), $"{table.Number} shows every amount");
            if (table.EmptyStatement is { } statement)
            {
                section.QuerySelector(".empty-statement")!.TextContent.Should().Be(statement);
            }
            foreach (var note in table.Notes)
            {
                section.QuerySelector(".note")!.TextContent.Should().Contain(note);
            }
        }
    }

    [Fact]
    public async Task HeaderCellsAreThWithScopeAndEveryAmountNamesItsColumnAndRowHeadings()
    {
        var (page, _) = await LoadAsync("420104-sfj", 2024);

        foreach (var table in page.QuerySelectorAll("section.printed-table table"))
        {
            var ids = table.QuerySelectorAll("th[id]").Select(t => t.Id!).ToHashSet();
            table.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")).Should().NotBeEmpty().And.OnlyContain(s => s == "col" || s == "colgroup");
            table.QuerySelectorAll("tbody th").Select(th => th.GetAttribute("scope")).Distinct().Should().BeSubsetOf(["row"]);
            foreach (var cell in table.QuerySelectorAll("td.amount"))
            {
                var headers = (cell.GetAttribute("headers") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                headers.Should().NotBeEmpty().And.OnlyContain(id => ids.Contains(id));
                headers.Should().Contain(id => IsColumnHeading(table, id), "an amount falls under a column heading");
            }
        }

        // 公开02表: the amount of 2040601 行政运行 under 本年收入合计 is read with both.
        var income = page.GetElementById("table-02")!.Closest("section")!.QuerySelector("table")!;
        var row = income.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("2040601"));
        var firstAmount = row.QuerySelector("td.amount")!;
        var headingTexts = firstAmount.GetAttribute("headers")!.Split(' ').Select(id => income.QuerySelector($"#{id}")!.TextContent).ToList();
        headingTexts.Should().Contain("行政运行").And.Contain(t => t.Contains("本年收入合计"));
    }

    [Fact]
    public async Task TheSixPartsFollowInPublishedOrderAndTheContentsLinksReachThem()
    {
        var (page, analysis) = await LoadAsync("420104-sfj", 2024);
        var shortName = analysis.Header.DepartmentShortName;
        var year = new FiscalYear(2024);

        page.QuerySelectorAll("section.part > h2").Select(h => h.TextContent).Should().Equal(
            DisclosureHeadings.Profile(shortName), DisclosureHeadings.Tables(shortName, year),
            DisclosureHeadings.Explanation(shortName, year), DisclosureHeadings.KeyWork(year),
            DisclosureHeadings.Glossary, DisclosureHeadings.Attachments);

        var anchors = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        anchors.Should().HaveCount(6 + 9 + analysis.Explanation.Sections.Count);
        anchors.Should().OnlyContain(href => href.StartsWith('#') && page.GetElementById(href.Substring(1)) != null);
        page.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
    }

    [Fact]
    public async Task TheExplanationKeyWorkGlossaryAndAttachmentsAreShownFromTheData()
    {
        var (page, analysis) = await LoadAsync("420104-sfj", 2024);
        var document = DisclosureDocumentModel.From(analysis);
        var text = page.QuerySelector("article")!.TextContent;

        foreach (var paragraph in analysis.Explanation.Sections.SelectMany(s => s.Blocks).SelectMany(b => b.Paragraphs))
        {
            text.Should().Contain(paragraph.Text);
        }
        document.Duties.Should().NotBeEmpty().And.OnlyContain(d => text.Contains(d));
        document.KeyWork.Should().NotBeEmpty().And.OnlyContain(k => text.Contains(k.Title));
        page.QuerySelectorAll(".glossary dfn").Select(d => d.TextContent).Should().Equal(document.Glossary.Select(g => g.Term));
        page.QuerySelectorAll("section.evaluation h3").Select(h => h.TextContent)
            .Should().Equal(document.Evaluations.Select((e, i) => $"附件{i + 1}：{e.Title}"));
        var indicators = analysis.Version.Evaluations.SelectMany(e => e.Indicators).ToList();
        indicators.Should().NotBeEmpty().And.OnlyContain(i => text.Contains(i.Level3));
    }

    [Fact]
    public async Task ChartsAreInlineSvgDrawnFromTheChartSeries()
    {
        var (page, analysis) = await LoadAsync("420104-sfj", 2024);
        var charts = analysis.Explanation.Sections.SelectMany(s => s.Blocks).Select(b => b.Chart).OfType<Chart>().ToList();

        charts.Select(c => c.Number).Should().Equal(1, 2, 3, 4);
        page.QuerySelectorAll("script[src]").Should().BeEmpty("charts need no script download");
        foreach (var chart in charts)
        {
            var figure = page.GetElementById($"chart-{chart.Number}")!;
            var svg = figure.QuerySelector("svg")!;
            svg.GetAttribute("role").Should().Be("img");
            figure.QuerySelector("figcaption")!.TextContent.Should().Contain(chart.Title);
            var shapes = svg.QuerySelectorAll(chart.Kind == ChartKind.Pie ? "path" : "rect[height]:not([width='10'])").ToList();
            var drawn = chart.Kind == ChartKind.Pie ? chart.Points.Where(p => p.Amount.Yuan > 0).ToList() : chart.Points.ToList();
            shapes.Should().HaveCount(drawn.Count, $"图{chart.Number} draws one shape per amount");
            shapes.Select(s => s.QuerySelector("title")!.TextContent)
                .Should().BeEquivalentTo(drawn.Select(p => p.Amount.ToWanYuanString()), o => o.Using<string>(c => c.Subject.Should().Contain(c.Expectation)).WhenTypeIs<string>());
        }
    }

    [Fact]
    public async Task AVersionHasItsOwnAddressAndTheDepartmentPageListsItsYears()
    {
        var client = portal.CreateClient();

        var versioned = await client.GetAsync("/disclosures/420114-sfj/2023/v1");
        var department = new HtmlParser().ParseDocument(await client.GetStringAsync("/departments/420114-sfj"));

        versioned.StatusCode.Should().Be(HttpStatusCode.OK);
        department.QuerySelector("h1")!.TextContent.Should().Be("武汉市蔡甸区司法局");
        department.QuerySelectorAll("section.department-year h2").Select(h => h.TextContent).Should().Equal("2023年度", "2020年度");
        department.QuerySelectorAll("table.versions a[href$='/v1']").Select(a => a.GetAttribute("href"))
            .Should().Equal("/disclosures/420114-sfj/2023/v1", "/disclosures/420114-sfj/2020/v1");
        (await client.GetAsync("/departments/no-such-department")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/disclosures/420114-sfj/2023/v7")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheDepartmentPageShowsHeadlineFiguresOfEachYear()
    {
        var (_, analysis) = await LoadAsync("420104-sfj", 2024);
        var home = new HtmlParser().ParseDocument(await portal.CreateClient().GetStringAsync("/departments/420104-sfj"));

        var card = home.QuerySelectorAll("section.department-year").Single(s => s.QuerySelector("h2 a")!.GetAttribute("href") == "/disclosures/420104-sfj/2024");
        var figures = card.QuerySelectorAll("dl.headline dd").Select(d => d.TextContent.Trim()).ToList();
        var previous = analysis.PriorYear[Domain.Figures.DisclosureFigures.Keys.GrandTotal]!.Value;
        var difference = previous - analysis.Figures.GrandTotal!.Value;
        figures.Should().Equal(
            $"{analysis.Figures.GrandTotal!.Value.ToWanYuanString()} 万元",
            $"{analysis.Figures.ThreePublicActual.Total!.Value.ToWanYuanString()} 万元",
            $"减少 {difference.ToWanYuanString()} 万元（下降 12.2%）");
        home.QuerySelector("h1")!.TextContent.Should().Contain("武汉市硚口区司法局");
    }

    private async Task<(IDocument Page, DisclosureAnalysis Analysis)> LoadAsync(string department, int year)
    {
        var client = portal.CreateClient();
        var response = await client.GetAsync($"/disclosures/{department}/{year}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        await using var scope = portal.Services.CreateAsyncScope();
        var analysis = await scope.ServiceProvider.GetRequiredService<DisclosureAnalysisService>()
            .AnalyzeAsync(department, year, null, VersionVisibility.PublishedOnly);
        return (page, analysis!);
    }

    private static bool IsColumnHeading(IElement table, string id) => table.QuerySelector($"thead th#{id}") != null;

    private static List<string> Texts(IElement row) => row.Children.Select(c => c.TextContent.Trim()).ToList();
}
