using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Web;

public sealed class FindingsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task FindingsOfAPublishedDisclosureAreOpenDataWithPlaceExpectedAndFound()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/disclosures/420104-sfj/2024/findings");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        root.GetProperty("version").GetInt32().Should().Be(1);
        root.GetProperty("status").GetString().Should().Be("published");
        root.GetProperty("blocksSubmission").GetBoolean().Should().BeTrue();
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        root.GetProperty("counts").GetProperty("errors").GetInt32()
            .Should().Be(findings.Count(f => f.GetProperty("severity").GetString() == "error"));

        var publicSecurity = findings.Single(f => f.GetProperty("rule").GetString() == "T01-T03-expenditure");
        publicSecurity.GetProperty("expected").GetString().Should().Be("2,761.28");
        publicSecurity.GetProperty("found").GetString().Should().Be("2,761.26");
        var location = publicSecurity.GetProperty("location");
        location.GetProperty("table").GetString().Should().Be("公开01表");
        location.GetProperty("row").GetString().Should().Be("204 公共安全支出");
        publicSecurity.GetProperty("message").GetString().Should().Contain("公开03表");
    }

    [Theory]
    [InlineData("420104-sfj", 2024)]
    [InlineData("420114-sfj", 2023)]
    [InlineData("420111-sfj", 2021)]
    [InlineData("420114-sfj", 2020)]
    public async Task EverySeedDisclosureListsTheSameFindingsOnItsPageAsAtTheJsonUrl(string department, int year)
    {
        var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/disclosures/{department}/{year}/findings"));
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/disclosures/{department}/{year}/findings"));

        var rows = page.QuerySelectorAll("table.findings tbody tr").ToList();
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        findings.Should().NotBeEmpty("every seed breaks some identity or leaves a reason out");
        rows.Should().HaveCount(findings.Count);
        rows.Select(r => r.QuerySelector("code")!.TextContent).Should()
            .Equal(findings.Select(f => f.GetProperty("rule").GetString()));
    }

    [Fact]
    public async Task ADraftIsNeitherListedNorFoundForTheAnonymousPublic()
    {
        // Starting the client starts the application, which migrates and seeds its database.
        var client = factory.CreateClient();
        await using (var db = factory.Database.CreateContext())
        {
            var disclosure = await db.Disclosures.Include(d => d.Versions)
                .SingleAsync(d => d.Versions.Any(v => v.Title == "2024年度硚口区司法局部门决算公开"));
            if (disclosure.Versions.All(v => v.Number < 2))
            {
                disclosure.StartVersion("2024年度硚口区司法局部门决算公开（更正）", "武汉市硚口区司法局本级", "更正公开05表");
                await db.SaveChangesAsync();
            }
        }

        (await client.GetAsync("/api/v1/disclosures/420104-sfj/2024/findings?version=2")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/disclosures/420104-sfj/2024/findings?version=2")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        using var latest = JsonDocument.Parse(await client.GetStringAsync("/api/v1/disclosures/420104-sfj/2024/findings"));
        latest.RootElement.GetProperty("version").GetInt32().Should().Be(1, "the public sees the latest published version");
    }

    [Fact]
    public async Task AnUnknownDepartmentOrYearIsNotFound()
    {
        var client = factory.CreateClient();

        (await client.GetAsync("/api/v1/disclosures/no-such-dept/2024/findings")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/disclosures/420104-sfj/1999/findings")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("420104-sfj", 2024, "完成年初预算的 98.3%")]
    [InlineData("420114-sfj", 2023, "3,717.41 万元")]
    [InlineData("420111-sfj", 2021, "3,369.44 万元")]
    public async Task TheDisclosurePageRendersTheExplanationComputedFromData(string department, int year, string expected)
    {
        var page = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync($"/disclosures/{department}/{year}"));

        var explanation = page.QuerySelector(".explanation")!;
        explanation.QuerySelectorAll("h3").Select(h => h.TextContent).Should().Contain("一、收入支出决算总体情况说明");
        explanation.TextContent.Should().Contain(expected);
        explanation.QuerySelectorAll(".figure").Should().NotBeEmpty();
    }
}
