using System.Text;
using FinalAccounts.Infrastructure.Pdf;

namespace FinalAccounts.UnitTests.Pdf;

/// <summary>
/// A version renders to the same bytes every time: PDFsharp's random font subset tags, file /ID,
/// link names and XMP uuids and the clock's dates are all replaced by values from the content.
/// </summary>
public sealed class ReproduciblePdfTests
{
    [Fact]
    public void RenderingTheSameDisclosureTwiceGivesTheSameBytes()
    {
        var model = DisclosureModelBuilder.Small();
        var renderer = new DisclosurePdfRenderer(LayoutFonts.Fonts);

        var first = renderer.Render(model).Content;
        var second = renderer.Render(model).Content;

        second.Should().Equal(first);
    }

    [Fact]
    public void TheFileCarriesThePublicationDateAndSixLetterSubsetTags()
    {
        var model = DisclosureModelBuilder.Small();

        var text = Encoding.Latin1.GetString(new DisclosurePdfRenderer(LayoutFonts.Fonts).Render(model).Content);

        var day = model.PublishedOn!.Value;
        text.Should().Contain($"/CreationDate(D:{day:yyyyMMdd}000000");
        System.Text.RegularExpressions.Regex.Matches(text, @"/BaseFont/[A-Z]{6}\+").Should().NotBeEmpty();
    }

    [Fact]
    public void DifferentContentGetsADifferentFileId()
    {
        var small = DisclosureModelBuilder.Small();
        var renderer = new DisclosurePdfRenderer(LayoutFonts.Fonts);

        var one = Id(renderer.Render(small).Content);
        var other = Id(renderer.Render(small with { Title = small.Title + "（修订）" }).Content);

        one.Should().NotBe(other);
    }

    private static string Id(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Match(text, @"/ID\[<([0-9A-F]+)>").Groups[1].Value;
    }
}
