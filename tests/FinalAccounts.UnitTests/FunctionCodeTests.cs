using FinalAccounts.Domain.Classification;

namespace FinalAccounts.UnitTests;

public class FunctionCodeTests
{
    [Theory]
    [InlineData("204", FunctionLevel.Class)]
    [InlineData("20406", FunctionLevel.Section)]
    [InlineData("2040601", FunctionLevel.Item)]
    public void LevelFollowsTheNumberOfDigits(string text, FunctionLevel expected)
    {
        FunctionCode.Parse(text).Level.Should().Be(expected);
    }

    [Fact]
    public void ParentChainGoesFromItemToSectionToClassThenNull()
    {
        var item = FunctionCode.Parse("2040601");

        var section = item.Parent;
        section.Should().NotBeNull();
        section!.Value.Value.Should().Be("20406");

        var @class = section.Value.Parent;
        @class.Should().NotBeNull();
        @class!.Value.Value.Should().Be("204");

        @class.Value.Parent.Should().BeNull();
    }

    [Theory]
    [InlineData("2040601", "204")]
    [InlineData("20406", "204")]
    [InlineData("204", "204")]
    [InlineData("2290199", "229")]
    public void ClassIsTheFirstThreeDigits(string text, string expectedClass)
    {
        FunctionCode.Parse(text).Class.Should().Be(FunctionCode.Parse(expectedClass));
    }

    [Theory]
    [InlineData("2040601", "20406", true)]
    [InlineData("2040601", "204", true)]
    [InlineData("20406", "204", true)]
    [InlineData("204", "204", false)]          // a code is not within itself
    [InlineData("20406", "20406", false)]
    [InlineData("204", "20406", false)]        // an ancestor is not within its descendant
    [InlineData("2050101", "204", false)]
    [InlineData("2040701", "20406", false)]
    public void IsWithinHoldsOnlyForStrictDescendants(string code, string ancestor, bool expected)
    {
        FunctionCode.Parse(code).IsWithin(FunctionCode.Parse(ancestor)).Should().Be(expected);
    }

    [Theory]
    [InlineData("2")]          // length 1
    [InlineData("20")]         // length 2
    [InlineData("2040")]       // length 4
    [InlineData("204060")]     // length 6
    [InlineData("20406011")]   // length 8
    [InlineData("20a")]
    [InlineData("204O6")]      // letter O
    [InlineData("2040６01")]   // full-width digit
    [InlineData("-204")]
    [InlineData("204.1")]
    [InlineData("301")]        // economic, not function
    [InlineData("10406")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2 04")]
    [InlineData(null)]
    public void TryParseRejectsMalformedCodes(string? text)
    {
        FunctionCode.TryParse(text, out var code).Should().BeFalse();
        code.Should().Be(default(FunctionCode));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("20")]
    [InlineData("2040")]
    [InlineData("204060")]
    [InlineData("20406011")]
    [InlineData("2x406")]
    [InlineData("30101")]
    [InlineData("")]
    [InlineData("  ")]
    public void ParseRejectsMalformedCodesWithChineseMessage(string text)
    {
        var act = () => FunctionCode.Parse(text);

        act.Should().Throw<FormatException>()
            .Which.Message.Should().Contain("编码").And.Contain($"“{text}”");
    }

    [Fact]
    public void ParseRejectsNull()
    {
        var act = () => FunctionCode.Parse(null!);

        act.Should().Throw<FormatException>().Which.Message.Should().Contain("编码");
    }

    [Theory]
    [InlineData(" 204 ", "204")]
    [InlineData("\t2040601\n", "2040601")]
    public void ParseTrimsSurroundingWhitespace(string text, string expected)
    {
        FunctionCode.Parse(text).Value.Should().Be(expected);
    }

    [Fact]
    public void CodesWithTheSameDigitsAreEqual()
    {
        FunctionCode.Parse("20406").Should().Be(FunctionCode.Parse(" 20406"));
        FunctionCode.Parse("20406").Should().NotBe(FunctionCode.Parse("20407"));
    }

    [Fact]
    public void SortsInCatalogOrderWithParentsBeforeChildren()
    {
        var codes = new[] { "205", "2040601", "204", "20406", "2040199" }.Select(FunctionCode.Parse).ToList();

        codes.Sort();

        codes.Select(c => c.Value).Should().Equal("204", "2040199", "20406", "2040601", "205");
    }

    [Fact]
    public void ToStringIsTheCode()
    {
        FunctionCode.Parse("2040601").ToString().Should().Be("2040601");
    }
}
