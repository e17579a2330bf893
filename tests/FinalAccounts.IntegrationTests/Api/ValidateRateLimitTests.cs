using System.Net;
using System.Text;
using System.Text.Json;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.AspNetCore.Hosting;

namespace FinalAccounts.IntegrationTests.Api;

/// <summary>POST /api/v1/validate is rate-limited per client with the limits configured under OpenChecks.</summary>
public sealed class ValidateRateLimitTests(ValidateRateLimitTests.Portal portal) : IClassFixture<ValidateRateLimitTests.Portal>
{
    /// <summary>The portal allowing two checks a minute.</summary>
    public sealed class Portal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenChecks:PermitLimit", "2");
            builder.UseSetting("OpenChecks:WindowSeconds", "60");
        }
    }

    [Fact]
    public async Task TheThirdCheckInAMinuteIsA429InChineseWithRetryAfter()
    {
        var client = portal.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await client.PostAsync("/api/v1/validate", new StringContent("{", Encoding.UTF8, "application/json"));
            statuses.Add(last.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests);
        last.Headers.RetryAfter.Should().NotBeNull();
        last.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await last.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().Should().Be("请求过于频繁");
        problem.RootElement.GetProperty("detail").GetString().Should().Contain("最多校验 2 次");
        // Other endpoints are not limited.
        (await client.GetAsync("/api/v1/rules")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
