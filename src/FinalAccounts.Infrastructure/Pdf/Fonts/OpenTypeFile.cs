using System.Buffers.Binary;
using System.Text;

namespace FinalAccounts.Infrastructure.Pdf.Fonts;

/// <summary>
/// One face of a TrueType/OpenType font file (a plain sfnt or one member of a 'ttcf' collection),
/// read straight from its bytes. It exists because PDFsharp cannot open a face inside a .ttc, and
/// the CJK fonts Debian ships with TrueType outlines (AR PL UMing, WenQuanYi Micro Hei) come only
/// as collections: <see cref="ExtractFace"/> rebuilds the chosen face as a standalone font.
/// </summary>
public sealed class OpenTypeFile
{
    private const uint CollectionTag = 0x74746366;      // 'ttcf'
    private const uint CffSfntVersion = 0x4F54544F;     // 'OTTO'
    private const int OffsetTableLength = 12;
    private const int TableRecordLength = 16;
    private const int HeadChecksumAdjustmentOffset = 8;
    private const uint ChecksumMagic = 0xB1B0AFBA;

    /// <summary>Dropped on extraction: a digital signature is void once the tables are moved.</summary>
    private const string SignatureTag = "DSIG";

    private readonly byte[] _data;
    private readonly Dictionary<string, TableRecord> _tables;
    private string? _familyName;

    private OpenTypeFile(byte[] data, int faceIndex, uint sfntVersion, Dictionary<string, TableRecord> tables)
    {
        _data = data;
        FaceIndex = faceIndex;
        SfntVersion = sfntVersion;
        _tables = tables;
    }

    /// <summary>The face's position in its collection; 0 for a plain font.</summary>
    public int FaceIndex { get; }

    /// <summary>0x00010000 or 'true' for TrueType outlines, 'OTTO' for CFF outlines.</summary>
    public uint SfntVersion { get; }

    /// <summary>The four-letter tags of the face's tables, e.g. "cmap", "glyf", "head".</summary>
    public IReadOnlyCollection<string> TableTags => _tables.Keys;

    /// <summary>
    /// True when the outlines are CFF (PostScript) rather than TrueType. PDFsharp embeds such
    /// faces (Noto CJK as Debian ships it) broken, so the project does not accept them.
    /// </summary>
    public bool HasCffOutlines => SfntVersion == CffSfntVersion || HasTable("CFF ") || HasTable("CFF2");

    /// <summary>True when the face has TrueType outlines ('glyf' with its 'loca' index), the kind PDFsharp embeds well.</summary>
    public bool HasTrueTypeOutlines => !HasCffOutlines && HasTable("glyf") && HasTable("loca");

    /// <summary>Number of glyphs (from 'maxp'); glyph ids at or above it are not real glyphs.</summary>
    public int GlyphCount => BinaryPrimitives.ReadUInt16BigEndian(Table("maxp").Slice(4, 2));

    /// <summary>
    /// The family name from the 'name' table (typographic family, else legacy family), in
    /// English when the font offers it, so logs and errors show e.g. "AR PL UMing CN".
    /// </summary>
    public string FamilyName => _familyName ??= NameTable.ReadFamilyName(Table("name"));

    /// <summary>True when the bytes start a font collection rather than a single font.</summary>
    public static bool IsCollection(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && BinaryPrimitives.ReadUInt32BigEndian(data) == CollectionTag;

    /// <summary>Number of faces: the collection's count, or 1 for a plain font.</summary>
    public static int CountFaces(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!IsCollection(data))
        {
            return 1;
        }

        Require(data.Length >= 12, "the collection header is truncated");
        return checked((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(8, 4)));
    }

    /// <summary>Reads the table directory of one face; table contents are read on demand.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a well-formed font.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The face index is not in the file.</exception>
    public static OpenTypeFile Parse(byte[] data, int faceIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        int faceCount = CountFaces(data);
        ArgumentOutOfRangeException.ThrowIfNegative(faceIndex);
        if (faceIndex >= faceCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(faceIndex), faceIndex, $"The font file holds {faceCount} face(s); index {faceIndex} does not exist.");
        }

        int offsetTable = OffsetTableOf(data, faceIndex);
        Require(offsetTable >= 0 && offsetTable + OffsetTableLength <= data.Length, "the offset table lies outside the file");
        uint sfntVersion = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offsetTable, 4));
        Require(IsKnownSfntVersion(sfntVersion), $"unknown sfnt version 0x{sfntVersion:X8}");
        return new OpenTypeFile(data, faceIndex, sfntVersion, ReadTableDirectory(data, offsetTable));
    }

    /// <summary>
    /// Returns the face as a standalone TrueType font that PDFsharp can load: the input itself
    /// for a plain font at index 0, otherwise a new file holding copies of the face's tables
    /// with a fresh directory, 4-byte aligned offsets and recomputed checksums.
    /// </summary>
    /// <exception cref="NotSupportedException">The face has CFF outlines.</exception>
    public static byte[] ExtractFace(byte[] data, int faceIndex)
    {
        var face = Parse(data, faceIndex);
        face.RequireTrueTypeOutlines();
        return IsCollection(data) ? face.ToStandaloneFont() : data;
    }

    /// <summary>Whether the face has a table with this tag.</summary>
    public bool HasTable(string tag) => _tables.ContainsKey(tag);

    /// <summary>The bytes of one table.</summary>
    /// <exception cref="InvalidDataException">The face has no such table.</exception>
    public ReadOnlySpan<byte> Table(string tag)
    {
        if (!_tables.TryGetValue(tag, out var record))
        {
            throw new InvalidDataException($"Font face {FaceIndex} has no '{tag}' table.");
        }

        return _data.AsSpan(record.Offset, record.Length);
    }

    private void RequireTrueTypeOutlines()
    {
        if (HasTrueTypeOutlines)
        {
            return;
        }

        string kind = HasCffOutlines ? "CFF (PostScript) outlines, which PDFsharp embeds incorrectly" : "no outlines ('glyf'/'loca')";
        throw new NotSupportedException(
            $"Font face {FaceIndex} ({SafeFamilyName()}) has {kind}. Use a face with TrueType outlines, " +
            "e.g. AR PL UMing (fonts-arphic-uming) or WenQuanYi Micro Hei (fonts-wqy-microhei).");
    }

    private string SafeFamilyName()
    {
        try
        {
            return FamilyName;
        }
        catch (InvalidDataException)
        {
            return "unnamed";
        }
    }

    private byte[] ToStandaloneFont()
    {
        var kept = _tables.Values
            .Where(t => t.Tag != SignatureTag)
            .OrderBy(t => t.Tag, StringComparer.Ordinal)
            .ToArray();
        int directoryLength = OffsetTableLength + TableRecordLength * kept.Length;
        var output = new byte[directoryLength + kept.Sum(t => Align4(t.Length))];

        WriteOffsetTable(output, SfntVersion, kept.Length);
        int position = directoryLength;
        for (int i = 0; i < kept.Length; i++)
        {
            position = CopyTable(output, kept[i], i, position);
        }

        FixHeadChecksumAdjustment(output, kept, directoryLength);
        return output;
    }

    /// <summary>Copies one table to <paramref name="position"/>, writes its record and returns the next aligned position.</summary>
    private int CopyTable(byte[] output, TableRecord table, int index, int position)
    {
        var target = output.AsSpan(position, table.Length);
        _data.AsSpan(table.Offset, table.Length).CopyTo(target);
        if (table.Tag == "head")
        {
            // The checksum of 'head' is defined with checkSumAdjustment as zero; it is set last.
            Require(table.Length >= HeadChecksumAdjustmentOffset + 4, "the 'head' table is truncated");
            BinaryPrimitives.WriteUInt32BigEndian(target.Slice(HeadChecksumAdjustmentOffset, 4), 0);
        }

        var record = output.AsSpan(OffsetTableLength + TableRecordLength * index, TableRecordLength);
        Encoding.ASCII.GetBytes(table.Tag, record[..4]);
        BinaryPrimitives.WriteUInt32BigEndian(record.Slice(4, 4), Checksum(output.AsSpan(position, Align4(table.Length))));
        BinaryPrimitives.WriteUInt32BigEndian(record.Slice(8, 4), (uint)position);
        BinaryPrimitives.WriteUInt32BigEndian(record.Slice(12, 4), (uint)table.Length);
        return position + Align4(table.Length);
    }

    private static void FixHeadChecksumAdjustment(byte[] output, TableRecord[] kept, int directoryLength)
    {
        int position = directoryLength;
        foreach (var table in kept)
        {
            if (table.Tag == "head")
            {
                uint adjustment = unchecked(ChecksumMagic - Checksum(output));
                BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(position + HeadChecksumAdjustmentOffset, 4), adjustment);
                return;
            }

            position += Align4(table.Length);
        }
    }

    private static void WriteOffsetTable(Span<byte> output, uint sfntVersion, int tableCount)
    {
        int entrySelector = (int)Math.Log2(Math.Max(tableCount, 1));
        int searchRange = (1 << entrySelector) * TableRecordLength;
        BinaryPrimitives.WriteUInt32BigEndian(output, sfntVersion);
        BinaryPrimitives.WriteUInt16BigEndian(output[4..], (ushort)tableCount);
        BinaryPrimitives.WriteUInt16BigEndian(output[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(output[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(output[10..], (ushort)(tableCount * TableRecordLength - searchRange));
    }

    private static int OffsetTableOf(byte[] data, int faceIndex)
    {
        if (!IsCollection(data))
        {
            return 0;
        }

        int entry = 12 + 4 * faceIndex;
        Require(entry + 4 <= data.Length, "the collection's face offsets are truncated");
        return checked((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(entry, 4)));
    }

    private static Dictionary<string, TableRecord> ReadTableDirectory(byte[] data, int offsetTable)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offsetTable + 4, 2));
        Require(offsetTable + OffsetTableLength + count * TableRecordLength <= data.Length, "the table directory is truncated");
        var tables = new Dictionary<string, TableRecord>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var record = ReadTableRecord(data, offsetTable + OffsetTableLength + i * TableRecordLength);
            tables[record.Tag] = record;
        }

        return tables;
    }

    private static TableRecord ReadTableRecord(byte[] data, int at)
    {
        var span = data.AsSpan(at, TableRecordLength);
        string tag = Encoding.ASCII.GetString(span[..4]);
        long offset = BinaryPrimitives.ReadUInt32BigEndian(span.Slice(8, 4));
        long length = BinaryPrimitives.ReadUInt32BigEndian(span.Slice(12, 4));
        Require(offset + length <= data.Length, $"table '{tag}' lies outside the file");
        return new TableRecord(tag, (int)offset, (int)length);
    }

    private static bool IsKnownSfntVersion(uint version) =>
        version is 0x00010000 or CffSfntVersion or 0x74727565; // 'true' (old Apple TrueType)

    /// <summary>The OpenType table checksum: the sum of big-endian uint32 words, zero-padded.</summary>
    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        int whole = bytes.Length & ~3;
        for (int i = 0; i < whole; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(i, 4)));
        }

        Span<byte> tail = stackalloc byte[4];
        tail.Clear();
        bytes[whole..].CopyTo(tail);
        return unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(tail));
    }

    private static int Align4(int length) => (length + 3) & ~3;

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"Not a valid TrueType/OpenType font: {problem}.");
        }
    }

    private readonly record struct TableRecord(string Tag, int Offset, int Length);
}
