using FinalAccounts.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// The output cache holds "PublicPages:CacheMegabytes" of public pages: ASP.NET Core's default of 100 MB
/// fills with a third of the generated province's drawn pages, after which it caches nothing new.
/// </summary>
public sealed class PublicPageCacheSizeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ThePortalCachesPagesInAStoreOfTheDefaultSize()
    {
        var client = portal.CreateClient();
        await client.GetAsync("/disclosures/420104-sfj/2024");
        using var again = await client.GetAsync("/disclosures/420104-sfj/2024");

        again.Headers.Age.Should().NotBeNull("the second request is answered from the output cache");
        portal.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit
            .Should().Be(PublicPageCache.DefaultMegabytes * 1024L * 1024L).And.BeGreaterThan(100 * 1024 * 1024);
    }

    [Fact]
    public async Task TheStoreSizeIsConfigurable()
    {
        await using var node = new BarePortal(portal.Database.ConnectionString,
            settings: new Dictionary<string, string> { [PublicPageCache.MegabytesKey] = "3" });

        node.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit.Should().Be(3 * 1024 * 1024);
    }
}
