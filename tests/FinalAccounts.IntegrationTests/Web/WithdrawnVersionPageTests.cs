using System.Net;
using FinalAccounts.IntegrationTests.Api;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// A withdrawn version's address answers 410 Gone with the reason, the date and the version that
/// replaces it — the withdrawal form promises the public the reason — while a draft's stays 404.
/// </summary>
public sealed class WithdrawnVersionPageTests(UnpublishedVersionsPortal fixture) : IClassFixture<UnpublishedVersionsPortal>
{
    [Theory]
    [InlineData("/disclosures/420111-sfj/2021")]
    [InlineData("/disclosures/420111-sfj/2021/v1")]
    public async Task AYearWhoseOnlyVersionIsWithdrawnSaysSoAndWhy(string url)
    {
        var response = await fixture.Portal.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.Gone);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("h1")!.TextContent.Should().Be("本版已撤回");
        page.QuerySelector("main")!.TextContent.Should().Contain("撤回理由：撤回重新审核").And.Contain("该年度暂无现行公开版本");
    }

    [Fact]
    public async Task AWithdrawnCorrectionLinksTheVersionStillPublished()
    {
        var response = await fixture.Portal.CreateClient().GetAsync("/disclosures/420114-sfj/2023/v2");

        response.StatusCode.Should().Be(HttpStatusCode.Gone);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("main")!.TextContent.Should().Contain("撤回理由：更正有误").And.Contain("第 2 版");
        page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).Should().Contain("/disclosures/420114-sfj/2023/v1");
    }

    [Theory]
    [InlineData("/disclosures/420114-sfj/2023/v3", HttpStatusCode.NotFound)]
    [InlineData("/disclosures/420104-sfj/2024/v2", HttpStatusCode.NotFound)]
    [InlineData("/disclosures/420114-sfj/2023/v9", HttpStatusCode.NotFound)]
    [InlineData("/disclosures/420114-sfj/2023", HttpStatusCode.OK)]
    public async Task DraftsAndUnknownVersionsStayNotFound(string url, HttpStatusCode status)
    {
        (await fixture.Portal.CreateClient().GetAsync(url)).StatusCode.Should().Be(status);
    }
}
