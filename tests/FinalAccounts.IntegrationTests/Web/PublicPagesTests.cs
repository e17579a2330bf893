using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Web;

public sealed class PublicPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task HealthReportsHealthyWithTheDatabaseUpOnceTheNodeListensForTheOthers()
    {
        var client = factory.CreateClient();
        var health = "";
        for (var tries = 0; tries < 100 && health != "Healthy"; tries++)
        {
            var response = await client.GetAsync("/health");
            response.StatusCode.Should().Be(HttpStatusCode.OK, "a node not listening yet is Degraded, which still answers");
            health = await response.Content.ReadAsStringAsync();
            await Task.Delay(100);
        }

        health.Should().Be("Healthy");
    }

    [Fact]
    public async Task HomeListsTheTopRegionsWithTheirCountsAndTheLatestPublications()
    {
        var response = await factory.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);

        response.Content.Headers.ContentType!.CharSet.Should().Be("utf-8");
        html.Should().Contain("武汉市硚口区司法局", "Chinese is sent as UTF-8 text, not as character entities");

        document.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
        var province = document.QuerySelectorAll("#regions tbody tr").Should().ContainSingle().Subject;
        province.QuerySelector("th a")!.GetAttribute("href").Should().Be("/regions/420000");
        province.QuerySelectorAll("td").Select(c => c.TextContent).Should().Equal("3", "4", "2024年度");
        var recent = document.QuerySelectorAll("#recent a").Select(a => a.GetAttribute("href")).ToList();
        recent.Should().BeEquivalentTo("/disclosures/420104-sfj/2024/v1", "/disclosures/420114-sfj/2023/v1",
            "/disclosures/420114-sfj/2020/v1", "/disclosures/420111-sfj/2021/v1");
    }

    [Fact]
    public async Task DisclosurePageShowsTable01InWanYuanExactlyAsStored()
    {
        var html = await factory.CreateClient().GetStringAsync("/disclosures/420104-sfj/2024");
        var table = new HtmlParser().ParseDocument(html).GetElementById("table-01")!.Closest("section")!.QuerySelector("table")!;
        var cells = table.QuerySelectorAll("tbody tr")
            .Select(row => row.Children.Select(c => c.TextContent.Trim()).ToArray())
            .ToList();

        await using var db = factory.Database.CreateContext();
        var version = await db.DisclosureVersions.WithContent()
            .SingleAsync(v => v.Title == "2024年度硚口区司法局部门决算公开");

        cells.Should().HaveCount(30);
        cells[0].Should().Equal("一、一般公共预算财政拨款收入", "1", version.Summary.GeneralBudgetAppropriation.ToWanYuanString(),
            "一、一般公共服务支出", "31", "");
        foreach (var line in version.SummaryExpenditure)
        {
            cells.Should().Contain(c => c[3].EndsWith(line.Name) && c[5] == line.Amount.ToWanYuanString(), line.ClassCode.Value);
        }
        cells.Single(c => c[0] == "本年收入合计").Should().Equal("本年收入合计", "27", "3,469.73", "本年支出合计", "57", "3,469.73");
        cells.Single(c => c[3].EndsWith("公共安全支出"))[5].Should().Be("2,761.26");
        cells[^1].Should().Equal("总计", "30", "3,469.73", "总计", "60", "3,469.73");
    }

    [Theory]
    [InlineData("/disclosures/420104-sfj/2019")]
    [InlineData("/disclosures/no-such-dept/2024")]
    [InlineData("/disclosures/420104-sfj/2024?version=9")]
    public async Task UnknownDisclosureIsNotFound(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ApiListsPublishedDisclosuresOnly()
    {
        var client = factory.CreateClient(); // starts the portal, which migrates and seeds its database
        await using (var db = factory.Database.CreateContext())
        {
            // A draft correction of 硚口 2024 must not appear.
            var disclosure = await db.Disclosures.Include(d => d.Versions).SingleAsync(d => d.Year == new FiscalYear(2024));
            disclosure.StartVersion("2024年度硚口区司法局部门决算公开（更正）", "武汉市硚口区司法局本级", "更正公开01表");
            await db.SaveChangesAsync();
        }

        var items = await client.GetFromJsonAsync<JsonElement>("/api/v1/disclosures");

        var list = items.EnumerateArray().ToList();
        list.Should().HaveCount(4);
        var qiaokou = list.Single(i => i.GetProperty("department").GetProperty("code").GetString() == "420104-sfj");
        qiaokou.GetProperty("department").GetProperty("name").GetString().Should().Be("武汉市硚口区司法局");
        qiaokou.GetProperty("region").GetProperty("code").GetString().Should().Be("420104");
        qiaokou.GetProperty("region").GetProperty("name").GetString().Should().Be("硚口区");
        qiaokou.GetProperty("year").GetInt32().Should().Be(2024);
        qiaokou.GetProperty("version").GetInt32().Should().Be(1);
        qiaokou.GetProperty("publishedOn").GetString().Should().Be("2025-10-31");
    }
}
