using System.Buffers.Binary;

namespace FinalAccounts.Infrastructure.Pdf.Fonts;

/// <summary>
/// The set of Unicode code points a face has a glyph for, read from its 'cmap' table. PDFsharp
/// draws a character the face lacks as nothing at all, so the layout asks this set first and
/// either switches face or reports the character. Lookups are a bit test for the Basic
/// Multilingual Plane and a binary search over ranges above it.
/// </summary>
public sealed class CharacterMap
{
    private const int BmpSize = 0x10000;
    private const int MaxCodePoint = 0x10FFFF;

    private readonly ulong[] _bmp;
    private readonly int[] _supplementaryStarts;
    private readonly int[] _supplementaryEnds;

    private CharacterMap(ulong[] bmp, List<(int Start, int End)> supplementary, string source)
    {
        _bmp = bmp;
        var merged = Merge(supplementary);
        _supplementaryStarts = merged.Select(r => r.Start).ToArray();
        _supplementaryEnds = merged.Select(r => r.End).ToArray();
        Source = source;
        Count = bmp.Sum(word => System.Numerics.BitOperations.PopCount(word))
            + merged.Sum(r => r.End - r.Start + 1);
    }

    /// <summary>Number of code points covered.</summary>
    public int Count { get; }

    /// <summary>Which subtable was read, e.g. "3/10 format 12", for diagnostics.</summary>
    public string Source { get; }

    /// <summary>
    /// Reads the best Unicode subtable: Windows full repertoire (3/10), then Windows BMP (3/1),
    /// then any Unicode-platform subtable (0/x); formats 12 and 4 are understood.
    /// Glyph 0 (.notdef) and glyph ids at or above <paramref name="glyphCount"/> do not count as covered.
    /// </summary>
    /// <exception cref="InvalidDataException">No usable Unicode subtable.</exception>
    public static CharacterMap Parse(ReadOnlySpan<byte> cmap, int glyphCount)
    {
        var chosen = ChooseSubtable(cmap);
        var builder = new Builder();
        var subtable = cmap[chosen.Offset..];
        if (chosen.Format == 12)
        {
            ReadFormat12(subtable, glyphCount, builder);
        }
        else
        {
            ReadFormat4(subtable, glyphCount, builder);
        }

        return builder.Build($"{chosen.Platform}/{chosen.Encoding} format {chosen.Format}");
    }

    /// <summary>Reads the character map of a parsed font face.</summary>
    public static CharacterMap Of(OpenTypeFile face)
    {
        ArgumentNullException.ThrowIfNull(face);
        return Parse(face.Table("cmap"), face.GlyphCount);
    }

    /// <summary>Whether the face has a glyph for the code point.</summary>
    public bool Covers(int codePoint)
    {
        if ((uint)codePoint < BmpSize)
        {
            return (_bmp[codePoint >> 6] & (1UL << (codePoint & 63))) != 0;
        }

        int index = Array.BinarySearch(_supplementaryStarts, codePoint);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 && codePoint <= _supplementaryEnds[index];
    }

    private static Subtable ChooseSubtable(ReadOnlySpan<byte> cmap)
    {
        Need(cmap, 0, 4);
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        Subtable? best = null;
        for (int i = 0; i < count; i++)
        {
            var candidate = Subtable.Read(cmap, 4 + 8 * i);
            if (candidate.Rank > 0 && (best is null || candidate.Rank > best.Value.Rank))
            {
                best = candidate;
            }
        }

        return best ?? throw new InvalidDataException("The 'cmap' table has no Unicode subtable in format 4 or 12.");
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, int glyphCount, Builder builder)
    {
        Need(table, 0, 14);
        int segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        int ends = 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments;
        Need(table, 0, rangeOffsets + 2 * segments);
        for (int s = 0; s < segments; s++)
        {
            var segment = new Format4Segment(
                Start: U16(table, starts + 2 * s),
                End: U16(table, ends + 2 * s),
                Delta: U16(table, deltas + 2 * s),
                RangeOffsetAt: rangeOffsets + 2 * s,
                RangeOffset: U16(table, rangeOffsets + 2 * s));
            ReadFormat4Segment(table, segment, glyphCount, builder);
        }
    }

    private static void ReadFormat4Segment(ReadOnlySpan<byte> table, Format4Segment segment, int glyphCount, Builder builder)
    {
        for (int c = segment.Start; c <= segment.End && c < 0xFFFF; c++)
        {
            int glyph = GlyphOf(table, segment, c);
            if (glyph > 0 && glyph < glyphCount)
            {
                builder.Add(c, c);
            }
        }
    }

    /// <summary>Format 4 lookup: either code + delta, or an entry of glyphIdArray (+ delta unless 0).</summary>
    private static int GlyphOf(ReadOnlySpan<byte> table, Format4Segment segment, int c)
    {
        if (segment.RangeOffset == 0)
        {
            return (c + segment.Delta) & 0xFFFF;
        }

        int at = segment.RangeOffsetAt + segment.RangeOffset + 2 * (c - segment.Start);
        if (at + 2 > table.Length)
        {
            return 0;
        }

        int raw = U16(table, at);
        return raw == 0 ? 0 : (raw + segment.Delta) & 0xFFFF;
    }

    private static void ReadFormat12(ReadOnlySpan<byte> table, int glyphCount, Builder builder)
    {
        Need(table, 0, 16);
        long groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        Need(table, 16, checked((int)(groups * 12)));
        for (int g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + 12 * g, 12);
            long start = BinaryPrimitives.ReadUInt32BigEndian(group);
            long end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            long firstGlyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            // Keep only the codes whose glyph id (firstGlyph + offset) lies in 1 .. glyphCount - 1.
            long low = start + Math.Max(0, 1 - firstGlyph);
            long high = Math.Min(Math.Min(end, start + (glyphCount - 1 - firstGlyph)), MaxCodePoint);
            if (low <= high)
            {
                builder.Add((int)low, (int)high);
            }
        }
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> ranges)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End + 1)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static int U16(ReadOnlySpan<byte> table, int at) => BinaryPrimitives.ReadUInt16BigEndian(table.Slice(at, 2));

    private static void Need(ReadOnlySpan<byte> table, int offset, int length)
    {
        if (offset < 0 || length < 0 || offset + length > table.Length)
        {
            throw new InvalidDataException("The 'cmap' table is truncated.");
        }
    }

    private readonly record struct Format4Segment(int Start, int End, int Delta, int RangeOffsetAt, int RangeOffset);

    private readonly record struct Subtable(int Platform, int Encoding, int Offset, int Format)
    {
        public static Subtable Read(ReadOnlySpan<byte> cmap, int recordAt)
        {
            Need(cmap, recordAt, 8);
            long offset = BinaryPrimitives.ReadUInt32BigEndian(cmap[(recordAt + 4)..]);
            int format = offset + 2 <= cmap.Length ? U16(cmap, (int)offset) : -1;
            return new Subtable(U16(cmap, recordAt), U16(cmap, recordAt + 2), (int)Math.Min(offset, int.MaxValue), format);
        }

        /// <summary>0 when unusable; otherwise 3/10 beats 3/1 beats 0/x, and format 12 beats 4 within each.</summary>
        public int Rank
        {
            get
            {
                int platformRank = (Platform, Encoding) switch
                {
                    (3, 10) => 3,
                    (3, 1) => 2,
                    (0, _) => 1,
                    _ => 0,
                };
                int formatRank = Format switch { 12 => 2, 4 => 1, _ => 0 };
                return platformRank == 0 || formatRank == 0 ? 0 : platformRank * 3 + formatRank;
            }
        }
    }

    /// <summary>Collects covered ranges: bits for the BMP, a range list above it.</summary>
    private sealed class Builder
    {
        private readonly ulong[] _bmp = new ulong[BmpSize / 64];
        private readonly List<(int Start, int End)> _supplementary = [];

        public void Add(int start, int end)
        {
            for (int c = start; c <= end && c < BmpSize; c++)
            {
                _bmp[c >> 6] |= 1UL << (c & 63);
            }

            if (end >= BmpSize)
            {
                _supplementary.Add((Math.Max(start, BmpSize), end));
            }
        }

        public CharacterMap Build(string source) => new(_bmp, _supplementary, source);
    }
}
