using System.Globalization;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// Output caching of the public pages: a popular disclosure is rendered once and then served from
/// memory. Entries vary by path, query and interface language. Each carries <see cref="Tag"/> and a tag of
/// what it is about (<see cref="PublicPageScope"/>): a publication, withdrawal or approval date drops the
/// entries about its department, regions and year and those across departments; an administrator's change
/// drops them all (ADR 0019, 0029). They also expire after <see cref="Duration"/> in case the data was
/// changed from outside the portal. The response compression runs inside the cache, so an entry is kept
/// compressed, one per Accept-Encoding asked for. The store holds "PublicPages:CacheMegabytes" of them
/// (default <see cref="DefaultMegabytes"/>): once full it caches nothing new until entries are compacted
/// away, so a store smaller than the pages read in ten minutes turns hits into first requests
/// (docs/scale.md, cache sizing).
/// </summary>
public static class PublicPageCache
{
    /// <summary>The policy name for [OutputCache(PolicyName = …)] on public pages.</summary>
    public const string Policy = "PublicPage";

    /// <summary>Every cached public answer and read model.</summary>
    public const string Tag = "public-pages";

    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(10);

    public const string MegabytesKey = "PublicPages:CacheMegabytes";

    /// <summary>
    /// About 10,000 answers as sent (a compressed page, API answer or CSV averages 26 KB); ASP.NET Core's own
    /// default, 100 MB, is filled by the 5,000 addresses of the load test on a third of the province.
    /// </summary>
    public const int DefaultMegabytes = 256;

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddSingleton<PublicPageCacheNodes>();
        services.AddSingleton<Infrastructure.Queries.IPublicReadCache, PublicReadCache>();
        services.AddHostedService(provider => provider.GetRequiredService<PublicPageCacheNodes>());
        services.AddHealthChecks().AddCheck<PublicPageCacheNodes.ListeningHealthCheck>(PublicPageCacheNodes.ListeningHealthCheck.Name);
        services.AddOptions<OutputCacheOptions>().Configure<IConfiguration>((options, configuration) =>
            options.SizeLimit = Math.Max(1, configuration.GetValue(MegabytesKey, DefaultMegabytes)) * 1024L * 1024L);
        return services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(Duration)
            .Tag(Tag)
            .AddPolicy<PublicPageScope.Policy>()
            .SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding)
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))));
    }

    /// <summary>Drops the cached answers a change makes stale, on this node.</summary>
    public static ValueTask EvictAsync(IOutputCacheStore store, PublicContentChange change, CancellationToken cancellationToken = default) =>
        EvictAsync(store, [change], cancellationToken);

    /// <summary>Drops the cached answers any of the changes makes stale, on this node, each once.</summary>
    public static async ValueTask EvictAsync(IOutputCacheStore store, IReadOnlyCollection<PublicContentChange> changes,
        CancellationToken cancellationToken = default)
    {
        foreach (var tag in PublicPageScope.TagsOf(changes))
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
