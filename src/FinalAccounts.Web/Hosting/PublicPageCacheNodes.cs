using System.Globalization;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// Every node caches public pages in its own memory (<see cref="PublicPageCache"/>). The node where
/// what the public sees changes drops its own at once and says so on a PostgreSQL channel, naming what
/// changed (<see cref="Notice"/>); every node listens on a connection of its own and drops the same pages
/// when another node speaks — and all of its pages whenever it (re)connects, since it may have missed a word
/// while it could not listen (ADR 0019, 0029).
/// </summary>
public sealed class PublicPageCacheNodes(IOutputCacheStore store, DatabaseRoutes routes,
    ILogger<PublicPageCacheNodes> logger) : BackgroundService
{
    private const string Channel = "public_content_changed";

    /// <summary>How a notice names a change of anything (a department code has letters, digits and hyphens only).</summary>
    private const string Everything = "*";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>How long a node waits for its replica to replay a change before it drops its pages anyway.</summary>
    private static readonly TimeSpan ReplayWait = TimeSpan.FromSeconds(10);

    /// <summary>This node, as it signs what it says on the channel, so it does not act on its own word.</summary>
    private string Node { get; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Whether this node hears the other nodes' changes now: set once its LISTEN has returned and it has dropped
    /// what it cached before, cleared when its connection is lost. Until then a page another node's publication
    /// made stale could stay in this node's cache (<see cref="ListeningHealthCheck"/>).
    /// </summary>
    public bool IsListening => listening;

    private volatile bool listening;

    /// <summary>
    /// Tells the other nodes to drop the cached public pages a change makes stale, on the database's connection:
    /// inside a transaction PostgreSQL delivers it at the commit, otherwise at once.
    /// </summary>
    /// <param name="position">The primary's WAL position after the change ("0/1A2B3C4D").</param>
    public async Task TellOthersAsync(DatabaseFacade database, string position, PublicContentChange change,
        CancellationToken cancellationToken) =>
        await database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {Notice(Node, position, change)})", cancellationToken);

    /// <summary>
    /// What a node says on the channel: itself, where the primary's WAL stands, and what changed — "*" for
    /// anything, or the department, the year and the regions ("… 420222-sfj 2024 420222,420200,420000").
    /// </summary>
    internal static string Notice(string node, string position, PublicContentChange change) =>
        change is { DepartmentCode: { } departmentCode, Year: { } year }
            ? $"{node} {position} {departmentCode} {year.ToString(CultureInfo.InvariantCulture)} {string.Join(',', change.RegionCodes)}"
            : $"{node} {position} {Everything}";

    /// <summary>
    /// Reads a notice. One that names no department-year, or that cannot be read past the node and position
    /// (a node of an earlier release, a script), is a change of anything.
    /// </summary>
    internal static (string Node, string Position, PublicContentChange Change)? ReadNotice(string payload) =>
        payload.Split(' ') switch
        {
            [var node, var position, var departmentCode, var year, var regions]
                when node.Length > 0 && position.Length > 0 && departmentCode.Length > 0
                    && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var fiscalYear) =>
                (node, position, PublicContentChange.OfDepartmentYear(departmentCode, fiscalYear,
                    regions.Split(',', StringSplitOptions.RemoveEmptyEntries))),
            [var node, var position, ..] when node.Length > 0 && position.Length > 0 => (node, position, PublicContentChange.Everything),
            _ => null,
        };

    /// <summary>
    /// Drops the cached public pages the changes make stale on this node, once its replica (if the public reads
    /// one) has replayed them up to <paramref name="position"/>: dropped sooner, a page would be rendered again
    /// from a replica without the change and cached as it was (ADR 0023). After <see cref="ReplayWait"/> they are
    /// dropped anyway.
    /// </summary>
    public async Task EvictOnceReplayedAsync(string position, IReadOnlyCollection<PublicContentChange> changes,
        CancellationToken cancellationToken)
    {
        try
        {
            if (!await routes.ReplicaHasReplayedAsync(position, ReplayWait, cancellationToken))
            {
                logger.LogWarning("The replica has not replayed {Position} within {Wait}; dropping cached pages anyway", position, ReplayWait);
            }
        }
        catch (NpgsqlException e)
        {
            logger.LogWarning("The replica could not say how far it has replayed ({Reason}); dropping cached pages now", e.Message);
        }
        await PublicPageCache.EvictAsync(store, changes, cancellationToken);
    }

    /// <summary>
    /// The later of two WAL positions ("16/B374D848": two hexadecimal numbers); notices from several nodes
    /// need not arrive in the order of their commits. A position that cannot be read counts as the earlier.
    /// </summary>
    internal static string Later(string known, string position) =>
        WalOffset(position) > WalOffset(known) ? position : known;

    private static ulong WalOffset(string position) =>
        position.Split('/') is [var high, var low]
        && uint.TryParse(high, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h)
        && uint.TryParse(low, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var l)
            ? ((ulong)h << 32) | l
            : 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(routes.PrimaryConnectionString)
        {
            // Its own connection, kept open and checked, so a dead link is noticed and reopened.
            Pooling = false,
            KeepAlive = 30,
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                logger.LogWarning("Not listening for other nodes' publications, retrying in {Delay}: {Reason}", RetryDelay, e.Message);
                try
                {
                    await Task.Delay(RetryDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        // What other nodes said since the last wait: their changes, and the furthest WAL position among them.
        var told = new List<PublicContentChange>();
        var latest = "";
        connection.Notification += (_, notice) =>
        {
            if (ReadNotice(notice.Payload) is (var node, var position, var change) && node != Node)
            {
                told.Add(change);
                latest = Later(latest, position);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        await PublicPageCache.EvictAsync(store, PublicContentChange.Everything, stoppingToken);
        listening = true;
        try
        {
            while (true)
            {
                await connection.WaitAsync(stoppingToken);
                if (told.Count > 0)
                {
                    PublicContentChange[] changes = [.. told];
                    told.Clear();
                    await EvictOnceReplayedAsync(latest, changes, stoppingToken);
                }
            }
        }
        finally
        {
            listening = false;
        }
    }

    /// <summary>
    /// "/health" says Degraded while this node does not hear the other nodes (at its start, and from a lost
    /// connection until it has listened again): it answers, but may serve a page another node made stale.
    /// </summary>
    public sealed class ListeningHealthCheck(PublicPageCacheNodes nodes) : IHealthCheck
    {
        public const string Name = "nodes-channel";

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(nodes.IsListening
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded("Not listening for other nodes' changes: cached public pages may be stale."));
    }
}
