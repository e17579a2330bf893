using FinalAccounts.Infrastructure.Pdf.Fonts;
using FinalAccounts.Infrastructure.Pdf.Layout;

namespace FinalAccounts.UnitTests.Pdf;

public sealed class TextMeasurerTests
{
    private static DocumentFonts Fonts => LayoutFonts.Fonts;

    private static TextStyle Serif => Typography.Body;

    private static TextStyle Sans => Typography.Section;

    [Fact]
    public void DigitsAndLatinGoToTheLatinFaceAndChineseToTheCjkFace()
    {
        var segments = LayoutFonts.NewMeasurer().Shape("2024年度支出3,469.73万元，PDF（12.2%）", Serif);

        segments.Select(s => (s.Text, s.Face)).Should().Equal(
            ("2024", Fonts.SerifLatin),
            ("年度支出", Fonts.SerifCjk),
            ("3,469.73", Fonts.SerifLatin),
            ("万元，", Fonts.SerifCjk),
            ("PDF", Fonts.SerifLatin),
            ("（", Fonts.SerifCjk),
            ("12.2%", Fonts.SerifLatin),
            ("）", Fonts.SerifCjk));
    }

    [Theory]
    [InlineData("，。、；：？！（）《》「」“”")]
    [InlineData("部门决算公开硚口区司法局")]
    public void ChineseAndFullWidthPunctuationStayInOneCjkRun(string text)
    {
        var measurer = LayoutFonts.NewMeasurer();

        measurer.Shape(text, Serif).Should().ContainSingle().Which.Should().Be(new TextSegment(text, Fonts.SerifCjk));
        measurer.Shape(text, Sans).Should().ContainSingle().Which.Should().Be(new TextSegment(text, Fonts.SansCjk));
        measurer.MissingCharacters.Should().BeEmpty();
    }

    [Fact]
    public void RoleAndWeightPickTheLatinFace()
    {
        var measurer = LayoutFonts.NewMeasurer();

        measurer.Shape("2024年", Sans).Select(s => s.Face).Should().Equal(Fonts.SansLatin, Fonts.SansCjk);
        measurer.Shape("2024年", Serif with { Bold = true }).Select(s => s.Face).Should().Equal(Fonts.SerifLatinBold, Fonts.SerifCjk);
        measurer.Shape("2024年", Sans with { Bold = true }).Select(s => s.Face).Should().Equal(Fonts.SansLatinBold, Fonts.SansCjk);
    }

    [Fact]
    public void CharacterNoFontHasIsDrawnAsASquareAndReportedOnce()
    {
        var measurer = LayoutFonts.NewMeasurer();

        var segments = measurer.Shape("甲𠀀乙𠀀𠀀3", Serif);

        string.Concat(segments.Select(s => s.Text)).Should().Be("甲□乙□□3", "each missing character becomes one “□”, none is dropped");
        segments.Should().OnlyContain(s => s.Face.Covers('□') || s.Text == "3");
        measurer.Width("𠀀", Serif).Should().BeApproximately(measurer.Width("□", Serif), 1e-9, "the square is what is drawn, so it is what is measured");
        measurer.Width("乙𠀀𠀀", Serif).Should().BeGreaterThan(measurer.Width("乙", Serif));
        measurer.MissingCharacters.Should().Equal("𠀀 U+20000");
    }

    [Fact]
    public void EachMissingCharacterIsListedOnceWithItsCodePoint()
    {
        var measurer = LayoutFonts.NewMeasurer();

        measurer.Shape("\uE000年\uE000", Sans).Select(s => s.Text).Should().Equal("□年□");
        measurer.Shape("\uE000", Serif).Select(s => s.Text).Should().Equal("□");
        measurer.Width("𠀀\uE000𠀀", Sans);
        measurer.Width("𠀀", Serif with { Bold = true });

        measurer.MissingCharacters.Should().BeEquivalentTo(new[] { "\uE000 U+E000", "𠀀 U+20000" });
    }

    [Fact]
    public void WidthOfARepeatedCharacterIsAMultiple()
    {
        var measurer = LayoutFonts.NewMeasurer();

        var one = measurer.Width("中", Serif);
        one.Should().BeApproximately(Serif.Size, Serif.Size * 0.05, "a CJK character is about one em wide");
        measurer.Width("中中", Serif).Should().BeApproximately(2 * one, 1e-9);
        measurer.Width("中", Serif with { Size = 24 }).Should().BeApproximately(2 * one, 1e-9, "width scales with the size");
        measurer.Width("1", Serif).Should().BeLessThan(one, "a Latin digit is narrower than an ideograph");
    }

    [Theory]
    [InlineData("2024年度支出3,469.73万元，比上年减少483.25万元，下降12.2%。")]
    [InlineData("“三公”经费（Three Public Costs）")]
    [InlineData("甲𠀀乙")]
    public void WidthOfATextIsTheSumOfItsShapedRuns(string text)
    {
        var measurer = LayoutFonts.NewMeasurer();
        foreach (var style in new[] { Serif, Sans, Serif with { Bold = true }, Typography.TableCell })
        {
            var segments = measurer.Shape(text, style);
            segments.Sum(s => measurer.Width(s, style)).Should().BeApproximately(measurer.Width(text, style), 1e-9);
        }
    }

    [Fact]
    public void BaselineSitsInsideTheLineBox()
    {
        var measurer = LayoutFonts.NewMeasurer();
        foreach (var style in new[] { Typography.Body, Typography.Part, Typography.TableCell, Typography.Footer })
        {
            var offset = measurer.BaselineOffset(style);
            offset.Should().BeGreaterThan((style.LinePitch - style.Size) / 2 + 0.5 * style.Size);
            offset.Should().BeLessThan(style.LinePitch);
        }
    }
}
