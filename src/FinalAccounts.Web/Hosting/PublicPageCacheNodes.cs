using FinalAccounts.Infrastructure.Persistence;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// Every node caches public pages in its own memory (<see cref="PublicPageCache"/>). The node where
/// what the public sees changes drops its own at once and says so on a PostgreSQL channel; every
/// node listens on a connection of its own and drops its cached pages when another node speaks —
/// and whenever it (re)connects, since it may have missed a word while it could not listen (ADR 0019).
/// </summary>
public sealed class PublicPageCacheNodes(IOutputCacheStore store, DatabaseRoutes routes,
    ILogger<PublicPageCacheNodes> logger) : BackgroundService
{
    private const string Channel = "public_content_changed";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>How long a node waits for its replica to replay a change before it drops its pages anyway.</summary>
    private static readonly TimeSpan ReplayWait = TimeSpan.FromSeconds(10);

    /// <summary>This node, as it signs what it says on the channel, so it does not act on its own word.</summary>
    private string Node { get; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Tells the other nodes to drop their cached public pages, on the database's connection: inside a
    /// transaction PostgreSQL delivers it at the commit, otherwise at once.
    /// </summary>
    /// <param name="position">The primary's WAL position after the change ("0/1A2B3C4D").</param>
    public async Task TellOthersAsync(DatabaseFacade database, string position, CancellationToken cancellationToken) =>
        await database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {Node + " " + position})", cancellationToken);

    /// <summary>
    /// Drops this node's cached public pages once its replica (if the public reads one) has replayed the
    /// change at <paramref name="position"/>: dropped sooner, a page would be rendered again from a replica
    /// without the change and cached as it was (ADR 0023). After <see cref="ReplayWait"/> they are dropped anyway.
    /// </summary>
    public async Task EvictOnceReplayedAsync(string position, CancellationToken cancellationToken)
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
        await PublicPageCache.EvictAsync(store, cancellationToken);
    }

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
        // What other nodes said since the last wait: the WAL positions of their changes.
        var told = new List<string>();
        connection.Notification += (_, notice) =>
        {
            if (notice.Payload.Split(' ') is [var node, var position] && node != Node)
            {
                told.Add(position);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        await PublicPageCache.EvictAsync(store, stoppingToken);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            if (told.Count > 0)
            {
                var latest = told[^1];
                told.Clear();
                await EvictOnceReplayedAsync(latest, stoppingToken);
            }
        }
    }
}
