using System.Net;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.IntegrationTests.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// A replica that does not answer does not take the public pages down (ADR 0023): the read that finds it
/// down is read again from the primary, and the following ones go there until the replica's rest is over.
/// The "replica" is an address where no server listens, as a stopped standby is.
/// </summary>
public sealed class ReplicaDownTests(ReplicaDownTests.Portal portal) : IClassFixture<ReplicaDownTests.Portal>
{
    public sealed class Portal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var dead = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Host = "127.0.0.1", Port = 1 };
            builder.UseSetting($"ConnectionStrings:{DatabaseRoutes.ReplicaConnectionStringName}", dead.ConnectionString);
        }
    }

    [Fact]
    public async Task PublicReadsAreAnsweredFromThePrimaryWhenTheReplicaIsDown()
    {
        var routes = portal.Services.GetRequiredService<DatabaseRoutes>();
        routes.ReplicaInUse.Should().BeTrue("the portal starts reading the replica it is configured with");
        var client = portal.CreateClient();

        using (var first = await client.GetAsync("/disclosures/420104-sfj/2024"))
        {
            first.StatusCode.Should().Be(HttpStatusCode.OK, "the read that found the replica down is done again on the primary, not answered 503");
            (await first.Content.ReadAsStringAsync()).Should().Contain("武汉市硚口区司法局");
        }
        routes.ReplicaInUse.Should().BeFalse("the replica is set aside for a while");

        foreach (var address in new[] { "/api/v1/disclosures/420104-sfj/2024/v1", "/search?q=%E5%8F%B8%E6%B3%95", "/departments/420104-sfj" })
        {
            (await client.GetAsync(address)).StatusCode.Should().Be(HttpStatusCode.OK, address);
        }
    }

    [Fact]
    public async Task StaffWorkIsUntouchedByTheReplica()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "replica-down-editor", FinalAccounts.Infrastructure.Staff.StaffRoles.Editor, "420104-sfj");
        var workspace = await editor.GetPageAsync("/staff/disclosures/420104-sfj/2024");
        workspace.QuerySelector("h1")!.TextContent.Should().Contain("2024年度");
    }
}
