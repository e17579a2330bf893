using System.Net;
using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// Two portal nodes on one database, as behind a load balancer: the Data Protection keys are in the
/// database, so a sign-in on one node holds on the other and a form one node served is accepted by the other;
/// a change on one node drops the cached public pages of the other.
/// </summary>
public sealed class TwoNodesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ASignInOnOneNodeHoldsOnTheOtherAndItsFormsAreAcceptedThere()
    {
        portal.CreateClient();
        await using var second = new BarePortal(portal.Database.ConnectionString);
        var cookies = new CookieContainer();
        var first = new StaffBrowser(portal.CreateDefaultClient(new CookieContainerHandler(cookies)));
        var other = new StaffBrowser(second.CreateDefaultClient(new CookieContainerHandler(cookies)));
        var password = await StaffBrowser.CreateUserAsync(portal, "two-nodes", "Editor", "420104-sfj");

        // The login form comes from the first node, its post goes to the second.
        var login = await first.GetPageAsync("/staff/login");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)login.QuerySelector("form")!;
        var signedIn = await other.SubmitAsync("/staff/login", form, new() { ["UserName"] = "two-nodes", ["Password"] = password });
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "the second node accepts the first node's antiforgery token");

        var staffHome = await first.Client.GetAsync("/staff");
        staffHome.StatusCode.Should().Be(HttpStatusCode.OK, "the first node reads the cookie the second node wrote");
        (await portal.Database.CountAsync("data_protection_keys")).Should().BeGreaterThan(0, "the key ring is in the database");
    }

    [Fact]
    public async Task APublicChangeOnOneNodeIsServedAtOnceByTheOtherWhoseCacheHeldTheOldPage()
    {
        portal.CreateClient();
        await using var second = new BarePortal(portal.Database.ConnectionString);
        var other = second.CreateClient();
        await WaitUntilBothNodesListenAsync();
        const string Page = "/regions/420104";
        (await other.GetStringAsync(Page)).Should().Contain("硚口区").And.NotContain("硚口区（两节点）");

        using (var scope = portal.Services.CreateScope())
        {
            var renamed = await scope.ServiceProvider.GetRequiredService<RegionAdministration>()
                .RenameAsync("420104", "硚口区（两节点）", null, new StaffActor("two-nodes-admin", "两节点管理员"));
            renamed.Succeeded.Should().BeTrue(renamed.Message);
        }

        // The second node cached the old page for ten minutes; told through PostgreSQL, it drops it.
        var page = "";
        for (var tries = 0; tries < 50 && !page.Contains("硚口区（两节点）", StringComparison.Ordinal); tries++)
        {
            await Task.Delay(100);
            page = await other.GetStringAsync(Page);
        }
        page.Should().Contain("硚口区（两节点）", "the second node serves the change within five seconds");
    }

    private async Task WaitUntilBothNodesListenAsync()
    {
        await using var connection = new NpgsqlConnection(portal.Database.ConnectionString);
        await connection.OpenAsync();
        for (var tries = 0; tries < 100; tries++)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'", connection);
            if ((long)(await command.ExecuteScalarAsync())! >= 2)
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The two nodes did not both listen for publications within ten seconds.");
    }
}
