namespace FinalAccounts.Infrastructure.Queries;

/// <summary>
/// Keeps what the public pages read that is costly to compute over the whole province and changes only
/// when what the public may see changes — a region's counts — and drops it with the cached pages, on
/// every node. The web's implementation keeps it in the output cache under the public pages' tag.
/// </summary>
public interface IPublicReadCache
{
    /// <summary>The value kept under <paramref name="key"/>, or the one <paramref name="create"/> makes now, which is kept.</summary>
    Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken = default);
}

/// <summary>Keeps nothing: each read computes afresh. For hosts without a page cache.</summary>
public sealed class NoPublicReadCache : IPublicReadCache
{
    public Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken = default) =>
        create(cancellationToken);
}
