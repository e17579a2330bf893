using FinalAccounts.Infrastructure.Pdf.Fonts;
using FinalAccounts.Infrastructure.Pdf.Layout;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Pdf;

/// <summary>A rendered PDF and what the renderer noticed: characters the fonts lack are printed as "□" and listed here.</summary>
public sealed record RenderedPdf(byte[] Content, int PageCount, IReadOnlyList<string> MissingCharacters);

/// <summary>The document laid out and ready to draw: its pages, its outline and its metadata.</summary>
public sealed record LaidOutDocument(IReadOnlyList<LaidOutPage> Pages, IReadOnlyList<OutlineEntry> Outline, PdfDocumentInfo Info);

/// <summary>
/// Renders the printed disclosure: the parts are laid out first, so that the 目录 can give their
/// page numbers; then the cover and the 目录 are put in front and the pages drawn with PDFsharp.
/// Safe to share: each call lays out with its own state.
/// </summary>
public sealed class DisclosurePdfRenderer
{
    private readonly DocumentFonts _fonts;
    private readonly IFontMetrics _metrics;

    public DisclosurePdfRenderer(DocumentFonts fonts)
    {
        _fonts = fonts;
        PdfFontResolver.Install(fonts);
        _metrics = new PdfSharpFontMetrics();
    }

    public RenderedPdf Render(DisclosureDocumentModel model)
    {
        var measurer = new TextMeasurer(_fonts, _metrics);
        var document = new DisclosureDocument(model);
        var laidOut = LayOut(document, document.Parts().ToList(), measurer);
        var bytes = PdfSharpWriter.Write(laidOut.Pages, laidOut.Outline, laidOut.Info);
        return new RenderedPdf(bytes, laidOut.Pages.Count, measurer.MissingCharacters.ToList());
    }

    /// <summary>
    /// Lays out the composed parts, then the cover and the 目录 in front of them, and marks a preview's
    /// pages: everything but the drawing. Public so that a benchmark can time the stages apart.
    /// </summary>
    public static LaidOutDocument LayOut(DisclosureDocument document, IReadOnlyList<DocumentSection> parts, TextMeasurer measurer)
    {
        var content = new FlowLayout(measurer).Layout(parts);
        FrontMatter.NumberPages(measurer, content.Pages);

        var contentsLength = FrontMatter.Contents(measurer, content.Headings, 0).Count;
        var firstContentPage = 1 + contentsLength;
        var pages = new List<LaidOutPage> { FrontMatter.Cover(measurer, document.Title, document.CoverLines) };
        pages.AddRange(FrontMatter.Contents(measurer, content.Headings, firstContentPage));
        pages.AddRange(content.Pages);
        if (document.PreviewMark is { } mark)
        {
            FrontMatter.MarkPages(measurer, pages, mark);
        }
        return new LaidOutDocument(pages, FrontMatter.Outline(content.Headings, firstContentPage),
            new PdfDocumentInfo(document.Title, document.Author, "zh-CN", document.Date));
    }
}
