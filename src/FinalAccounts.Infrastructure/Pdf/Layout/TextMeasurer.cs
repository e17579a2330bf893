using System.Text;
using FinalAccounts.Infrastructure.Pdf.Fonts;

namespace FinalAccounts.Infrastructure.Pdf.Layout;

/// <summary>Advance widths and ascent of a backend's fonts, per point of type size; implementations cache them.</summary>
public interface IFontMetrics
{
    double AdvanceWidth(FontFace face, bool bold, Rune rune);

    double Ascent(FontFace face);
}

/// <summary>A stretch of text drawn with one face.</summary>
public sealed record TextSegment(string Text, FontFace Face);

/// <summary>
/// Splits text into runs of the face each character is drawn with (a Latin face for digits and
/// Latin letters, the Chinese face for the rest) and measures them. A character neither face has is
/// printed as "□" and recorded in <see cref="MissingCharacters"/>: it is never dropped silently.
/// </summary>
public sealed class TextMeasurer(DocumentFonts fonts, IFontMetrics metrics)
{
    private const string Placeholder = "□";
    private readonly SortedSet<string> _missing = new(StringComparer.Ordinal);

    public DocumentFonts Fonts { get; } = fonts;

    /// <summary>Characters the fonts lack, as "字 U+5B57".</summary>
    public IReadOnlyCollection<string> MissingCharacters => _missing;

    public IReadOnlyList<TextSegment> Shape(string text, TextStyle style)
    {
        var segments = new List<TextSegment>();
        var run = new StringBuilder();
        FontFace? runFace = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var (face, glyph) = FaceAndGlyph(rune, style);
            if (runFace is not null && !ReferenceEquals(face, runFace))
            {
                segments.Add(new TextSegment(run.ToString(), runFace));
                run.Clear();
            }
            runFace = face;
            run.Append(glyph);
        }
        if (runFace is not null && run.Length > 0)
        {
            segments.Add(new TextSegment(run.ToString(), runFace));
        }
        return segments;
    }

    public double Width(string text, TextStyle style)
    {
        var width = 0d;
        foreach (var rune in text.EnumerateRunes())
        {
            var (face, glyph) = FaceAndGlyph(rune, style);
            width += RuneWidth(face, style.Bold, glyph == Placeholder ? new Rune('□') : rune);
        }
        return width * style.Size;
    }

    public double Width(TextSegment segment, TextStyle style) =>
        segment.Text.EnumerateRunes().Sum(r => RuneWidth(segment.Face, style.Bold, r)) * style.Size;

    /// <summary>Where the baseline sits below the top of a line box of the style's pitch.</summary>
    public double BaselineOffset(TextStyle style)
    {
        var ascent = metrics.Ascent(Fonts.FaceFor(style.Role, style.Bold, '中') ?? Fonts.SerifCjk);
        return (style.LinePitch - style.Size) / 2 + ascent * style.Size;
    }

    private (FontFace Face, string Glyph) FaceAndGlyph(Rune rune, TextStyle style)
    {
        var face = Fonts.FaceFor(style.Role, style.Bold, rune.Value);
        if (face is not null)
        {
            return (face, rune.ToString());
        }
        _missing.Add($"{rune} U+{rune.Value:X4}");
        return (Fonts.FaceFor(style.Role, style.Bold, '□') ?? Fonts.SerifCjk, Placeholder);
    }

    private double RuneWidth(FontFace face, bool bold, Rune rune) => metrics.AdvanceWidth(face, bold, rune);
}
