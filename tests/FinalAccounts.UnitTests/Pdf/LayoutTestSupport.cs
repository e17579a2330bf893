using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Pdf.Fonts;
using FinalAccounts.Infrastructure.Pdf.Layout;

namespace FinalAccounts.UnitTests.Pdf;

/// <summary>
/// The installed Debian fonts, loaded once for every layout test class (they are ~25 MB) and served
/// to PDFsharp, with one shared metrics cache; each test takes its own <see cref="TextMeasurer"/>
/// because a measurer collects the characters it could not draw.
/// </summary>
internal static class LayoutFonts
{
    private static readonly Lazy<DocumentFonts> Loaded = new(() =>
    {
        var fonts = DocumentFonts.Load(new FontOptions());
        PdfFontResolver.Install(fonts);
        return fonts;
    });

    private static readonly Lazy<PdfSharpFontMetrics> SharedMetrics = new(() =>
    {
        _ = Loaded.Value;
        return new PdfSharpFontMetrics();
    });

    public static DocumentFonts Fonts => Loaded.Value;

    public static IFontMetrics Metrics => SharedMetrics.Value;

    public static TextMeasurer NewMeasurer() => new(Fonts, Metrics);
}

/// <summary>A line of text as a reader sees it: the runs on one baseline of one page, left to right.</summary>
internal sealed record TextLine(int Page, double Baseline, IReadOnlyList<TextPrimitive> Runs)
{
    public string Text => string.Concat(Runs.Select(r => r.Text));

    public double Left => Runs[0].X;

    public override string ToString() => $"p{Page} @{Baseline:0.##}: {Text}";
}

/// <summary>Reads laid-out pages back the way a reader would: lines, widths and boxes of text.</summary>
internal static class LaidOut
{
    public const double Tolerance = 0.01;

    public static IEnumerable<TextPrimitive> Texts(this LaidOutPage page) => page.Items.OfType<TextPrimitive>();

    public static IEnumerable<RectanglePrimitive> Rectangles(this LaidOutPage page) => page.Items.OfType<RectanglePrimitive>();

    /// <summary>The lines of a page: runs grouped by baseline, top to bottom, each left to right.</summary>
    public static IReadOnlyList<TextLine> Lines(this LaidOutPage page, int pageIndex = 0, Func<TextPrimitive, bool>? where = null) =>
        page.Texts()
            .Where(t => where is null || where(t))
            .GroupBy(t => Math.Round(t.Baseline, 3))
            .OrderBy(g => g.Key)
            .Select(g => new TextLine(pageIndex, g.Key, g.OrderBy(t => t.X).ToList()))
            .ToList();

    /// <summary>All lines of all pages, in reading order.</summary>
    public static IReadOnlyList<TextLine> Lines(this IReadOnlyList<LaidOutPage> pages, Func<TextPrimitive, bool>? where = null) =>
        pages.SelectMany((page, i) => page.Lines(i, where)).ToList();

    /// <summary>The advance width of a run, measured as the layout measured it.</summary>
    public static double Width(this TextMeasurer measurer, TextPrimitive text) =>
        measurer.Width(new TextSegment(text.Text, text.Face), new TextStyle(FontRole.Serif, text.Size, text.Bold));

    public static double Right(this TextMeasurer measurer, TextPrimitive text) => text.X + measurer.Width(text);

    public static double Right(this TextMeasurer measurer, TextLine line) => measurer.Right(line.Runs[^1]);

    /// <summary>The top of the run's glyphs: the baseline less the face's ascent.</summary>
    public static double Top(this TextPrimitive text) => text.Baseline - LayoutFonts.Metrics.Ascent(text.Face) * text.Size;

    public static bool Contains(this RectanglePrimitive r, double x, double y) =>
        x >= r.X - Tolerance && x <= r.X + r.Width + Tolerance && y >= r.Y - Tolerance && y <= r.Y + r.Height + Tolerance;

    public static double Bottom(this RectanglePrimitive r) => r.Y + r.Height;

    public static double Right(this RectanglePrimitive r) => r.X + r.Width;

    public static double ContentRight(this PageGeometry g) => g.Width - g.MarginRight;
}
