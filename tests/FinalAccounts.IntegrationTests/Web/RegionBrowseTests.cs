using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using FinalAccounts.Infrastructure.Seeding;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// A district with more departments than one page holds: its list is paged, filtered by kind and
/// sorted by 收支总计, each row with the department's latest year, and the counts above it add up.
/// </summary>
public sealed class RegionBrowseTests(PortalFactory portal) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private const string District = "420104";
    private const int Added = 53;

    public async Task InitializeAsync()
    {
        var directory = Directory.CreateTempSubdirectory("region-browse-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "regions.json"), "[]");
            Directory.CreateDirectory(Path.Combine(directory, "catalogs"));
            Directory.CreateDirectory(Path.Combine(directory, "disclosures"));
            var departments = new JsonArray();
            var template = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.SeedDirectory, "disclosures", "hongshan-2021.json")))!;
            for (var i = 1; i <= Added; i++)
            {
                var code = $"{District}-b{i:00}";
                departments.Add(new JsonObject
                {
                    ["code"] = code, ["name"] = $"武汉市硚口区测试{i:00}局", ["shortName"] = $"测试{i:00}局", ["regionCode"] = District,
                    ["kind"] = i % 2 == 0 ? "公安" : "教育",
                    ["units"] = new JsonArray(new JsonObject { ["name"] = $"武汉市硚口区测试{i:00}局本级", ["kind"] = "本级" }),
                });
                var disclosure = template.DeepClone();
                disclosure["departmentCode"] = code;
                // Distinct totals, so the order by 收支总计 is known: department i has 1,000 + i 万元.
                disclosure["tables"]!["t01"]!["incomeGrandTotal"] = (1000 + i).ToString("0.00", CultureInfo.InvariantCulture);
                await File.WriteAllTextAsync(Path.Combine(directory, "disclosures", code + ".json"), disclosure.ToJsonString());
            }
            await File.WriteAllTextAsync(Path.Combine(directory, "departments.json"), departments.ToJsonString());
            await using var scope = portal.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(directory);
            // xunit makes an instance per test; loading again adds nothing.
            report.Versions.Should().BeOneOf(0, Added);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheListIsPagedWithTheFilterAndOrderKept()
    {
        var first = await PageAsync($"/regions/{District}?sort=GrandTotal");

        var rows = first.QuerySelectorAll("#departments tbody tr").ToList();
        rows.Should().HaveCount(50);
        rows[0].GetAttribute("data-department").Should().Be("420104-sfj", "the seeded department's 3,469.73 万元 is the largest");
        rows[1].GetAttribute("data-department").Should().Be($"{District}-b53");
        rows[1].QuerySelectorAll("td").Select(c => c.TextContent).Should().Equal("教育", "2021年度", "1,053.00", "1");
        first.QuerySelector("[role=status]")!.TextContent.Should().Contain("共 54 个部门").And.Contain("第 1 / 2 页");
        var next = first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href");
        next.Should().Be($"/regions/{District}?sort=GrandTotal&p=2");

        var second = await PageAsync(next!);
        second.QuerySelectorAll("#departments tbody tr").Select(r => r.GetAttribute("data-department"))
            .Should().Equal($"{District}-b04", $"{District}-b03", $"{District}-b02", $"{District}-b01");
    }

    [Fact]
    public async Task AKindFiltersTheListAndAnUnknownOneListsEveryKind()
    {
        var police = await PageAsync($"/regions/{District}?kind=%E5%85%AC%E5%AE%89&sort=Name");

        var codes = police.QuerySelectorAll("#departments tbody tr").Select(r => r.GetAttribute("data-department")).ToList();
        codes.Should().HaveCount(26);
        codes.Select(c => int.Parse(c!.Substring(c.Length - 2), CultureInfo.InvariantCulture) % 2).Should().AllBeEquivalentTo(0);
        police.QuerySelector("#kind option[selected]")!.TextContent.Should().Be("公安");

        var unknown = await PageAsync($"/regions/{District}?kind=%3Cscript%3E&p=999");
        unknown.QuerySelector("[role=status]")!.TextContent.Should().Contain("共 54 个部门").And.Contain("第 2 / 2 页");
    }

    [Fact]
    public async Task TheCountsAboveTheDistrictIncludeItsDepartments()
    {
        var city = await PageAsync("/regions/420100");

        var qiaokou = city.QuerySelectorAll("#sub-regions tbody tr").Single(r => r.TextContent.Contains("硚口区"));
        qiaokou.QuerySelectorAll("td").Select(c => c.TextContent).Should().Equal((Added + 1).ToString(CultureInfo.InvariantCulture),
            (Added + 1).ToString(CultureInfo.InvariantCulture), "2024年度");
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
