using System.Net;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.IntegrationTests.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// Public reads go to the replica when one is configured (ADR 0023); staff and every write stay on the
/// primary. The "replica" here is the portal's own database through read-only sessions under an
/// application name of their own, as a standby refuses writes: every public page, download and API answer
/// must work through it — including the first request of a version, which keeps its renditions and PDF
/// on the primary — and the sessions show which reads went where. scripts/cluster-check.sh repeats the
/// eviction check with a real streaming replica.
/// </summary>
public sealed class ReplicaReadsTests(ReplicaReadsTests.Portal portal) : IClassFixture<ReplicaReadsTests.Portal>
{
    public const string ReplicaApplication = "fa-replica-test";

    public sealed class Portal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var replica = new NpgsqlConnectionStringBuilder(Database.ConnectionString)
            {
                ApplicationName = ReplicaApplication,
                Options = "-c default_transaction_read_only=on",
                // Pooled, so that the sessions the public's reads opened are still there to be counted.
                Pooling = true,
            };
            builder.UseSetting($"ConnectionStrings:{DatabaseRoutes.ReplicaConnectionStringName}", replica.ConnectionString);
            // Nothing kept at start-up: the public's first requests keep the renditions and PDFs, on the primary.
            builder.UseSetting("Database:RenditionsKeptAtStartup", "0");
            builder.UseSetting("Database:PdfsRenderedAtStartup", "0");
        }
    }

    private static readonly string[] PublicAddresses =
    [
        "/", "/regions/420100", "/departments/420104-sfj", "/disclosures/420104-sfj/2024", "/disclosures/420111-sfj/2021/v1",
        "/disclosures/420104-sfj/2024/v1/xlsx", "/disclosures/420104-sfj/2024/v1/csv/05", "/disclosures/420104-sfj/2024/v1/pdf",
        "/api/v1/disclosures/420104-sfj/2024/v1", "/api/v1/disclosures/420104-sfj/2024/v1/tables/01", "/search?q=%E5%8F%B8%E6%B3%95",
        "/compare/years?department=420114-sfj&years=2020,2023", "/compare/departments?year=2024&region=420100",
    ];

    [Fact]
    public async Task EveryPublicReadWorksThroughAReadOnlyReplicaAndWritesWhatItKeepsOnThePrimary()
    {
        var client = portal.CreateClient();
        await using (var db = portal.Database.CreateContext())
        {
            (await db.PublishedFiles.CountAsync(f => f.VersionId == HongshanVersion(db))).Should().Be(0);
            (await db.PublishedPdfs.CountAsync()).Should().Be(0);
        }

        foreach (var address in PublicAddresses)
        {
            var response = await client.GetAsync(address);
            response.StatusCode.Should().Be(HttpStatusCode.OK, "GET {0} reads through the replica", address);
        }

        await using (var scope = portal.Services.CreateAsyncScope())
        await using (var db = portal.Database.CreateContext())
        {
            (await db.PublishedFiles.CountAsync(f => f.VersionId == HongshanVersion(db)))
                .Should().Be(scope.ServiceProvider.GetServices<IRendition>().Count(), "洪山 2021 kept every rendition");
            (await db.PublishedPdfs.CountAsync()).Should().Be(1, "硚口 2024's PDF was stored at its first download");
        }
        (await ReplicaSessionsAsync()).Should().BePositive("the public's reads went to the replica");
    }

    [Fact]
    public async Task StaffReadFromThePrimary()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "replica-editor", global::FinalAccounts.Infrastructure.Staff.StaffRoles.Editor, "420104-sfj");
        // No replica session left from another test: the pools closed, and their backends gone.
        NpgsqlConnection.ClearAllPools();
        for (var tries = 0; tries < 40 && await ReplicaSessionsAsync() > 0; tries++)
        {
            await Task.Delay(50);
        }

        (await editor.Client.GetAsync("/disclosures/420104-sfj/2024")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await editor.Client.GetAsync("/staff")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await ReplicaSessionsAsync()).Should().Be(0, "a signed-in user never reads from a replica");
    }

    private static long HongshanVersion(FinalAccounts.Infrastructure.Persistence.FinalAccountsDbContext db) =>
        db.DisclosureVersions.Single(v => v.Title == "武汉市洪山区司法局2021年度部门决算").Id;

    private async Task<long> ReplicaSessionsAsync()
    {
        await using var connection = new NpgsqlConnection(portal.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name", connection);
        command.Parameters.AddWithValue("name", ReplicaApplication);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
