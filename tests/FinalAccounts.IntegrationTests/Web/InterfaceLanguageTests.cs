using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using FinalAccounts.IntegrationTests.Infrastructure;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// The public pages speak Chinese by default and English on request; the disclosure itself stays
/// Chinese and is marked so. Cached pages never serve one language's page to the other.
/// </summary>
public sealed class InterfaceLanguageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string Resources = Path.Combine(RepositoryPaths.Root, "src", "FinalAccounts.Web", "Resources");

    [Fact]
    public void EveryInterfaceTextHasChineseAndEnglish()
    {
        var chinese = Entries("SharedResource.resx");
        var english = Entries("SharedResource.en.resx");

        chinese.Should().NotBeEmpty();
        english.Keys.Should().BeEquivalentTo(chinese.Keys);
        chinese.Values.Concat(english.Values).Should().OnlyContain(text => !string.IsNullOrWhiteSpace(text));
    }

    [Fact]
    public async Task TheSamePageIsChineseByDefaultAndEnglishOnRequestAndTheCacheKeepsThemApart()
    {
        var client = portal.CreateClient();

        var chinese = new HtmlParser().ParseDocument(await client.GetStringAsync("/disclosures/420104-sfj/2024"));
        var english = new HtmlParser().ParseDocument(await client.GetStringAsync("/disclosures/420104-sfj/2024?culture=en"));
        var chineseAgain = new HtmlParser().ParseDocument(await client.GetStringAsync("/disclosures/420104-sfj/2024"));

        chinese.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
        chinese.GetElementById("toc-heading")!.TextContent.Should().Be("目录");
        chineseAgain.GetElementById("toc-heading")!.TextContent.Should().Be("目录");
        english.DocumentElement.GetAttribute("lang").Should().Be("en");
        english.GetElementById("toc-heading")!.TextContent.Should().Be("Contents");
        english.QuerySelector("a.skip-link")!.TextContent.Should().Be("Skip to content");
        english.QuerySelector("nav.downloads a[href$='/pdf']")!.TextContent.Should().Be("Download PDF");
        english.QuerySelectorAll("section.part").Should().HaveCount(6).And.OnlyContain(s => s.GetAttribute("lang") == "zh-CN",
            "the disclosure is published text and is read out as Chinese");
    }

    [Fact]
    public async Task TheLanguageLinkRemembersTheChoiceAndStaysOnThePortal()
    {
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        var chosen = await client.GetAsync("/language?culture=en&returnUrl=%2Fdepartments%2F420104-sfj");
        var elsewhere = await client.GetAsync("/language?culture=en&returnUrl=https%3A%2F%2Fexample.com%2F");

        chosen.StatusCode.Should().Be(HttpStatusCode.Redirect);
        chosen.Headers.Location!.OriginalString.Should().Be("/departments/420104-sfj");
        chosen.Headers.GetValues("Set-Cookie").Should().Contain(c => c.Contains("c%3Den%7Cuic%3Den"));
        elsewhere.Headers.Location!.OriginalString.Should().Be("/");

        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var home = new HtmlParser().ParseDocument(await (await client.SendAsync(request)).Content.ReadAsStringAsync());
        home.QuerySelector("h1")!.TextContent.Should().Be("Departmental final accounts");
        home.QuerySelector("#regions-heading")!.TextContent.Should().Be("Browse by region");
        var department = new HtmlParser().ParseDocument(await (await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/departments/420104-sfj")
        {
            Headers = { { "Cookie", request.Headers.GetValues("Cookie") } },
        })).Content.ReadAsStringAsync());
        department.QuerySelectorAll("dl.headline dt").Select(d => d.TextContent).Should().Contain("Total income and expenditure");
    }

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
}
