using System.Net;
using System.Text.Json;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.IntegrationTests.Comparisons;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// Findings across published disclosures (/findings, /api/v1/findings) over the seeds: the stored findings
/// are the validator's, the filters narrow them, the downloads hold the screen's cells, bad filters are
/// told in Chinese.
/// </summary>
public sealed class FindingsAcrossTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheStoredFindingsOfEverySeedAreWhatTheValidatorFindsForIt()
    {
        await portal.WaitForStoredFindingsAsync();
        var client = portal.CreateClient();
        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/v1/findings?p=1"));
        all.RootElement.GetProperty("versions").GetInt32().Should().Be(4);
        all.RootElement.GetProperty("unchecked").GetInt32().Should().Be(0);

        using var scope = portal.Services.CreateScope();
        var analyses = scope.ServiceProvider.GetRequiredService<DisclosureAnalysisService>();
        foreach (var (code, year) in new[] { ("420104-sfj", 2024), ("420114-sfj", 2023), ("420111-sfj", 2021) })
        {
            var analysis = await analyses.AnalyzeAsync(code, year, null, VersionVisibility.PublishedOnly);
            using var stored = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/findings?year={year}&region={code[..6]}&p=1"));
            var listed = stored.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("message").GetString())).ToList();
            listed.Should().BeEquivalentTo(analysis!.Report.Findings.Select(f => ((string?)f.RuleId, (string?)f.Message)), $"{code} {year}");
            stored.RootElement.GetProperty("total").GetInt32().Should().Be(analysis.Report.Findings.Count);
        }
    }

    [Fact]
    public async Task ARuleAndASeverityNarrowTheListAndTheCountsByRuleStay()
    {
        await portal.WaitForStoredFindingsAsync();
        var client = portal.CreateClient();

        using var errors = JsonDocument.Parse(await client.GetStringAsync("/api/v1/findings?severity=error&region=420100"));
        var found = errors.RootElement.GetProperty("findings").EnumerateArray().ToList();
        found.Should().NotBeEmpty().And.OnlyContain(f => f.GetProperty("severity").GetString() == "error");
        found.Select(f => f.GetProperty("year").GetInt32()).Should().Contain([2021, 2023, 2024]);

        using var one = JsonDocument.Parse(await client.GetStringAsync("/api/v1/findings?rule=T01-T03-expenditure&year=2024"));
        var rule = one.RootElement.GetProperty("findings").EnumerateArray().Should().ContainSingle().Subject;
        rule.GetProperty("department").GetProperty("code").GetString().Should().Be("420104-sfj");
        rule.GetProperty("versionUrl").GetString().Should().Be("/disclosures/420104-sfj/2024/v1");
        one.RootElement.GetProperty("byRule").EnumerateArray().Select(c => c.GetProperty("rule").GetString())
            .Should().Contain(["T01-T03-expenditure", "T04-T05-general-budget", "explanation-figure"], "the counts ignore the rule asked for");

        using var kind = JsonDocument.Parse(await client.GetStringAsync("/api/v1/findings?kind=" + Uri.EscapeDataString("审计")));
        kind.RootElement.GetProperty("total").GetInt32().Should().Be(0, "no 审计 department has published");
    }

    [Fact]
    public async Task TheDownloadsHoldExactlyTheCellsOnTheScreen()
    {
        await portal.WaitForStoredFindingsAsync();
        var client = portal.CreateClient();
        const string query = "?severity=error&region=420104";

        var screen = await ComparisonScreen.ReadAsync(client, "/findings" + query);
        screen.Should().ContainSingle().Which.Body.Should().NotBeEmpty();
        screen[0].Body.Should().OnlyContain(r => r[6] == FindingSeverity.Error.ToChinese());
        ComparisonScreen.ShouldEqualCsv(screen, await client.GetByteArrayAsync("/findings.csv" + query));
        ComparisonScreen.ShouldEqualWorkbook(screen, await client.GetByteArrayAsync("/findings.xlsx" + query));
    }

    [Theory]
    [InlineData("?rule=T99-none", "没有编号为“T99-none”的规则")]
    [InlineData("?severity=fatal", "问题级别须为")]
    [InlineData("?region=4201", "地区编码须为 6 位数字")]
    [InlineData("?kind=%E5%BF%AB%E4%B9%90", "没有“快乐”这一部门类别")]
    [InlineData("?p=0", "页码须为正整数")]
    public async Task ABadFilterIsToldInChineseOnThePageAndByTheApi(string query, string message)
    {
        var client = portal.CreateClient();

        var page = await client.GetAsync("/findings" + query);
        page.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await page.Content.ReadAsStringAsync()).Should().Contain(message);
        var api = await client.GetAsync("/api/v1/findings" + query);
        api.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().Should().Contain(message);
    }

    [Fact]
    public async Task AnUnknownRegionIsNotFound()
    {
        var response = await portal.CreateClient().GetAsync("/api/v1/findings?region=990000");
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
