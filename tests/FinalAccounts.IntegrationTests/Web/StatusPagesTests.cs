using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// A refused request is told why in Chinese: a person gets a page with the site's navigation, a program
/// under /api a problem (RFC 9457) — never an empty answer. An answer with a body of its own keeps it.
/// </summary>
public sealed class StatusPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("GET", "/no-such-page", HttpStatusCode.NotFound, "找不到这个页面")]
    [InlineData("GET", "/disclosures/420104-sfj/1999", HttpStatusCode.NotFound, "找不到这个页面")]
    [InlineData("GET", "/departments/no-such-department", HttpStatusCode.NotFound, "找不到这个页面")]
    // A form posted without its antiforgery token.
    [InlineData("POST", "/search", HttpStatusCode.BadRequest, "请求无法处理")]
    [InlineData("DELETE", "/search", HttpStatusCode.BadRequest, "请求无法处理")]
    public async Task APersonGetsAPageThatSaysWhatHappened(string method, string address, HttpStatusCode status, string heading)
    {
        var response = await portal.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), address));

        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        page.QuerySelector("h1")!.TextContent.Should().Be(heading);
        page.GetElementById("status-detail")!.TextContent.Should().NotBeNullOrWhiteSpace();
        page.QuerySelector("html")!.GetAttribute("lang").Should().Be("zh-CN");
        page.QuerySelectorAll("a[href='/']").Should().NotBeEmpty("the page offers a way on");
    }

    [Theory]
    [InlineData("GET", "/api/v1/no-such-thing", null, HttpStatusCode.NotFound, "找不到这个页面")]
    [InlineData("DELETE", "/api/v1/rules", null, HttpStatusCode.MethodNotAllowed, "不支持这种请求方式")]
    // Routing refuses a content type the check does not take; the check itself one without any.
    [InlineData("POST", "/api/v1/validate", "application/octet-stream", HttpStatusCode.UnsupportedMediaType, "不支持的内容类型")]
    [InlineData("POST", "/api/v1/validate", "", HttpStatusCode.UnsupportedMediaType, "不支持的内容类型")]
    public async Task AProgramGetsAProblemInChinese(string method, string address, string? contentType, HttpStatusCode status, string title)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), address);
        if (contentType is not null)
        {
            request.Content = new ByteArrayContent([1, 2, 3]);
            request.Content.Headers.ContentType = contentType.Length == 0 ? null : new(contentType);
        }

        var response = await portal.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.GetProperty("title").GetString().Should().Be(title);
        problem.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task AnAnswerWithItsOwnWordsKeepsThem()
    {
        var response = await portal.CreateClient().GetAsync("/disclosures/420104-sfj/2024/csv/10");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()
            .Should().Contain("没有“10”这张表", "the CSV download's own problem is not replaced by the page");
    }

    [Fact]
    public async Task TheStatusPageAskedForDirectlyIsNotFound()
    {
        var response = await portal.CreateClient().GetAsync("/status/500");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("h1")!.TextContent.Should().Be("找不到这个页面");
    }
}
