using System.Globalization;
using System.Text;

namespace FinalAccounts.Infrastructure.Pdf.Text;

/// <summary>
/// Greedy line breaking for the Chinese prose of a disclosure, with Latin words and figures such as
/// "3,469.73" and "12.2%" mixed in. Chinese may break between any two characters, so a general-purpose
/// word wrapper that only breaks at spaces would overflow; and a naive character wrapper would start
/// lines with "，" or split an amount across lines, which readers of a published 决算 notice at once.
/// </summary>
/// <remarks>
/// The text is cut into unbreakable units (one CJK character; one run of other non-space characters
/// such as "3,469.73" or "PDF"; one run of spaces), each measured once. Units that the 禁则 rules of
/// <see cref="ChinesePunctuation"/> forbid to separate are glued into a box, so pushing a character to
/// the next line with its punctuation (推出) falls out of filling boxes greedily. Widths are sums of unit widths: kerning
/// across units is ignored so that a thousand-line document is measured in one linear pass.
/// </remarks>
internal static class LineBreaker
{
    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>.
    /// </summary>
    /// <param name="text">The text; "\n" (or "\r\n") ends a paragraph and always starts a new line.</param>
    /// <param name="maxWidth">The width of a line, in the unit <paramref name="measure"/> returns.</param>
    /// <param name="measure">
    /// The width of a string. It is called once per distinct unit and its results are reused within
    /// the call, so it must not depend on anything but the string.
    /// </param>
    /// <param name="firstLineIndent">
    /// How much narrower the first line of each paragraph is (the two-character indent of Chinese body
    /// text, which the caller draws).
    /// </param>
    /// <returns>
    /// No lines for empty text; otherwise at least one line per paragraph (an empty one for an empty
    /// paragraph). Spaces, tabs and ideographic spaces at the start or end of a line are dropped; every
    /// other character is kept in order. Only a unit wider than a whole line breaks the rules: it starts
    /// its own line, and a Latin word is then split between characters.
    /// </returns>
    public static IReadOnlyList<string> Break(string text, double maxWidth, Func<string, double> measure,
        double firstLineIndent = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        if (double.IsNaN(maxWidth) || maxWidth <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxWidth), maxWidth, "A line must be wider than zero.");
        }

        var lines = new List<string>();
        var breaker = new ParagraphBreaker(text, maxWidth, firstLineIndent, new UnitWidths(measure), lines);
        foreach (var (start, end) in Paragraphs(text))
        {
            breaker.Break(start, end);
        }
        return lines;
    }

    private static IEnumerable<(int Start, int End)> Paragraphs(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            if (newline < 0)
            {
                yield return (start, text.Length);
                yield break;
            }
            var end = newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
            yield return (start, end);
            start = newline + 1;
        }
        // A text ending in "\n" ends with an empty paragraph, as "\n" is a forced break, not a terminator.
        if (text.Length > 0 && text[^1] == '\n')
        {
            yield return (text.Length, text.Length);
        }
    }
}

// Breaks one paragraph; reuses its buffers across the paragraphs of one call.
file sealed class ParagraphBreaker(string text, double maxWidth, double firstLineIndent, UnitWidths widths, List<string> lines)
{
    // Sums of a dozen measured widths may land a hair above a width they match exactly.
    private const double RelativeTolerance = 1e-9;

    private readonly List<Unit> units = [];
    private readonly List<Box> boxes = [];

    public void Break(int start, int end)
    {
        units.Clear();
        boxes.Clear();
        Tokenize(start, end);
        CollectBoxes();
        Fill();
    }

    private bool Fits(double width) => width <= maxWidth + maxWidth * RelativeTolerance;

    private void Tokenize(int start, int end)
    {
        var index = start;
        while (index < end)
        {
            var kind = Classify(index, end, out var elementEnd);
            var unitEnd = kind == UnitKind.Cjk ? elementEnd : ExtendRun(elementEnd, end, kind);
            units.Add(new Unit(index, unitEnd, kind, widths.Measure(text.AsSpan(index, unitEnd - index))));
            index = unitEnd;
        }
    }

    private int ExtendRun(int index, int end, UnitKind kind)
    {
        while (index < end && Classify(index, end, out var next) == kind)
        {
            index = next;
        }
        return index;
    }

    // Works on whole text elements so a surrogate pair, a variation selector or a combining accent is
    // never separated from its base character.
    private UnitKind Classify(int index, int end, out int elementEnd)
    {
        var rest = text.AsSpan(index, end - index);
        var length = StringInfo.GetNextTextElementLength(rest);
        elementEnd = index + length;
        if (length == 1 && Scripts.IsBreakSpace(rest[0]))
        {
            return UnitKind.Space;
        }
        Rune.DecodeFromUtf16(rest, out var rune, out _);
        return Scripts.BreaksLikeIdeograph(rune) ? UnitKind.Cjk : UnitKind.Word;
    }

    // Groups units into boxes at every break the 禁则 allow; the spaces between two boxes become the
    // gap of the second, and spaces at the paragraph's edges are dropped.
    private void CollectBoxes()
    {
        var open = OpenBox.None;
        var gap = 0d;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Kind == UnitKind.Space)
            {
                gap = unit.Width;
                continue;
            }
            if (open.IsEmpty)
            {
                open = OpenBox.StartAt(i, unit.Width, 0);
            }
            else if (MayBreakBetween(units[open.Last], unit))
            {
                AddBox(open);
                open = OpenBox.StartAt(i, unit.Width, gap);
            }
            else
            {
                open = open.Extend(i, gap + unit.Width);
            }
            gap = 0;
        }
        if (!open.IsEmpty)
        {
            AddBox(open);
        }
    }

    // Two Latin units never meet without spaces between them, so every pair reaching here is a
    // legitimate break unless punctuation binds them.
    private bool MayBreakBetween(Unit before, Unit after) =>
        !ChinesePunctuation.CannotEndLine(text[before.End - 1])
        && !ChinesePunctuation.CannotStartLine(text[after.Start]);

    private void AddBox(OpenBox open)
    {
        if (Fits(open.Width))
        {
            boxes.Add(new Box(units[open.First].Start, units[open.Last].End, open.Width, open.Gap, StartsLine: false));
        }
        else
        {
            AddOversizedBox(open);
        }
    }

    // A box wider than a line cannot be kept whole anywhere: it starts a fresh line and is split into
    // its units, and any unit still too wide into its characters. The 禁则 yield here, the width does not.
    private void AddOversizedBox(OpenBox open)
    {
        var gap = open.Gap;
        var startsLine = true;
        for (var i = open.First; i <= open.Last; i++)
        {
            var unit = units[i];
            if (unit.Kind == UnitKind.Space)
            {
                gap = unit.Width;
                continue;
            }
            if (Fits(unit.Width))
            {
                boxes.Add(new Box(unit.Start, unit.End, unit.Width, gap, startsLine));
            }
            else
            {
                AddCharacters(unit, gap, startsLine);
            }
            gap = 0;
            startsLine = false;
        }
    }

    private void AddCharacters(Unit unit, double gap, bool startsLine)
    {
        var index = unit.Start;
        while (index < unit.End)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(index, unit.End - index));
            var width = widths.Measure(text.AsSpan(index, length));
            boxes.Add(new Box(index, index + length, width, gap, startsLine));
            index += length;
            gap = 0;
            startsLine = false;
        }
    }

    private void Fill()
    {
        if (boxes.Count == 0)
        {
            lines.Add(string.Empty);
            return;
        }
        var first = 0;
        var width = firstLineIndent + boxes[0].Width;
        for (var i = 1; i < boxes.Count; i++)
        {
            var box = boxes[i];
            var widened = width + box.Gap + box.Width;
            if (!box.StartsLine && Fits(widened))
            {
                width = widened;
                continue;
            }
            AddLine(first, i - 1);
            first = i;
            width = box.Width;
        }
        AddLine(first, boxes.Count - 1);
    }

    private void AddLine(int firstBox, int lastBox) =>
        lines.Add(text[boxes[firstBox].Start..boxes[lastBox].End]);
}

// Caches widths by string so each distinct character or word is measured once per call.
file sealed class UnitWidths
{
    private readonly Func<string, double> measure;
    private readonly Dictionary<string, double> widths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public UnitWidths(Func<string, double> measure)
    {
        this.measure = measure;
        lookup = widths.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public double Measure(ReadOnlySpan<char> unit)
    {
        if (lookup.TryGetValue(unit, out var width))
        {
            return width;
        }
        var key = unit.ToString();
        width = measure(key);
        widths[key] = width;
        return width;
    }
}

// Which characters may be broken around on their own, and which spaces a break may swallow.
file static class Scripts
{
    // U+3000 is the ideographic space used as a separator in headings ("第一部分　概况"); at a break it
    // is as invisible and as unwanted at a line start as an ASCII space. U+00A0 is deliberately absent.
    public static bool IsBreakSpace(char c) => c is ' ' or '\t' or '\u3000';

    // Full-width digits and letters are kept in runs like their ASCII counterparts, so "２０２４"
    // stays whole; everything else in these blocks breaks like an ideograph.
    public static bool BreaksLikeIdeograph(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x11FF => true,    // Hangul Jamo
        >= 0x2E80 and <= 0x2FFF => true,    // CJK and Kangxi radicals, description characters
        >= 0x3000 and <= 0xA4CF => true,    // CJK punctuation, kana, Bopomofo, Ext A, unified ideographs, Yi
        >= 0xA960 and <= 0xA97F => true,    // Hangul Jamo Extended-A
        >= 0xAC00 and <= 0xD7FF => true,    // Hangul syllables, Jamo Extended-B
        >= 0xF900 and <= 0xFAFF => true,    // CJK compatibility ideographs
        >= 0xFE10 and <= 0xFE1F => true,    // vertical forms
        >= 0xFE30 and <= 0xFE6F => true,    // CJK compatibility and small form variants
        >= 0xFF10 and <= 0xFF19 => false,   // full-width digits
        >= 0xFF21 and <= 0xFF3A => false,   // full-width capitals
        >= 0xFF41 and <= 0xFF5A => false,   // full-width small letters
        >= 0xFF00 and <= 0xFFEF => true,    // other full-width punctuation, half-width kana and Hangul
        >= 0x1F200 and <= 0x1F2FF => true,  // enclosed ideographic supplement
        >= 0x20000 and <= 0x3FFFF => true,  // ideographs in Extensions B and later
        _ => false,
    };
}

file enum UnitKind
{
    Space,
    Cjk,
    Word,
}

// An unbreakable piece of the text: [Start, End) in the whole text, measured once.
file readonly record struct Unit(int Start, int End, UnitKind Kind, double Width);

// What the filler places: units that must stay on one line, the width of the spaces before it (kept
// inside a line, dropped at a break), and whether it must start a line.
file readonly record struct Box(int Start, int End, double Width, double Gap, bool StartsLine);

// Units First..Last being glued into a box while the paragraph is scanned.
file readonly record struct OpenBox(int First, int Last, double Width, double Gap)
{
    public static OpenBox None => new(-1, -1, 0, 0);

    public bool IsEmpty => First < 0;

    public static OpenBox StartAt(int unit, double width, double gap) => new(unit, unit, width, gap);

    public OpenBox Extend(int unit, double addedWidth) => this with { Last = unit, Width = Width + addedWidth };
}
