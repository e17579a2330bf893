using FinalAccounts.Infrastructure.Checking;
using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Search;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FinalAccounts.Infrastructure.Publication;

/// <summary>
/// Runs what follows a change of what the public sees of a version (migration 0019). The database
/// queues a <see cref="PublicationTask"/> in the transaction that publishes or withdraws; the request
/// that made the change drops the cached pages on every node and hands the task to its node's runner
/// (<see cref="FollowUpAsync"/>), which runs it at once (<see cref="RunAsync"/>) while the person already
/// has their answer. Every node's worker runs the tasks that are due (<see cref="RunDueAsync"/>): those
/// of a node that stopped after the commit, and those that failed, again and again until they succeed.
/// Every step may run twice.
/// </summary>
public sealed class PublicationTasks(
    FinalAccountsDbContext db,
    DisclosureAnalysisService analyses,
    PublishedPdfStore pdfs,
    PublishedRenditions renditions,
    SearchIndex search,
    StoredFindings findings,
    IEnumerable<IPublicContentListener> listeners,
    PublicationTaskQueue queue,
    ILogger<PublicationTasks> logger)
{
    /// <summary>How long a node holds a task it runs before another may take it over.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LastRetry = TimeSpan.FromHours(1);

    private const string ClaimSql = """
        UPDATE publication_tasks t SET due_at = now() + @lease, attempts = t.attempts + 1
        FROM (SELECT version_id, kind FROM publication_tasks
              WHERE due_at <= now() AND (@version::bigint IS NULL OR version_id = @version)
              ORDER BY due_at, version_id LIMIT @max
              FOR UPDATE SKIP LOCKED) due
        WHERE t.version_id = due.version_id AND t.kind = due.kind
        RETURNING t.version_id, t.kind, t.attempts
        """;

    /// <summary>
    /// Right after the commit of a publication or withdrawal: the cached pages it changes (its department's,
    /// its regions', its year's and those across departments) are dropped on every node, so the public sees
    /// the change at once (a published version's page keeps its renditions on that first request if the task
    /// has not yet), and the task is handed to this node's runner. A failure here is logged, not thrown: the
    /// change is committed, and the task, with its own eviction, will run.
    /// </summary>
    public async Task FollowUpAsync(long versionId, CancellationToken cancellationToken = default)
    {
        try
        {
            await listeners.NotifyAsync(await PublicContentChange.OfVersionAsync(db, versionId, cancellationToken), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Cached pages could not be dropped after the change of version {Version}; its task will", versionId);
        }
        queue.Enqueue(versionId);
    }

    /// <summary>Runs the tasks of one version now, unless another node is running them.</summary>
    public async Task RunAsync(long versionId, CancellationToken cancellationToken = default)
    {
        foreach (var task in await ClaimAsync(versionId, int.MaxValue, cancellationToken))
        {
            await RunClaimedAsync(task, cancellationToken);
        }
    }

    /// <summary>Runs up to <paramref name="max"/> due tasks, oldest first; returns how many it took.</summary>
    public async Task<int> RunDueAsync(int max, CancellationToken cancellationToken = default)
    {
        var claimed = await ClaimAsync(null, max, cancellationToken);
        foreach (var task in claimed)
        {
            await RunClaimedAsync(task, cancellationToken);
        }
        return claimed.Count;
    }

    private async Task<List<(long VersionId, PublicationTaskKind Kind, int Attempts)>> ClaimAsync(long? versionId, int max,
        CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(ClaimSql, connection);
            command.Parameters.AddWithValue("lease", Lease);
            command.Parameters.Add(new NpgsqlParameter("version", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)versionId ?? DBNull.Value });
            command.Parameters.AddWithValue("max", max);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var claimed = new List<(long, PublicationTaskKind, int)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add((reader.GetInt64(0), Enum.Parse<PublicationTaskKind>(reader.GetString(1)), reader.GetInt32(2)));
            }
            return claimed;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task RunClaimedAsync((long VersionId, PublicationTaskKind Kind, int Attempts) task, CancellationToken cancellationToken)
    {
        var (versionId, kind, attempts) = task;
        try
        {
            if (kind == PublicationTaskKind.Published)
            {
                await StoreOutputsAsync(versionId, cancellationToken);
            }
            else
            {
                await search.RefreshYearOfAsync(versionId, cancellationToken);
            }
            await listeners.NotifyAsync(await PublicContentChange.OfVersionAsync(db, versionId, cancellationToken), cancellationToken);
            // Only the attempt claimed: a task queued again meanwhile (attempts back to 0) stays.
            await db.PublicationTasks.Where(t => t.VersionId == versionId && t.Kind == kind && t.Attempts == attempts)
                .ExecuteDeleteAsync(CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped, not failed: free the task for the next node at once.
            await RescheduleAsync(versionId, kind, attempts, TimeSpan.Zero, null);
            throw;
        }
        catch (Exception e)
        {
            var wait = TimeSpan.FromTicks(Math.Min(LastRetry.Ticks, FirstRetry.Ticks << Math.Min(attempts - 1, 16)));
            logger.LogError(e, "{Kind} task of version {Version} failed (attempt {Attempts}); trying again in {Wait}",
                kind, versionId, attempts, wait);
            await RescheduleAsync(versionId, kind, attempts, wait, e.GetBaseException().Message);
        }
    }

    /// <summary>What a publication keeps: the version is analysed once, for its page, JSON and downloads, its PDF, its search rows and its findings.</summary>
    private async Task StoreOutputsAsync(long versionId, CancellationToken cancellationToken)
    {
        if (await analyses.AnalyzePublishedAsync(versionId, cancellationToken) is not { } analysis)
        {
            return; // No longer published: its withdrawal has a task of its own.
        }
        await renditions.StoreAsync(versionId, analysis, cancellationToken);
        await pdfs.StoreAsync(versionId, analysis, cancellationToken);
        await search.IndexAsync(versionId, analysis, cancellationToken);
        await findings.StoreAsync(versionId, analysis, cancellationToken);
    }

    private async Task RescheduleAsync(long versionId, PublicationTaskKind kind, int attempts, TimeSpan wait, string? error)
    {
        var message = error is null ? null : error.Length <= PublicationTask.MaxErrorLength ? error : error[..PublicationTask.MaxErrorLength];
        await db.Database.ExecuteSqlAsync($"""
            UPDATE publication_tasks SET due_at = now() + {wait}, last_error = coalesce({message}, last_error)
            WHERE version_id = {versionId} AND kind = {kind.ToString()} AND attempts = {attempts}
            """, CancellationToken.None);
    }
}
