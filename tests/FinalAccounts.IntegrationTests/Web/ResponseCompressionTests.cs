using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>Public answers travel compressed (Brotli or gzip, as the client accepts); staff pages do not.</summary>
public sealed class ResponseCompressionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Qiaokou = "/disclosures/420104-sfj/2024";

    [Fact]
    public async Task TheQiaokouPageIsUnder60KilobytesInBrotliAndReadsTheSameUncompressed()
    {
        var client = portal.CreateClient();
        var plain = await client.GetStringAsync(Qiaokou);

        using var request = new HttpRequestMessage(HttpMethod.Get, Qiaokou);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await client.SendAsync(request);
        response.Content.Headers.ContentEncoding.Should().Equal("br");
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        var wire = await response.Content.ReadAsByteArrayAsync();

        wire.Length.Should().BeLessThan(60 * 1024, $"the page is {Encoding.UTF8.GetByteCount(plain)} bytes uncompressed");
        await using var brotli = new BrotliStream(new MemoryStream(wire), CompressionMode.Decompress);
        (await new StreamReader(brotli, Encoding.UTF8).ReadToEndAsync()).Should().Be(plain);
    }

    /// <summary>
    /// A browser takes gzip too, and gets the page spliced around the article as it was compressed at its publication
    /// (ADR 0031): the same page, smaller than the Brotli a first request could afford, in either interface language.
    /// </summary>
    [Theory]
    [InlineData(Qiaokou)]
    [InlineData(Qiaokou + "/v1?culture=en")]
    public async Task ABrowserGetsThePageSplicedFromItsKeptCompressedArticleReadingTheSame(string address)
    {
        var client = portal.CreateClient();
        var plain = await client.GetStringAsync(address);

        var (encoding, wire, vary) = await GetAsync(client, address, "gzip, deflate, br, zstd");
        var (brotliEncoding, brotli, brotliVary) = await GetAsync(client, address, "gzip;q=0, br");

        encoding.Should().Equal("gzip");
        vary.Should().Contain("Accept-Encoding");
        brotliVary.Should().Contain("Accept-Encoding");
        await using var gzip = new GZipStream(new MemoryStream(wire), CompressionMode.Decompress);
        (await new StreamReader(gzip, Encoding.UTF8).ReadToEndAsync()).Should().Be(plain);
        var cached = await GetAsync(client, address, "gzip, deflate, br, zstd");
        cached.Body.Should().Equal(wire, "the output cache keeps the spliced answer as sent");
        cached.Vary.Should().Contain("Accept-Encoding");
        brotliEncoding.Should().Equal(["br"], "a client that refuses gzip gets Brotli as before");
        wire.Length.Should().BeLessThan(brotli.Length).And.BeLessThan(60 * 1024);
    }

    /// <summary>A successful answer to a request with that Accept-Encoding (none when null): its encodings, bytes and Vary.</summary>
    private static async Task<(string[] Encoding, byte[] Body, string[] Vary)> GetAsync(HttpClient client, string address, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (response.Content.Headers.ContentEncoding.ToArray(), await response.Content.ReadAsByteArrayAsync(), response.Headers.Vary.ToArray());
    }

    /// <summary>
    /// The cached page is kept compressed, once per encoding: whichever client asked first, each later one
    /// gets the bytes it can read.
    /// </summary>
    [Fact]
    public async Task TheCachedPageIsKeptPerEncodingSoEachClientReadsItsOwn()
    {
        var client = portal.CreateClient();
        var address = "/departments/420104-sfj";

        var brotli = await GetAsync(client, address, "br");
        var plain = await GetAsync(client, address, null);
        var gzip = await GetAsync(client, address, "gzip");
        var brotliAgain = await GetAsync(client, address, "br");

        brotli.Encoding.Should().Equal("br");
        plain.Encoding.Should().BeEmpty("a client that takes no compression is not given the cached Brotli bytes");
        gzip.Encoding.Should().Equal("gzip");
        brotliAgain.Body.Should().Equal(brotli.Body, "the Brotli entry is served from the cache as it was kept");
        var html = Encoding.UTF8.GetString(plain.Body);
        html.Should().Contain("硚口");
        await using var unpacked = new BrotliStream(new MemoryStream(brotli.Body), CompressionMode.Decompress);
        (await new StreamReader(unpacked, Encoding.UTF8).ReadToEndAsync()).Should().Be(html);
    }

    [Theory]
    [InlineData("/api/v1/disclosures/420104-sfj/2024")]
    [InlineData("/disclosures/420104-sfj/2024/v1/csv/03")]
    public async Task JsonAndCsvAreGzippedForAClientThatOnlyTakesGzip(string address)
    {
        var client = portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request);

        response.IsSuccessStatusCode.Should().BeTrue(address);
        response.Content.Headers.ContentEncoding.Should().Equal("gzip");
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        (await new StreamReader(gzip).ReadToEndAsync()).Should().NotBeEmpty();
    }

    /// <summary>
    /// The page links its stylesheet by a fingerprinted address, compressed at build time: the Brotli
    /// bytes decompress to the stylesheet, and the address is cached for good since its content never changes.
    /// </summary>
    [Fact]
    public async Task TheStylesheetIsFingerprintedPrecompressedAndCachedForGood()
    {
        var client = portal.CreateClient();
        var page = await client.GetStringAsync(Qiaokou);
        var href = System.Text.RegularExpressions.Regex.Match(page, "href=\"(/css/site\\.[a-z0-9]+\\.css)\"").Groups[1].Value;
        href.Should().NotBeEmpty("the page links site.css by its fingerprinted address");
        var plain = await client.GetByteArrayAsync("/css/site.css");

        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await client.SendAsync(request);
        response.Content.Headers.ContentEncoding.Should().Equal("br");
        response.Headers.CacheControl!.MaxAge.Should().BeGreaterThanOrEqualTo(TimeSpan.FromDays(365));
        response.Headers.CacheControl.Extensions.Select(e => e.Name).Should().Contain("immutable");
        var wire = await response.Content.ReadAsByteArrayAsync();
        wire.Length.Should().BeLessThan(plain.Length / 2);
        await using var brotli = new BrotliStream(new MemoryStream(wire), CompressionMode.Decompress);
        var unpacked = new MemoryStream();
        await brotli.CopyToAsync(unpacked);
        unpacked.ToArray().Should().Equal(plain);

        using var unversioned = await client.GetAsync("/css/site.css");
        unversioned.Headers.CacheControl!.NoCache.Should().BeTrue("an address without the fingerprint may change with the next release");
        unversioned.Headers.ETag.Should().NotBeNull();
    }

    [Fact]
    public async Task AStaffPageIsNotCompressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/staff/login");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await portal.CreateClient().SendAsync(request);

        response.IsSuccessStatusCode.Should().BeTrue();
        response.Content.Headers.ContentEncoding.Should().BeEmpty("a page with an antiforgery token is not compressed (BREACH)");
    }
}
