using FinalAccounts.Infrastructure.Pdf.Fonts;

namespace FinalAccounts.Infrastructure.Pdf.Layout;

internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb Black { get; } = new(0, 0, 0);
    public static Rgb Grey { get; } = new(110, 110, 110);
}

internal readonly record struct Point(double X, double Y);

/// <summary>
/// What the layout puts on a page, in points from the top-left corner. A backend draws these and
/// nothing else, which keeps PDFsharp behind <see cref="PdfSharpWriter"/>.
/// </summary>
public abstract record Primitive;

/// <summary>A run of text in one face, placed by its baseline.</summary>
internal sealed record TextPrimitive(double X, double Baseline, string Text, FontFace Face, double Size, bool Bold, Rgb Color) : Primitive;

internal sealed record LinePrimitive(Point From, Point To, double Width, Rgb Color) : Primitive;

internal sealed record PolygonPrimitive(IReadOnlyList<Point> Points, Rgb Fill, Rgb? Stroke = null) : Primitive;

internal sealed record RectanglePrimitive(double X, double Y, double Width, double Height, Rgb? Fill, Rgb? Stroke, double StrokeWidth = 0.5) : Primitive;

/// <summary>A clickable area that jumps to another page of the document (0-based index).</summary>
internal sealed record LinkPrimitive(double X, double Y, double Width, double Height, int TargetPage) : Primitive;

/// <summary>A laid-out page: its size and what is drawn on it.</summary>
public sealed class LaidOutPage(PageGeometry geometry)
{
    public PageGeometry Geometry { get; } = geometry;
    public List<Primitive> Items { get; } = [];
}

/// <summary>Where a heading landed: the page (0-based, among the pages it was laid out with) and its level.</summary>
public sealed record HeadingMark(string Text, int Level, int Page);
