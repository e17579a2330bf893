using FinalAccounts.Infrastructure.Search;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Search;

/// <summary>The public search on the seeded portal: Chinese words of two characters, filters, AND, ranking and snippets.</summary>
public sealed class SearchPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Qiaokou2024 = "/disclosures/420104-sfj/2024";
    private const string Caidian2023 = "/disclosures/420114-sfj/2023";
    private const string Caidian2020 = "/disclosures/420114-sfj/2020";
    private const string Hongshan2021 = "/disclosures/420111-sfj/2021";

    [Fact]
    public async Task ATwoCharacterWordFindsEveryPublishedDisclosureWithItsNameMarked()
    {
        var page = await SearchPage.ForAsync(portal.CreateClient(), "司法");

        page.Disclosures.Should().BeEquivalentTo([Qiaokou2024, Caidian2023, Caidian2020, Hongshan2021]);
        page.Status.Should().Contain("找到 4 个部门决算");
        foreach (var result in page.Results)
        {
            result.QuerySelector(".search-result-meta mark")!.TextContent.Should().Be("司法");
        }
        page.Results.Select(r => r.QuerySelector(".search-result-meta")!.TextContent)
            .Should().Contain(meta => meta.StartsWith("武汉市硚口区司法局 · 硚口区 · 2024年度"));
    }

    [Fact]
    public async Task ATwoCharacterPlaceNameFindsOnlyItsDepartment()
    {
        var page = await SearchPage.ForAsync(portal.CreateClient(), "硚口");

        page.Disclosures.Should().Equal(Qiaokou2024);
        page.Results[0].QuerySelector(".search-result-meta")!.TextContent.Should().StartWith("武汉市硚口区司法局");
        page.Marked.Should().OnlyContain(m => m == "硚口").And.NotBeEmpty();
    }

    [Fact]
    public async Task AWordOfTheExplanationLinksToItsItemOnTheDisclosurePage()
    {
        var client = portal.CreateClient();
        var page = await SearchPage.ForAsync(client, "彭州");

        page.Disclosures.Should().Equal(Qiaokou2024);
        var hit = page.Results[0].QuerySelectorAll(".search-hits > li").Should().ContainSingle().Subject;
        var link = hit.QuerySelector("a.search-hit-section")!;
        link.GetAttribute("href").Should().Be(Qiaokou2024 + "#explanation-9");
        link.TextContent.Should().Be("第三部分 决算情况说明 · 九、财政拨款“三公”经费支出决算情况说明");
        var snippet = hit.QuerySelector(".snippet")!;
        snippet.QuerySelector("mark")!.TextContent.Should().Be("彭州");
        snippet.TextContent.Should().Contain("接待对象主要是成都市彭州市司法局");
        snippet.TextContent.Length.Should().BeLessThanOrEqualTo(Snippet.DefaultLength + 2, "an excerpt, not the whole item");

        var disclosure = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync(Qiaokou2024));
        disclosure.GetElementById("explanation-9")!.TextContent.Should().Contain("三公");
    }

    [Theory]
    [InlineData("&region=420114", new[] { Caidian2023, Caidian2020 })]
    [InlineData("&region=420100", new[] { Qiaokou2024, Caidian2023, Caidian2020, Hongshan2021 })]
    [InlineData("&region=420100&year=2021", new[] { Hongshan2021 })]
    [InlineData("&year=2023", new[] { Caidian2023 })]
    [InlineData("&region=420114&year=2020", new[] { Caidian2020 })]
    [InlineData("&region=420104&year=2021", new string[0])]
    public async Task RegionAndYearNarrowTheResults(string filters, string[] expected)
    {
        var page = await SearchPage.ForAsync(portal.CreateClient(), "司法", filters);

        page.Disclosures.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task TheFormKeepsTheChosenFilters()
    {
        var page = await SearchPage.ForAsync(portal.CreateClient(), "司法", "&region=420114&year=2020");

        page.Document.QuerySelector("#region option[selected]")!.GetAttribute("value").Should().Be("420114");
        page.Document.QuerySelector("#year option[selected]")!.GetAttribute("value").Should().Be("2020");
        page.Document.QuerySelectorAll("#year option").Select(o => o.GetAttribute("value"))
            .Should().Equal("", "2024", "2023", "2021", "2020");
    }

    [Fact]
    public async Task EveryWordMustOccurButNotInTheSameSection()
    {
        var client = portal.CreateClient();

        // 硚口 is in the department's name, 彭州 in one item of its 说明.
        (await SearchPage.ForAsync(client, "硚口 彭州")).Disclosures.Should().Equal(Qiaokou2024);
        (await SearchPage.ForAsync(client, "法律援助 律师")).Results.Should().HaveCount(4);

        var none = await SearchPage.ForAsync(client, "洪山 彭州");
        none.Results.Should().BeEmpty();
        none.Status.Should().Be("没有找到包含“洪山 彭州”的已公开部门决算。请检查用字、减少词语，或改选全部地区和年度后再试。");
    }

    [Fact]
    public async Task WithoutANameMatchTheLatestYearComesFirstThenRegionAndDepartment()
    {
        // 律师 occurs in no department's name, and in every disclosure's texts.
        var page = await SearchPage.ForAsync(portal.CreateClient(), "律师");

        page.Disclosures.Should().Equal(Qiaokou2024, Caidian2023, Hongshan2021, Caidian2020);
        page.Document.QuerySelector(".search-order")!.TextContent.Should().StartWith("按年度从近到远");
    }

    [Fact]
    public async Task ASnippetMarksTheMatchAndEncodesTheTextAroundIt()
    {
        var page = await SearchPage.ForAsync(portal.CreateClient(), "<2%");

        page.Disclosures.Should().Equal(Qiaokou2024);
        page.Html.Should().Contain("投诉率<mark>&lt;2%</mark>；");
        var snippets = page.Document.QuerySelectorAll(".snippet");
        snippets.Should().NotBeEmpty();
        snippets.SelectMany(s => s.Children).Should().OnlyContain(e => e.LocalName == "mark" && e.TextContent == "<2%");
    }

    [Fact]
    public async Task MarkupInTheQueryIsShownAsText()
    {
        var page = await SearchPage.ForAsync(portal.CreateClient(), "<img src=x onerror=alert(1)>司法");

        page.Html.Should().NotContain("<img").And.Contain("&lt;img src=x onerror=alert(1)&gt;司法");
        page.Document.QuerySelectorAll("main img, main script").Should().BeEmpty();
        page.Document.QuerySelector("#q")!.GetAttribute("value").Should().Be("<img src=x onerror=alert(1)>司法");
    }

    [Theory]
    [InlineData("?q=")]
    [InlineData("?q=%20%20")]
    [InlineData("?q=%E3%80%80&region=420104")]
    public async Task AnEmptyQueryAsksForWords(string queryString)
    {
        var page = await SearchPage.GetAsync(portal.CreateClient(), queryString);

        page.Status.Should().Be("请输入要检索的词语。");
        page.Document.QuerySelector("#q")!.GetAttribute("aria-describedby").Should().Contain("search-status");
        page.Results.Should().BeEmpty();
    }

    [Fact]
    public async Task ATooLongQueryIsRefusedWithAMessage()
    {
        var page = await SearchPage.ForAsync(portal.CreateClient(), new string('法', 51));

        page.Status.Should().Contain("不能超过 50 个字");
        page.Results.Should().BeEmpty();
    }

    [Fact]
    public async Task TheFirstVisitShowsALabelledFormInChinese()
    {
        var page = await SearchPage.GetAsync(portal.CreateClient(), "");
        var document = page.Document;

        document.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
        page.Status.Should().BeNull();
        var form = document.QuerySelector("main form[role=search]")!;
        form.GetAttribute("method").Should().Be("get");
        foreach (var (field, label) in new[] { ("q", "检索词"), ("region", "地区"), ("year", "年度") })
        {
            document.QuerySelector($"label[for={field}]")!.TextContent.Should().Be(label);
            form.QuerySelector($"#{field}")!.GetAttribute("name").Should().Be(field);
        }
        document.QuerySelectorAll("#region option").Select(o => o.TextContent).Should().Equal("全部地区", "湖北省", "武汉市", "硚口区", "洪山区", "蔡甸区");
    }

    [Fact]
    public async Task APageBeyondTheResultsSaysSoAndKeepsTheCount()
    {
        var page = await SearchPage.ForAsync(portal.CreateClient(), "司法", "&p=2");

        page.Status.Should().Contain("找到 4 个部门决算");
        page.Results.Should().BeEmpty();
        page.Document.QuerySelector(".search-message a")!.GetAttribute("href").Should().Be("/search?q=%E5%8F%B8%E6%B3%95&p=1");
    }
}
