using FinalAccounts.Infrastructure.Search;

namespace FinalAccounts.UnitTests.Search;

public class SearchQueryTests
{
    [Fact]
    public void WordsAreSplitOnAnySpaceFoldedAndKeptOnce()
    {
        var query = SearchQuery.Parse("  司法　PPP  司法 ppp\t律师 ");

        query.IsValid.Should().BeTrue();
        query.Text.Should().Be("司法　PPP  司法 ppp\t律师");
        query.Terms.Should().Equal("司法", "ppp", "律师");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void AnEmptyQueryAsksForWords(string? text)
    {
        var query = SearchQuery.Parse(text);

        query.IsValid.Should().BeFalse();
        query.Error.Should().Be("请输入要检索的词语。");
        query.Terms.Should().BeEmpty();
    }

    [Fact]
    public void AQueryLongerThanFiftyCharactersIsRefused()
    {
        SearchQuery.Parse(new string('法', SearchQuery.MaxLength)).IsValid.Should().BeTrue();

        var query = SearchQuery.Parse(new string('法', SearchQuery.MaxLength + 1));

        query.IsValid.Should().BeFalse();
        query.Error.Should().Contain("不能超过 50 个字");
    }

    [Fact]
    public void TooManyWordsAreRefused()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, SearchQuery.MaxTerms + 1).Select(i => $"词{i}")));

        query.IsValid.Should().BeFalse();
        query.Error.Should().Contain("最多");
    }

    [Theory]
    [InlineData("420104", 2024, 2, "420104", 2024, 2)]
    [InlineData("4201", 2024, 0, null, 2024, 1)]
    [InlineData("42010x", 1900, -3, null, null, 1)]
    [InlineData(null, null, null, null, null, 1)]
    public void FiltersThatAreNotARegionOrAYearAreIgnored(string? region, int? year, int? page,
        string? expectedRegion, int? expectedYear, int expectedPage)
    {
        var query = SearchQuery.Parse("司法", region, year, page);

        query.RegionCode.Should().Be(expectedRegion);
        query.Year.Should().Be(expectedYear);
        query.Page.Should().Be(expectedPage);
    }
}
