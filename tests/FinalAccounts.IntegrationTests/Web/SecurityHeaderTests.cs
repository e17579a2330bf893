using System.Net;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>Every response — page, staff page, API, download, static file, not found — carries the production security headers.</summary>
public sealed class SecurityHeaderTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/disclosures/420104-sfj/2024", HttpStatusCode.OK)]
    [InlineData("/staff/login", HttpStatusCode.OK)]
    [InlineData("/api/v1/regions", HttpStatusCode.OK)]
    [InlineData("/disclosures/420104-sfj/2024/v1/pdf", HttpStatusCode.OK)]
    [InlineData("/js/staff-grid.js", HttpStatusCode.OK)]
    [InlineData("/disclosures/no-such/2024", HttpStatusCode.NotFound)]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        var response = await portal.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(status);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'self'").And.Contain("object-src 'none'")
            .And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("strict-origin-when-cross-origin");
        response.Headers.GetValues("Permissions-Policy").Single().Should().Contain("camera=()");
        response.Headers.Contains("Server").Should().BeFalse();
    }

    [Fact]
    public async Task TheAntiforgeryCookieIsHttpOnlyAndStrict()
    {
        var response = await portal.CreateClient().GetAsync("/staff/login");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("fa_antiforgery=", StringComparison.Ordinal));
        cookie.Should().Contain("httponly").And.Contain("samesite=strict");
    }

    [Fact]
    public async Task ThePagesHaveNoInlineScriptOrStyleThePolicyWouldBlock()
    {
        var client = portal.CreateClient();
        foreach (var url in new[] { "/", "/disclosures/420104-sfj/2024", "/staff/login", "/search?q=司法" })
        {
            var html = await client.GetStringAsync(url);
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

            document.QuerySelectorAll("script:not([src])").Should().BeEmpty(url);
            document.QuerySelectorAll("style, [style]").Should().BeEmpty(url);
            document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Should().BeEmpty(url);
        }
    }
}
