using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using FinalAccounts.Web.Rendering;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>A gzip answer spliced from a page's two ends and an article compressed apart reads as the three in order.</summary>
public sealed class SplicedGzipTests
{
    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(12, 300_000, 7)]
    [InlineData(5_000, 70_000, 0)]
    [InlineData(0, 40_000, 90_000)]
    public void ASplicedAnswerReadsAsTheThreePartsInOrder(int before, int article, int after)
    {
        var (head, body, tail) = (Text(before, 1), Text(article, 2), Text(after, 3));

        var answer = SplicedGzip.Splice(head, SplicedGzip.Member(body), tail);

        Gunzip(answer).Should().Equal([.. head, .. body, .. tail]);
    }

    [Fact]
    public void AMemberIsAGzipFileOfItsBytesOnItsOwn()
    {
        var article = Text(50_000, 4);

        var member = SplicedGzip.Member(article);

        Gunzip(member).Should().Equal(article);
        SplicedGzip.IsMember(member).Should().BeTrue();
        member.Length.Should().BeLessThan(article.Length / 3, "it is compressed");
    }

    [Fact]
    public void AReaderChecksTheTrailerSoTheCombinedCrcIsProvedByReading()
    {
        var answer = SplicedGzip.Splice("<p>"u8, SplicedGzip.Member(Text(20_000, 5)), "</p>"u8);
        answer[^8] ^= 1;

        FluentActions.Invoking(() => Gunzip(answer)).Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void TheCombinedCrcIsTheCrcOfBothInOrder()
    {
        var random = new Random(6);
        foreach (var (first, second) in new[] { (0, 0), (1, 0), (0, 1), (3, 1_000), (65_536, 17), (100_003, 250_000) })
        {
            var a = new byte[first];
            var b = new byte[second];
            random.NextBytes(a);
            random.NextBytes(b);
            SplicedGzip.Crc32Combine(Crc32.HashToUInt32(a), Crc32.HashToUInt32(b), (uint)b.Length)
                .Should().Be(Crc32.HashToUInt32([.. a, .. b]), $"{first} then {second} bytes");
        }
    }

    [Fact]
    public void AnOrdinaryGzipFileOrHtmlIsNotAMember()
    {
        using var ordinary = new MemoryStream();
        using (var gzip = new GZipStream(ordinary, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Text(10_000, 7));
        }

        SplicedGzip.IsMember(ordinary.ToArray()).Should().BeFalse();
        SplicedGzip.IsMember(Text(10_000, 8)).Should().BeFalse();
        FluentActions.Invoking(() => SplicedGzip.Splice([], ordinary.ToArray(), [])).Should().Throw<ArgumentException>();
    }

    /// <summary>HTML-like UTF-8 of about the length, Chinese included, different for each seed.</summary>
    private static byte[] Text(int length, int seed)
    {
        var random = new Random(seed);
        var text = new List<byte>(length + 100);
        while (text.Count < length)
        {
            text.AddRange(Encoding.UTF8.GetBytes($"<tr><td>2040601</td><td>行政运行</td><td class=\"amount\">{random.Next(0, 100_000):N2}</td></tr>\n"));
        }
        return [.. text.Take(length)];
    }

    /// <summary>The bytes a gzip answer or file holds, its CRC and length checked.</summary>
    internal static byte[] Gunzip(byte[] gzip)
    {
        using var reader = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        using var read = new MemoryStream();
        reader.CopyTo(read);
        return read.ToArray();
    }
}
