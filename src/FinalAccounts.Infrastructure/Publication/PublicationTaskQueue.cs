using System.Threading.Channels;

namespace FinalAccounts.Infrastructure.Publication;

/// <summary>
/// The versions whose publication tasks this node should run next, handed over by the request that
/// committed the change so that it can answer at once (one per node). Only a hint: the task itself is in
/// the database, and every node's worker runs it should this node stop before it gets to it.
/// </summary>
public sealed class PublicationTaskQueue
{
    private readonly Channel<long> _versions = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(long versionId) => _versions.Writer.TryWrite(versionId);

    public IAsyncEnumerable<long> ReadAllAsync(CancellationToken cancellationToken) => _versions.Reader.ReadAllAsync(cancellationToken);
}
