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
/// a change on one node drops the cached public pages of the other: a publication only those about its
/// department, regions and year and those across departments, an administrator's change all of them (ADR 0019, 0029).
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
        var (second, other) = await SecondNodeListeningAsync();
        await using var _ = second;
        const string Page = "/regions/420104";
        (await other.GetStringAsync(Page)).Should().Contain("硚口区").And.NotContain("硚口区（两节点）");

        using (var scope = portal.Services.CreateScope())
        {
            var renamed = await scope.ServiceProvider.GetRequiredService<RegionAdministration>()
                .RenameAsync("420104", "硚口区（两节点）", null, new StaffActor("two-nodes-admin", "两节点管理员"));
            renamed.Succeeded.Should().BeTrue(renamed.Message);
        }

        // The second node cached the old page for ten minutes; told through PostgreSQL, it drops it.
        (await EventuallyAsync(other, Page, "硚口区（两节点）")).Should().Contain("硚口区（两节点）",
            "the second node serves the change within five seconds");
    }

    [Fact]
    public async Task APublicationDropsThePagesOfItsDepartmentAndRegionsOnEveryNodeAndKeepsTheOthers()
    {
        const string Published = "420104-sfj", Marker = "（两节点更名）";
        const string PublishedPage = "/disclosures/420104-sfj/2024", OwnRegionPage = "/regions/420104", CityPage = "/regions/420100";
        const string OtherDepartmentPage = "/departments/420114-sfj", OtherRegionPage = "/regions/420114";
        // Search pages name each department and region as they are now: 2024's lists 硚口区司法局, 2023's 蔡甸区司法局.
        const string SameYearSearch = "/search?q=%E5%8F%B8%E6%B3%95&year=2024", OtherYearSearch = "/search?q=%E5%8F%B8%E6%B3%95&year=2023";
        await StaffBrowser.CreateUserAsync(portal, "scope-reviewer", StaffRoles.Reviewer, Published);
        var (_, key) = await StaffActors.EditedCorrectionAsync(portal, "scope-editor", Published, 2024, StaffActors.FixQiaokou2024);
        var first = portal.CreateClient();
        var (second, other) = await SecondNodeListeningAsync();
        await using var _ = second;
        string[] pages = [PublishedPage, OwnRegionPage, CityPage, OtherDepartmentPage, OtherRegionPage, SameYearSearch, OtherYearSearch];
        foreach (var node in new[] { first, other })
        {
            foreach (var page in pages)
            {
                (await node.GetStringAsync(page)).Should().NotContain(Marker).And.NotContain("第 2 版");
            }
        }

        // Renamed behind the portal's back, with no notice: only a page rendered again shows the new names. 硚口区 is
        // the published department's region, named on its own page and listed on the city's; 蔡甸区's page lists 蔡甸区司法局.
        await RenameBehindThePortalsBackAsync($"UPDATE regions SET name = name || '{Marker}' WHERE code = '420104'");
        await RenameBehindThePortalsBackAsync($"UPDATE departments SET name = name || '{Marker}' WHERE code = '420114-sfj'");
        await StaffActors.SubmitAndPublishAsync(portal, key, "scope-editor", "scope-reviewer");

        (await EventuallyAsync(other, PublishedPage, "第 2 版")).Should().Contain("第 2 版",
            "the second node drops the published department's pages within five seconds");
        foreach (var node in new[] { first, other })
        {
            (await node.GetStringAsync(PublishedPage)).Should().Contain("第 2 版");
            (await node.GetStringAsync(OwnRegionPage)).Should().Contain(Marker, "the department's region is dropped");
            (await node.GetStringAsync(CityPage)).Should().Contain(Marker, "the region above the department's is dropped");
            (await node.GetStringAsync(OtherRegionPage)).Should().NotContain(Marker, "another district's page stays cached");
            (await node.GetStringAsync(OtherDepartmentPage)).Should().NotContain(Marker, "another department's page stays cached");
            (await EventuallyAsync(node, SameYearSearch, Marker)).Should().Contain(Marker, "a search within the published year is dropped");
            (await node.GetStringAsync(OtherYearSearch)).Should().Contain("/disclosures/420114-sfj/2023").And.NotContain(Marker,
                "a search within another year stays cached");
        }

        // An administrator's change may show anywhere: every page is dropped on both nodes.
        using (var scope = portal.Services.CreateScope())
        {
            var renamed = await scope.ServiceProvider.GetRequiredService<RegionAdministration>()
                .RenameAsync("420111", "洪山区（两节点）", null, new StaffActor("two-nodes-admin", "两节点管理员"));
            renamed.Succeeded.Should().BeTrue(renamed.Message);
        }
        (await EventuallyAsync(other, OtherDepartmentPage, Marker)).Should().Contain(Marker,
            "the second node drops every page at an administrator's change");
        (await first.GetStringAsync(OtherRegionPage)).Should().Contain(Marker);
        (await first.GetStringAsync(OtherYearSearch)).Should().Contain(Marker, "the other year's search shows the renamed department now");
    }

    private async Task RenameBehindThePortalsBackAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(portal.Database.ConnectionString);
        await connection.OpenAsync();
        await using var rename = new NpgsqlCommand(sql, connection);
        (await rename.ExecuteNonQueryAsync()).Should().Be(1);
    }

    [Fact]
    public async Task ANodeThatLostItsListeningConnectionSaysDegradedUntilItListensAgain()
    {
        var (second, other) = await SecondNodeListeningAsync();
        await using var _ = second;

        await using (var connection = new NpgsqlConnection(portal.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var terminate = new NpgsqlCommand("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE datname = current_database() AND query LIKE 'LISTEN %'
                """, connection);
            ((long)(await terminate.ExecuteScalarAsync())!).Should().Be(2, "each node listens on a connection of its own");
        }

        (await HealthEventuallyAsync(other, "Degraded")).Should().Be("Degraded", "a lost word could leave a stale page cached");
        (await HealthEventuallyAsync(other, "Healthy")).Should().Be("Healthy", "the node listens again after its pause");
    }

    private static async Task<string> HealthEventuallyAsync(HttpClient client, string status)
    {
        var health = "";
        for (var tries = 0; tries < 100 && health != status; tries++)
        {
            health = await HealthAsync(client);
            await Task.Delay(100);
        }
        return health;
    }

    /// <summary>The page once it contains the text, or as it is after five seconds.</summary>
    private static async Task<string> EventuallyAsync(HttpClient client, string path, string text)
    {
        var page = "";
        for (var tries = 0; tries < 50 && !page.Contains(text, StringComparison.Ordinal); tries++)
        {
            page = await client.GetStringAsync(path);
            await Task.Delay(100);
        }
        return page;
    }

    /// <summary>
    /// A second node on the same database, once both nodes listen for each other's changes ("/health" says
    /// Healthy). A node drops everything it has cached when it starts listening, so pages are read only after that.
    /// </summary>
    private async Task<(BarePortal Node, HttpClient Client)> SecondNodeListeningAsync()
    {
        var first = portal.CreateClient();
        var second = new BarePortal(portal.Database.ConnectionString);
        var client = second.CreateClient();
        if (await HealthEventuallyAsync(first, "Healthy") == "Healthy" && await HealthEventuallyAsync(client, "Healthy") == "Healthy")
        {
            return (second, client);
        }
        await second.DisposeAsync();
        throw new TimeoutException("The two nodes did not both listen for publications within ten seconds.");
    }

    private static async Task<string> HealthAsync(HttpClient client) =>
        await (await client.GetAsync("/health")).Content.ReadAsStringAsync();
}
