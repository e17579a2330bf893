using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FinalAccounts.Infrastructure.Persistence;

/// <summary>
/// Where the portal's queries go (ADR 0023): to the primary, except the public's reads, which a streaming
/// replica answers when one is configured (ConnectionStrings:FinalAccountsReplica). A scope's
/// <see cref="FinalAccountsDbContext"/> reads the replica when its <see cref="ReadRoute"/> says it serves
/// a public read; what such a read must write (a rendition kept on first request, a PDF) goes through
/// <see cref="PrimaryDatabase"/>.
/// </summary>
public sealed class DatabaseRoutes
{
    public const string ReplicaConnectionStringName = "FinalAccountsReplica";

    /// <summary>How long public reads go to the primary after the replica was found not answering; then it is tried again.</summary>
    public static readonly TimeSpan ReplicaRest = TimeSpan.FromSeconds(15);

    private readonly TimeProvider _clock;
    private long _replicaAsideUntil;

    public DatabaseRoutes(string primary, string? replica, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        PrimaryConnectionString = primary;
        ReplicaConnectionString = string.IsNullOrWhiteSpace(replica) ? null : replica;
        Primary = Options(primary);
        Replica = ReplicaConnectionString is null ? null : Options(ReplicaConnectionString);
    }

    public string PrimaryConnectionString { get; }

    /// <summary>Null without a replica: every query goes to the primary.</summary>
    public string? ReplicaConnectionString { get; }

    public DbContextOptions<FinalAccountsDbContext> Primary { get; }

    public DbContextOptions<FinalAccountsDbContext>? Replica { get; }

    /// <summary>Whether public reads go to the replica now: there is one, and it was not set aside in the last <see cref="ReplicaRest"/>.</summary>
    public bool ReplicaInUse => Replica is not null && _clock.GetUtcNow().UtcTicks >= Interlocked.Read(ref _replicaAsideUntil);

    /// <summary>The options of a scope's context: the replica's for a public read while it is in use; noted on the route.</summary>
    public DbContextOptions<FinalAccountsDbContext> For(ReadRoute route)
    {
        route.ReadsReplica = route.IsPublicRead && ReplicaInUse;
        return route.ReadsReplica ? Replica! : Primary;
    }

    /// <summary>Sends public reads to the primary for <see cref="ReplicaRest"/>: the replica does not answer.</summary>
    public void SetReplicaAside() =>
        Interlocked.Exchange(ref _replicaAsideUntil, (_clock.GetUtcNow() + ReplicaRest).UtcTicks);

    /// <summary>Whether the replica answers a query within two seconds: after a failed public read, tells its fault from the primary's.</summary>
    public async Task<bool> ReplicaAnswersAsync(CancellationToken cancellationToken)
    {
        if (ReplicaConnectionString is null)
        {
            return false;
        }
        var probe = new NpgsqlConnectionStringBuilder(ReplicaConnectionString) { Pooling = false, Timeout = 2, CommandTimeout = 2 };
        try
        {
            await using var connection = new NpgsqlConnection(probe.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }

    private static DbContextOptions<FinalAccountsDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<FinalAccountsDbContext>()
            .UseNpgsql(DependencyInjection.ForPortal(connectionString),
                npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .Options;

    /// <summary>
    /// Waits until the replica has replayed the primary's WAL up to <paramref name="lsn"/> — a commit the
    /// public must see once cached pages are dropped — or until <paramref name="timeout"/>; true when it
    /// has (or there is no replica). A server that is not in recovery has nothing to replay.
    /// </summary>
    public async Task<bool> ReplicaHasReplayedAsync(string lsn, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (ReplicaConnectionString is null)
        {
            return true;
        }
        var until = DateTimeOffset.UtcNow + timeout;
        await using var connection = new NpgsqlConnection(ReplicaConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT NOT pg_is_in_recovery() OR pg_last_wal_replay_lsn() >= @lsn::pg_lsn", connection);
        command.Parameters.AddWithValue("lsn", lsn);
        while (true)
        {
            if ((bool)(await command.ExecuteScalarAsync(cancellationToken))!)
            {
                return true;
            }
            if (DateTimeOffset.UtcNow >= until)
            {
                return false;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }
}

/// <summary>
/// Whether a scope serves a public read: a GET of a public page or API answer by someone not signed in.
/// The web sets it for each request's own scope; every other scope (start-up, workers, a scope made
/// inside a request, such as the data-protection key ring's) stays on the primary.
/// </summary>
public sealed class ReadRoute
{
    public bool IsPublicRead { get; set; }

    /// <summary>Whether the scope's context was made on the replica.</summary>
    public bool ReadsReplica { get; set; }
}

/// <summary>The primary, for the few writes a public read makes (a rendition kept on first request, a PDF).</summary>
public sealed class PrimaryDatabase(DatabaseRoutes routes) : IAsyncDisposable
{
    private FinalAccountsDbContext? _context;

    public FinalAccountsDbContext Context => _context ??= new FinalAccountsDbContext(routes.Primary);

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }
}
