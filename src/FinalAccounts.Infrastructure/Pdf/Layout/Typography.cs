using FinalAccounts.Infrastructure.Pdf.Fonts;

namespace FinalAccounts.Infrastructure.Pdf.Layout;

public enum TextAlign
{
    Left = 1,
    Center = 2,
    Right = 3,
}

/// <summary>How a piece of text is set: face role (宋 or 黑), size in points, weight, alignment and spacing.</summary>
/// <param name="LineHeight">Line pitch as a multiple of the size.</param>
/// <param name="FirstLineIndent">Indent of a paragraph's first line, in multiples of the size (two characters for Chinese body text).</param>
public sealed record TextStyle(
    FontRole Role,
    double Size,
    bool Bold = false,
    TextAlign Align = TextAlign.Left,
    double LineHeight = 1.5,
    double FirstLineIndent = 0,
    double SpaceBefore = 0,
    double SpaceAfter = 0)
{
    public double LinePitch => Size * LineHeight;
}

/// <summary>
/// Every type size and spacing of the printed disclosure, in one place. Body text and tables are set
/// in the 宋-like serif, headings in the 黑-like sans, the way government documents are printed.
/// </summary>
internal static class Typography
{
    public static TextStyle CoverTitle { get; } = new(FontRole.Sans, 26, Align: TextAlign.Center, LineHeight: 1.6);
    public static TextStyle CoverLine { get; } = new(FontRole.Serif, 16, Align: TextAlign.Center, LineHeight: 1.8);
    public static TextStyle ContentsTitle { get; } = new(FontRole.Sans, 18, Align: TextAlign.Center, SpaceAfter: 18);
    public static TextStyle ContentsPart { get; } = new(FontRole.Sans, 12, LineHeight: 1.9);
    public static TextStyle ContentsSection { get; } = new(FontRole.Serif, 11, LineHeight: 1.8);

    /// <summary>"第一部分 …": centred, on a new page.</summary>
    public static TextStyle Part { get; } = new(FontRole.Sans, 16, Align: TextAlign.Center, SpaceAfter: 14);
    /// <summary>"一、…".</summary>
    public static TextStyle Section { get; } = new(FontRole.Sans, 13, SpaceBefore: 10, SpaceAfter: 4);
    /// <summary>"（一）…".</summary>
    public static TextStyle Subsection { get; } = new(FontRole.Serif, 12, Bold: true, SpaceBefore: 6, SpaceAfter: 2);
    public static TextStyle Body { get; } = new(FontRole.Serif, 12, LineHeight: 1.7, FirstLineIndent: 2, SpaceAfter: 4);

    public static TextStyle TableTitle { get; } = new(FontRole.Sans, 14, Align: TextAlign.Center, LineHeight: 1.4, SpaceAfter: 2);
    public static TextStyle TableMeta { get; } = new(FontRole.Serif, 9.5, LineHeight: 1.4);
    public static TextStyle TableCell { get; } = new(FontRole.Serif, 8.5, LineHeight: 1.25);
    public static TextStyle TableHeading { get; } = new(FontRole.Sans, 8.5, Align: TextAlign.Center, LineHeight: 1.25);
    public static TextStyle TableNote { get; } = new(FontRole.Serif, 9, LineHeight: 1.5);
    public static TextStyle ChartLabel { get; } = new(FontRole.Serif, 8.5, LineHeight: 1.2);
    public static TextStyle ChartCaption { get; } = new(FontRole.Sans, 10.5, Align: TextAlign.Center, SpaceBefore: 4, SpaceAfter: 8);
    public static TextStyle Footer { get; } = new(FontRole.Serif, 10, Align: TextAlign.Center);

    /// <summary>Inner padding of a table cell, in points.</summary>
    public const double CellPadding = 2.5;
    public const double RuleWidth = 0.5;
}
