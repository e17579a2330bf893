using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace FinalAccounts.Web.Downloads;

/// <summary>
/// How long a response about one disclosure version may be cached, for downloads and the open-data
/// API alike. A published version never changes, so its versioned URL is cacheable for good; the
/// unversioned URL follows the latest version and is cached briefly; a draft is never stored.
/// </summary>
internal static class VersionCaching
{
    public static readonly TimeSpan LatestMaxAge = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan PublishedMaxAge = TimeSpan.FromDays(365);

    /// <param name="isPublished">False for a draft or submitted version shown to its department's staff.</param>
    /// <param name="isVersionedUrl">True when the URL names the version ("/v2/…").</param>
    public static void SetCacheControl(HttpResponse response, bool isPublished, bool isVersionedUrl) =>
        response.GetTypedHeaders().CacheControl = !isPublished
            ? new CacheControlHeaderValue { Private = true, NoStore = true }
            : isVersionedUrl
                ? new CacheControlHeaderValue { Public = true, MaxAge = PublishedMaxAge, Extensions = { new NameValueHeaderValue("immutable") } }
                : new CacheControlHeaderValue { Public = true, MaxAge = LatestMaxAge };

    /// <summary>A strong entity tag from a SHA-256 already known (a stored PDF's) or computed from the bytes.</summary>
    public static EntityTagHeaderValue EntityTag(string sha256) => new($"\"{sha256}\"");

    public static EntityTagHeaderValue EntityTag(ReadOnlySpan<byte> content) =>
        EntityTag(Convert.ToHexStringLower(SHA256.HashData(content)));

    /// <summary>The tag of the content, from its SHA-256 when it is known (kept with it), else computed.</summary>
    public static EntityTagHeaderValue EntityTag(ReadOnlySpan<byte> content, string? knownSha256) =>
        knownSha256 is null ? EntityTag(content) : EntityTag(knownSha256);
}
