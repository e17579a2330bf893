using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace FinalAccounts.Web.Rendering;

/// <summary>
/// A gzip answer put together from parts compressed apart: a page whose article was compressed once, at its
/// publication, and whose few kilobytes around it are compressed for each first request (ADR 0031). Deflate
/// allows it where Brotli does not: each part is compressed on its own, so its blocks refer only to its own
/// bytes, and a sync flush ends it on a byte boundary; the gzip trailer's CRC-32 is combined from the parts'.
/// </summary>
public static class SplicedGzip
{
    private static readonly byte[] Header = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];

    /// <summary>A sync flush ends with an empty stored block: its length and the length's complement.</summary>
    private static readonly byte[] SyncFlushEnd = [0, 0, 0xff, 0xff];

    /// <summary>An empty final block (fixed codes), which closes a member after a sync flush.</summary>
    private static readonly byte[] EmptyFinalBlock = [3, 0];

    private const int TrailerLength = 8;

    /// <summary>
    /// A whole gzip file of the bytes (any reader opens it) whose deflate blocks end at a sync flush followed by an
    /// empty final block, so that <see cref="Splice"/> can take its blocks as they are.
    /// </summary>
    public static byte[] Member(ReadOnlySpan<byte> data)
    {
        using var member = new MemoryStream();
        member.Write(Header);
        member.Write(FlushedBlocks(data, CompressionLevel.SmallestSize));
        member.Write(EmptyFinalBlock);
        Span<byte> trailer = stackalloc byte[TrailerLength];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, Crc32.HashToUInt32(data));
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], (uint)data.Length);
        member.Write(trailer);
        return member.ToArray();
    }

    /// <summary>Whether the bytes are a member as <see cref="Member"/> writes it (a rendition kept before, or damaged, is not).</summary>
    public static bool IsMember(ReadOnlySpan<byte> member) =>
        member.Length >= Header.Length + SyncFlushEnd.Length + EmptyFinalBlock.Length + TrailerLength
        && member[..Header.Length].SequenceEqual(Header)
        && member[..^TrailerLength].EndsWith([.. SyncFlushEnd, .. EmptyFinalBlock]);

    /// <summary>One gzip answer of <paramref name="before"/>, the member's bytes, and <paramref name="after"/>.</summary>
    public static byte[] Splice(ReadOnlySpan<byte> before, ReadOnlySpan<byte> member, ReadOnlySpan<byte> after)
    {
        if (!IsMember(member))
        {
            throw new ArgumentException("Not a member written by SplicedGzip.Member.", nameof(member));
        }
        var memberCrc = BinaryPrimitives.ReadUInt32LittleEndian(member[^TrailerLength..]);
        var memberLength = BinaryPrimitives.ReadUInt32LittleEndian(member[^4..]);
        using var answer = new MemoryStream(member.Length + before.Length / 4 + after.Length / 4 + 64);
        answer.Write(Header);
        answer.Write(FlushedBlocks(before, CompressionLevel.Fastest));
        answer.Write(member[Header.Length..^(EmptyFinalBlock.Length + TrailerLength)]);
        answer.Write(FinalBlocks(after));
        var crc = Crc32Combine(Crc32Combine(Crc32.HashToUInt32(before), memberCrc, memberLength), Crc32.HashToUInt32(after), (uint)after.Length);
        Span<byte> trailer = stackalloc byte[TrailerLength];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], unchecked((uint)before.Length + memberLength + (uint)after.Length));
        answer.Write(trailer);
        return answer.ToArray();
    }

    /// <summary>Raw deflate blocks of the bytes, not final, ending at a sync flush.</summary>
    private static byte[] FlushedBlocks(ReadOnlySpan<byte> data, CompressionLevel level)
    {
        if (data.IsEmpty)
        {
            return [0, .. SyncFlushEnd]; // an empty stored block, as a sync flush of nothing
        }
        using var blocks = new MemoryStream();
        using var deflate = new DeflateStream(blocks, level, leaveOpen: true);
        deflate.Write(data);
        deflate.Flush();
        var flushed = blocks.ToArray();
        // What follows relies on it: DeflateStream.Flush is a sync flush.
        return flushed.AsSpan().EndsWith(SyncFlushEnd)
            ? flushed
            : throw new InvalidOperationException("DeflateStream.Flush did not end with a sync flush.");
    }

    /// <summary>Raw deflate blocks of the bytes, the last one final.</summary>
    private static byte[] FinalBlocks(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return EmptyFinalBlock;
        }
        using var blocks = new MemoryStream();
        using (var deflate = new DeflateStream(blocks, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(data);
        }
        return blocks.ToArray();
    }

    private const uint Polynomial = 0xedb88320;

    /// <summary>
    /// The CRC-32 of A followed by B from the CRC-32s of A and B and the length of B: A's CRC times x to the
    /// power of B's length in bits, modulo the CRC's polynomial (as zlib's crc32_combine), plus B's.
    /// </summary>
    internal static uint Crc32Combine(uint first, uint second, uint secondLength) =>
        MultiplyModulo(XToThePowerOfTwoToThe(secondLength, 3), first) ^ second;

    /// <summary>x^(n·2^k) modulo the polynomial.</summary>
    private static uint XToThePowerOfTwoToThe(uint n, int k)
    {
        var product = 1u << 31; // x^0
        for (; n != 0; n >>= 1, k++)
        {
            if ((n & 1) != 0)
            {
                product = MultiplyModulo(PowersOfX[k & 31], product);
            }
        }
        return product;
    }

    /// <summary>x^(2^k) modulo the polynomial, for k from 0 to 31.</summary>
    private static readonly uint[] PowersOfX = BuildPowersOfX();

    private static uint[] BuildPowersOfX()
    {
        var powers = new uint[32];
        var power = 1u << 30; // x^1
        for (var k = 0; k < powers.Length; k++)
        {
            powers[k] = power;
            power = MultiplyModulo(power, power);
        }
        return powers;
    }

    /// <summary>a·b modulo the polynomial, in the CRC's reflected bit order.</summary>
    private static uint MultiplyModulo(uint a, uint b)
    {
        var product = 0u;
        for (var bit = 1u << 31; bit != 0; bit >>= 1)
        {
            if ((a & bit) != 0)
            {
                product ^= b;
            }
            b = (b & 1) != 0 ? (b >> 1) ^ Polynomial : b >> 1;
        }
        return product;
    }
}
