using System.Buffers.Binary;
using System.Text;

namespace FinalAccounts.Infrastructure.Pdf.Fonts;

/// <summary>
/// Reads the family name from an OpenType 'name' table. A font carries the name several times
/// (per platform and language; AR PL UMing also in Chinese); an English Windows record is
/// preferred so that configuration errors and logs name the font the way fc-list does.
/// </summary>
internal static class NameTable
{
    private const int TypographicFamily = 16;
    private const int LegacyFamily = 1;
    private const int WindowsPlatform = 3;
    private const int UnicodePlatform = 0;
    private const int MacintoshPlatform = 1;
    private const int EnglishUnitedStates = 0x0409;

    /// <exception cref="InvalidDataException">The table holds no usable family name.</exception>
    public static string ReadFamilyName(ReadOnlySpan<byte> table)
    {
        if (table.Length < 6)
        {
            throw new InvalidDataException("The 'name' table is truncated.");
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        int storage = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        NameRecord? best = null;
        for (int i = 0; i < count && 6 + 12 * (i + 1) <= table.Length; i++)
        {
            var record = NameRecord.Read(table.Slice(6 + 12 * i, 12));
            if (record.Score > 0 && (best is null || record.Score > best.Value.Score))
            {
                best = record;
            }
        }

        return best is { } chosen && Decode(table, storage, chosen) is { Length: > 0 } name
            ? name
            : throw new InvalidDataException("The 'name' table has no family name.");
    }

    private static string? Decode(ReadOnlySpan<byte> table, int storage, NameRecord record)
    {
        int start = storage + record.Offset;
        if (start + record.Length > table.Length)
        {
            return null;
        }

        var bytes = table.Slice(start, record.Length);
        // Macintosh Roman names in practice hold ASCII; Latin-1 decodes that exactly.
        return record.Platform == MacintoshPlatform ? Encoding.Latin1.GetString(bytes) : Encoding.BigEndianUnicode.GetString(bytes);
    }

    private readonly record struct NameRecord(int Platform, int EncodingId, int Language, int NameId, int Length, int Offset)
    {
        public static NameRecord Read(ReadOnlySpan<byte> r) => new(
            BinaryPrimitives.ReadUInt16BigEndian(r),
            BinaryPrimitives.ReadUInt16BigEndian(r[2..]),
            BinaryPrimitives.ReadUInt16BigEndian(r[4..]),
            BinaryPrimitives.ReadUInt16BigEndian(r[6..]),
            BinaryPrimitives.ReadUInt16BigEndian(r[8..]),
            BinaryPrimitives.ReadUInt16BigEndian(r[10..]));

        /// <summary>0 for records that are not a readable family name; higher is better.</summary>
        /// <remarks>Language and platform weigh more than typographic (16) versus legacy (1) family.</remarks>
        public int Score => NameId is TypographicFamily or LegacyFamily && PlatformScore > 0
            ? PlatformScore * 2 + (NameId == TypographicFamily ? 1 : 0)
            : 0;

        private int PlatformScore => Platform switch
        {
            WindowsPlatform when EncodingId is 1 or 10 && Language == EnglishUnitedStates => 4,
            WindowsPlatform when EncodingId is 1 or 10 => 3,
            UnicodePlatform => 2,
            MacintoshPlatform when EncodingId == 0 && Language == 0 => 1,
            _ => 0,
        };
    }
}
