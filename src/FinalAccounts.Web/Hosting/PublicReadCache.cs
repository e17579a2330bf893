using System.Text.Json;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// Read models kept beside the cached pages, in the same store and under the tags of the pages across
/// departments: every eviction — a publication, a withdrawal, an administrator's change, on any node (ADR
/// 0019, 0029) — drops them too, and they expire with the pages.
/// </summary>
internal sealed class PublicReadCache(IOutputCacheStore store) : IPublicReadCache
{
    private const string Prefix = "read:";

    public async Task<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (await store.GetAsync(Prefix + key, cancellationToken) is { } kept && JsonSerializer.Deserialize<T>(kept) is { } value)
        {
            return value;
        }
        var created = await create(cancellationToken);
        await store.SetAsync(Prefix + key, JsonSerializer.SerializeToUtf8Bytes(created), [PublicPageCache.Tag, PublicPageScope.AcrossTag],
            PublicPageCache.Duration, cancellationToken);
        return created;
    }
}
