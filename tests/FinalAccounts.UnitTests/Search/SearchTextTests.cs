using FinalAccounts.Infrastructure.Search;

namespace FinalAccounts.UnitTests.Search;

public class SearchTextTests
{
    [Fact]
    public void GramsAreEveryCharacterAndEveryNeighbouringPairOnce()
    {
        SearchText.Grams("司法局司法").Should().Equal("司", "法", "司法", "局", "法局", "局司");
    }

    [Fact]
    public void GramsNeverSpanWhitespace()
    {
        var grams = SearchText.Grams("硚口\n区 司法");

        grams.Should().Contain(["硚口", "区", "司法"]);
        grams.Should().NotContain(g => g.Any(char.IsWhiteSpace));
        grams.Should().NotContain("口区").And.NotContain("区司");
    }

    [Fact]
    public void GramsKeepACharacterOutsideTheBasicPlaneWhole()
    {
        // 𠀋 is one character in two UTF-16 units; a gram must not cut it in half.
        SearchText.Grams("𠀋口").Should().Equal("𠀋", "口", "𠀋口");
    }

    [Theory]
    [InlineData("司法", new[] { "司法" })]
    [InlineData("硚口区", new[] { "硚口", "口区" })]
    [InlineData("法", new[] { "法" })]
    [InlineData("<2%", new[] { "<2", "2%" })]
    [InlineData("司法司法", new[] { "司法", "法司" })]
    public void ATermNeedsItsBigramsOrItsOnlyCharacter(string term, string[] expected)
    {
        SearchText.TermGrams(term).Should().Equal(expected);
    }

    [Fact]
    public void EveryGramOfATermIsAGramOfATextContainingIt()
    {
        const string text = "接待对象主要是成都市彭州市司法局，主要是开展调研工作。";
        var grams = SearchText.Grams(text);

        foreach (var term in new[] { "彭州", "彭州市司法局", "，主", "。" })
        {
            grams.Should().Contain(SearchText.TermGrams(term), term);
        }
    }

    [Theory]
    [InlineData("PPP项目", "ppp项目")]
    [InlineData("ＰＰＰ项目", "ppp项目")]
    [InlineData("（一）１２３", "(一)123")]
    [InlineData("司法\u3000局", "司法 局")]
    public void FoldingLowersLatinAndNarrowsFullWidthForms(string text, string folded)
    {
        SearchText.Fold(text).Should().Be(folded);
    }

    [Fact]
    public void FoldingKeepsEveryOffset()
    {
        const string text = "ＡＢＣ区\u3000İ𠀋Z";

        SearchText.Fold(text).Length.Should().Be(text.Length);
    }
}
