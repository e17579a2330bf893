using System.Net;
using System.Text.Json;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Api;

/// <summary>
/// The seeded portal after staff have worked on it: 蔡甸 2023 has a correction that was published and
/// withdrawn (v2) and a new draft (v3); 硚口 2024 has a submitted correction (v2); 洪山 2021, its only
/// disclosure, is withdrawn.
/// </summary>
public sealed class UnpublishedVersionsPortal : IAsyncLifetime
{
    public PortalFactory Portal { get; } = new();

    public async Task InitializeAsync()
    {
        await Portal.InitializeAsync();
        Portal.CreateClient(); // starts the application, which migrates and seeds its database

        await using var db = Portal.Database.CreateContext();
        var caidian = await DisclosureAsync(db, "420114-sfj", 2023);
        var qiaokou = await DisclosureAsync(db, "420104-sfj", 2024);
        var first = caidian.Versions.Single();
        // Content is written while a version is a draft; the database refuses it once published.
        var withdrawn = caidian.StartVersion(first.Title + "（更正）", first.ReportingUnit, "更正公开05表");
        var submitted = qiaokou.StartVersion(qiaokou.Versions[0].Title + "（更正）", qiaokou.Versions[0].ReportingUnit, "更正公开01表");
        await db.SaveChangesAsync();

        withdrawn.Submit();
        withdrawn.Publish(DateTimeOffset.UtcNow, await db.Departments.SingleAsync(d => d.Code == "420114-sfj"));
        submitted.Submit();
        (await DisclosureAsync(db, "420111-sfj", 2021)).Versions.Single().Withdraw("撤回重新审核");
        await db.SaveChangesAsync();

        withdrawn.Withdraw("更正有误");
        caidian.StartVersion(first.Title + "（再次更正）", first.ReportingUnit, "再次更正公开05表");
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await ((IAsyncLifetime)Portal).DisposeAsync();

    private static Task<Disclosure> DisclosureAsync(FinalAccountsDbContext db, string department, int year) =>
        (from d in db.Disclosures.Include(d => d.Versions)
         join dep in db.Departments on d.DepartmentId equals dep.Id
         where dep.Code == department && d.Year == new FiscalYear(year)
         select d).SingleAsync();
}

/// <summary>Drafts, submitted and withdrawn versions never appear in the open-data API, in any of its answers.</summary>
public sealed class OpenDataVisibilityTests(UnpublishedVersionsPortal fixture) : IClassFixture<UnpublishedVersionsPortal>
{
    [Theory]
    [InlineData("/api/v1/disclosures/420114-sfj/2023/v3")]
    [InlineData("/api/v1/disclosures/420104-sfj/2024/v2")]
    [InlineData("/api/v1/disclosures/420114-sfj/2023/v3/tables/05")]
    [InlineData("/disclosures/420104-sfj/2024/v2/json")]
    [InlineData("/api/v1/departments/420111-sfj")]
    [InlineData("/api/v1/departments/420111-sfj/lines/05/204")]
    public async Task AnUnpublishedVersionIsNotFound(string url)
    {
        var response = await fixture.Portal.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("未找到");
    }

    [Theory]
    [InlineData("/api/v1/disclosures/420114-sfj/2023/v2", "更正有误")]
    [InlineData("/api/v1/disclosures/420111-sfj/2021", "撤回重新审核")]
    [InlineData("/api/v1/disclosures/420111-sfj/2021/v1", "撤回重新审核")]
    [InlineData("/api/v1/disclosures/420114-sfj/2023/v2/tables/05", "更正有误")]
    [InlineData("/api/v1/disclosures/420111-sfj/2021/tables/01", "撤回重新审核")]
    [InlineData("/disclosures/420114-sfj/2023/v2/json", "更正有误")]
    [InlineData("/disclosures/420111-sfj/2021/json", "撤回重新审核")]
    [InlineData("/disclosures/420111-sfj/2021/v1/pdf", "撤回重新审核")]
    [InlineData("/disclosures/420114-sfj/2023/v2/xlsx", "更正有误")]
    public async Task AWithdrawnVersionIsGoneWithItsReasonAndNothingOfItIsServed(string url, string reason)
    {
        var response = await fixture.Portal.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.Gone);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("已撤回").And.Contain(reason);
    }

    [Theory]
    [InlineData("/api/v1/disclosures/420114-sfj/2023")]
    [InlineData("/api/v1/disclosures/420104-sfj/2024")]
    [InlineData("/api/v1/disclosures/420114-sfj/2023/tables/05")]
    public async Task TheLatestUrlShowsTheLatestPublishedVersion(string url)
    {
        using var json = await GetJsonAsync(url);

        json.RootElement.GetProperty("header").GetProperty("version").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("header").GetProperty("title").GetString().Should().NotContain("更正");
    }

    [Fact]
    public async Task TheListHoldsPublishedVersionsOnly()
    {
        using var json = await GetJsonAsync("/api/v1/disclosures");

        json.RootElement.EnumerateArray()
            .Select(d => $"{d.GetProperty("department").GetProperty("code").GetString()}/{d.GetProperty("year").GetInt32()}/v{d.GetProperty("version").GetInt32()}")
            .Should().BeEquivalentTo("420104-sfj/2024/v1", "420114-sfj/2023/v1", "420114-sfj/2020/v1");
    }

    [Fact]
    public async Task ADepartmentShowsItsPublishedVersionsOnly()
    {
        using var caidian = await GetJsonAsync("/api/v1/departments/420114-sfj");
        using var qiaokou = await GetJsonAsync("/api/v1/departments/420104-sfj");

        var year2023 = caidian.RootElement.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2023);
        year2023.GetProperty("latestVersion").GetInt32().Should().Be(1);
        year2023.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).Should().Equal(1);
        qiaokou.RootElement.GetProperty("years").EnumerateArray().Single().GetProperty("versions").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task ADepartmentWithNothingPublishedIsNeitherCountedNorListed()
    {
        using var regions = await GetJsonAsync("/api/v1/regions");
        using var hongshan = await GetJsonAsync("/api/v1/regions/420111/departments");
        using var city = await GetJsonAsync("/api/v1/regions/420100/departments");

        var region = regions.RootElement.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "420111");
        region.GetProperty("departmentCount").GetInt32().Should().Be(0);
        region.GetProperty("disclosureCount").GetInt32().Should().Be(0);
        hongshan.RootElement.GetArrayLength().Should().Be(0);
        city.RootElement.EnumerateArray().Select(d => d.GetProperty("code").GetString()).Should().Equal("420104-sfj", "420114-sfj");
    }

    [Fact]
    public async Task OneLineAcrossYearsReadsTheLatestPublishedVersionOfEachYear()
    {
        using var json = await GetJsonAsync("/api/v1/departments/420114-sfj/lines/05/204");

        var year2023 = json.RootElement.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2023);
        year2023.GetProperty("version").GetInt32().Should().Be(1);
        year2023.GetProperty("line").GetProperty("amounts")[0].GetProperty("wanYuan").GetDecimal().Should().Be(2766.59m);
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await fixture.Portal.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
    }
}
