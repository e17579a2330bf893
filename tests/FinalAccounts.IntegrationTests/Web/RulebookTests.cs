using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using FinalAccounts.Domain.Validation;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>The public rulebook at /rules and /api/v1/rules, and the links every finding makes to it.</summary>
public sealed class RulebookTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheRulesApiListsEveryStandardRuleWithSeverityToleranceAndTables()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/rules");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rules = json.RootElement.EnumerateArray().ToList();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(StandardRules.All.Select(r => r.Id));
        var mirror = rules.Single(r => r.GetProperty("id").GetString() == "T02-T03-mirror");
        mirror.GetProperty("severity").GetString().Should().Be("warning");
        mirror.GetProperty("title").GetString().Should().Contain("公开02表").And.Contain("公开03表");
        mirror.GetProperty("tolerance").GetString().Should().Contain("0.005 万元");
        mirror.GetProperty("reads").EnumerateArray().Select(t => t.GetString()).Should().Contain("公开02表");
        mirror.GetProperty("url").GetString().Should().Be("/rules#T02-T03-mirror");
    }

    [Fact]
    public async Task EveryFindingOfTheSeedLinksToARuleThatTheRulesPageLists()
    {
        var client = factory.CreateClient();
        var parser = new HtmlParser();
        var rulesPage = parser.ParseDocument(await client.GetStringAsync("/rules"));
        var findingsPage = parser.ParseDocument(await client.GetStringAsync("/disclosures/420104-sfj/2024/findings"));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/disclosures/420104-sfj/2024/findings"));

        var anchors = rulesPage.QuerySelectorAll("table.rules tbody tr").Select(r => r.Id).ToList();
        anchors.Should().Equal(StandardRules.All.Select(r => r.Id));
        var links = findingsPage.QuerySelectorAll("table.findings tbody tr a[href^='/rules#']").Select(a => a.GetAttribute("href")!).ToList();
        links.Should().NotBeEmpty().And.OnlyContain(href => anchors.Contains(href.Substring("/rules#".Length)));
        json.RootElement.GetProperty("findings").EnumerateArray()
            .Should().OnlyContain(f => f.GetProperty("ruleUrl").GetString() == "/rules#" + f.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheRules()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));

        json.RootElement.GetProperty("paths").TryGetProperty("/api/v1/rules", out var rules).Should().BeTrue();
        rules.GetProperty("get").GetProperty("summary").GetString().Should().Contain("校验规则");
    }
}
