using FinalAccounts.Infrastructure;
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
public sealed class PublicPageCacheNodes(IConfiguration configuration, IOutputCacheStore store, ILogger<PublicPageCacheNodes> logger)
    : BackgroundService
{
    private const string Channel = "public_content_changed";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>This node, as it signs what it says on the channel, so it does not act on its own word.</summary>
    private string Node { get; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Tells the other nodes to drop their cached public pages, on the database's connection: inside a
    /// transaction PostgreSQL delivers it at the commit, otherwise at once.
    /// </summary>
    public async Task TellOthersAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        await database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {Node})", cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(
            configuration.GetConnectionString(DependencyInjection.ConnectionStringName))
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
        var told = false;
        connection.Notification += (_, notice) => told |= notice.Payload != Node;
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        await PublicPageCache.EvictAsync(store, stoppingToken);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            if (told)
            {
                told = false;
                await PublicPageCache.EvictAsync(store, stoppingToken);
            }
        }
    }
}
