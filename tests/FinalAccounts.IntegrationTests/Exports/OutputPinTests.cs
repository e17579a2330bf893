using System.Net;
using System.Security.Cryptography;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Exports;

/// <summary>
/// The bytes of the 硚口 2024 PDF and workbook, pinned: a restructuring of how tables are defined,
/// laid out or written must not change a single byte of what readers download. A deliberate change
/// of output updates the pin in the same commit, with the reason in its message.
/// </summary>
[Collection(ExportsCollection.Name)]
public sealed class OutputPinTests(PortalFactory portal)
{
    [Theory]
    [InlineData("pdf", "ffc4e9e6fed3b0b87e854a8f6044b02164709c161b44f87a1e77bcc602435e16")]
    [InlineData("xlsx", "c9c63977a0dda971ce3830bbe2a374fa8405e6fca68e298ee2a7c171ca4e13d1")]
    public async Task TheQiaokou2024DownloadKeepsItsBytes(string download, string sha256)
    {
        var response = await portal.CreateClient().GetAsync($"{ExportSeeds.Qiaokou}/v1/{download}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(bytes)).Should().Be(sha256, $"the {download} of 硚口 2024 is pinned");
    }
}
