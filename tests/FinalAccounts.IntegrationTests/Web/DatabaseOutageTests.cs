using System.Net;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// While the database is down, pages and the API answer at once with 503 and a Chinese message,
/// never a stack trace; once it is back, the same portal answers again without a restart.
/// </summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task AnOutageIsAnswered503InChineseAndThePortalRecoversWithoutARestart()
    {
        await using var database = await TestDatabase.CreateAsync("outage");
        await using var portal = new BarePortal(database.ConnectionString);
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // Each address is new, so no cached answer hides the database.
        var asked = 0;
        string Search() => $"/search?q=%E5%8F%B8%E6%B3%95{++asked}";
        string Api() => $"/api/v1/anomalies?region=420100&year=2024&threshold={++asked}";

        (await client.GetAsync(Search())).StatusCode.Should().Be(HttpStatusCode.OK);

        await database.SetReachableAsync(false);
        try
        {
            var page = await client.GetAsync(Search());
            page.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            page.Headers.RetryAfter.Should().NotBeNull();
            page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
            var html = await page.Content.ReadAsStringAsync();
            html.Should().Contain("数据库暂时无法应答，请稍后再试。").And.Contain("lang=\"zh-CN\"");
            html.Should().NotContainAny("Npgsql", "Exception", "   at ");

            var api = await client.GetAsync(Api());
            api.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var problem = await api.Content.ReadAsStringAsync();
            problem.Should().Contain("数据库暂时无法应答").And.NotContain("Npgsql");

            (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            await database.SetReachableAsync(true);
        }

        (await client.GetAsync(Search())).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync(Api())).StatusCode.Should().Be(HttpStatusCode.NotFound, "the region is unknown to an empty database, which answers again");
    }
}
