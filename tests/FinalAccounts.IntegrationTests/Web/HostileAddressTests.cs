using System.Net;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>Addresses a careless or hostile visitor types get an answer, never a server error.</summary>
public sealed class HostileAddressTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/search?q=%00")]
    [InlineData("/search?q=%E5%8F%B8%00%E6%B3%95")]
    [InlineData("/search?q=%01%1F")]
    public async Task ControlCharactersInASearchAreReadAsSpaces(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ASearchOfOnlyANulAsksForAWord()
    {
        var html = await portal.CreateClient().GetStringAsync("/search?q=%00");

        html.Should().Contain("请输入要检索的词语。");
    }

    [Theory]
    [InlineData("/%09/example.com", "/")]
    [InlineData("/%0D%0A/x", "/")]
    [InlineData("//example.com", "/")]
    [InlineData("/disclosures/420104-sfj/2024", "/disclosures/420104-sfj/2024")]
    public async Task TheLanguageSwitchReturnsOnlyToAPlainLocalAddress(string returnUrl, string expected)
    {
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/language?culture=en&returnUrl={returnUrl}");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(expected);
    }
}
