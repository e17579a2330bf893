using FinalAccounts.Domain.Classification;

namespace FinalAccounts.UnitTests;

public class EconomicCodeTests
{
    [Theory]
    [InlineData("301", true)]
    [InlineData("30101", false)]
    public void IsClassOnlyForThreeDigitCodes(string text, bool expected)
    {
        EconomicCode.Parse(text).IsClass.Should().Be(expected);
    }

    [Fact]
    public void ParentOfASectionIsItsClass()
    {
        EconomicCode.Parse("30216").Parent.Should().Be(EconomicCode.Parse("302"));
    }

    [Fact]
    public void ParentOfAClassIsNull()
    {
        EconomicCode.Parse("302").Parent.Should().BeNull();
    }

    [Theory]
    [InlineData("3")]
    [InlineData("30")]
    [InlineData("3010")]
    [InlineData("301011")]
    [InlineData("3010101")]    // economic codes have no 项 level
    [InlineData("201")]        // function, not economic
    [InlineData("20101")]
    [InlineData("30a01")]
    [InlineData("３01")]       // full-width digit
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void TryParseRejectsMalformedCodes(string? text)
    {
        EconomicCode.TryParse(text, out var code).Should().BeFalse();
        code.Should().Be(default(EconomicCode));
    }

    [Theory]
    [InlineData("3010")]
    [InlineData("201")]
    [InlineData("abc")]
    public void ParseRejectsMalformedCodesWithChineseMessage(string text)
    {
        var act = () => EconomicCode.Parse(text);

        act.Should().Throw<FormatException>()
            .Which.Message.Should().Contain("经济分类").And.Contain("编码").And.Contain(text);
    }

    [Fact]
    public void ParseTrimsSurroundingWhitespace()
    {
        EconomicCode.Parse(" 30101 ").Value.Should().Be("30101");
    }

    [Fact]
    public void SortsInCatalogOrder()
    {
        var codes = new[] { "310", "30201", "301", "30199", "302" }.Select(EconomicCode.Parse).ToList();

        codes.Sort();

        codes.Select(c => c.ToString()).Should().Equal("301", "30199", "302", "30201", "310");
    }
}
