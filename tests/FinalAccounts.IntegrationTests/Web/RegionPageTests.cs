using System.Net;
using AngleSharp.Html.Parser;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>The public browse follows the region hierarchy: province → city → district → departments, each level with its path.</summary>
public sealed class RegionPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AProvinceListsItsCitiesWithCountsAndADistrictItsDepartments()
    {
        var client = portal.CreateClient();

        var province = await PageAsync(client, "/regions/420000");
        province.QuerySelector("h1")!.TextContent.Should().StartWith("湖北省");
        var wuhan = province.QuerySelectorAll("#sub-regions tbody tr").Single(r => r.TextContent.Contains("武汉市"));
        wuhan.QuerySelectorAll("td").Select(c => c.TextContent).Should().Equal(new[] { "3", "4", "2024年度" },
            "three departments, four published years lie below 武汉市, the latest 2024");
        wuhan.QuerySelector("a")!.GetAttribute("href").Should().Be("/regions/420100");

        var district = await PageAsync(client, "/regions/420104");
        System.Text.RegularExpressions.Regex.Replace(district.QuerySelector(".breadcrumb")!.TextContent, @"\s+", " ").Should().Contain("湖北省 › 武汉市 › 硚口区");
        var row = district.QuerySelector("#departments tbody tr[data-department='420104-sfj']")!;
        row.QuerySelector("th a")!.GetAttribute("href").Should().Be("/departments/420104-sfj");
        row.QuerySelectorAll("td").Select(c => c.TextContent).Should().Equal("司法行政", "2024年度", "3,469.73", "1");

        var department = await PageAsync(client, "/departments/420104-sfj");
        department.QuerySelectorAll(".breadcrumb a").Select(a => a.GetAttribute("href")).Should().Contain(["/regions/420000", "/regions/420100", "/regions/420104"]);
        (await client.GetAsync("/regions/999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/regions/%3Cscript%3E")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
