using System.Globalization;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// Output caching of the public pages: a popular disclosure is rendered once and then served from
/// memory. Entries vary by path, query and interface language. Each carries <see cref="Tag"/>, and either
/// the tag of the department its address names (a disclosure, its API answers and downloads, the
/// department's page) or <see cref="AcrossTag"/> (home, regions, search, comparisons: pages across
/// departments). A publication, withdrawal or approval date drops its department's entries and those across
/// departments; an administrator's change drops them all (ADR 0029). They also expire after
/// <see cref="Duration"/> in case the data was changed from outside the portal. The response
/// compression runs inside the cache, so an entry is kept compressed, one per Accept-Encoding asked for.
/// The store holds "PublicPages:CacheMegabytes" of them (default <see cref="DefaultMegabytes"/>): once full it
/// caches nothing new until entries are compacted away, so a store smaller than the pages read in ten
/// minutes turns hits into first requests (docs/scale.md, cache sizing).
/// </summary>
public static class PublicPageCache
{
    /// <summary>The policy name for [OutputCache(PolicyName = …)] on public pages.</summary>
    public const string Policy = "PublicPage";

    /// <summary>Every cached public answer and read model.</summary>
    public const string Tag = "public-pages";

    /// <summary>The answers and read models that list, count or rank across departments.</summary>
    public const string AcrossTag = "public-pages-across";

    /// <summary>The route value that names the department an address is about.</summary>
    private const string DepartmentRouteKey = "departmentCode";

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
        services.AddOptions<OutputCacheOptions>().Configure<IConfiguration>((options, configuration) =>
            options.SizeLimit = Math.Max(1, configuration.GetValue(MegabytesKey, DefaultMegabytes)) * 1024L * 1024L);
        return services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(Duration)
            .Tag(Tag)
            .AddPolicy<ScopeTag>()
            .SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding)
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))));
    }

    /// <summary>The tag of the answers about one department.</summary>
    public static string DepartmentTag(string departmentCode) => "department:" + departmentCode;

    /// <summary>Drops the cached answers a change makes stale: all of them, or a department's and those across departments.</summary>
    public static async ValueTask EvictAsync(IOutputCacheStore store, PublicContentChange change, CancellationToken cancellationToken = default)
    {
        if (change.DepartmentCode is not { } departmentCode)
        {
            await store.EvictByTagAsync(Tag, cancellationToken);
            return;
        }
        await store.EvictByTagAsync(DepartmentTag(departmentCode), cancellationToken);
        await store.EvictByTagAsync(AcrossTag, cancellationToken);
    }

    /// <summary>Tags an answer with the department its address names, or as one across departments.</summary>
    private sealed class ScopeTag : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.Tags.Add(context.HttpContext.GetRouteValue(DepartmentRouteKey) is string departmentCode
                ? DepartmentTag(departmentCode)
                : AcrossTag);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
