namespace FinalAccounts.Infrastructure.Publication;

/// <summary>What a task does once a version's status has changed.</summary>
public enum PublicationTaskKind
{
    /// <summary>The version was published: store its PDF, index it for search, store its findings, evict cached pages.</summary>
    Published = 1,
    /// <summary>The version stopped being published: point search at the year's previous version, evict cached pages.</summary>
    Withdrawn = 2,
}

/// <summary>
/// A task queued by the database in the transaction that changed a version's status (migration 0019):
/// run by <see cref="PublicationTasks"/> until it succeeds, then deleted.
/// </summary>
public sealed class PublicationTask
{
    public const int MaxErrorLength = 2000;

    private PublicationTask() { }

    public long VersionId { get; private set; }
    public PublicationTaskKind Kind { get; private set; }
    public DateTimeOffset QueuedAt { get; private set; }

    /// <summary>When a node may take it: now for a new task, the end of the lease while one runs it, later after a failure.</summary>
    public DateTimeOffset DueAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Why the last attempt failed, for the operator.</summary>
    public string? LastError { get; private set; }
}
