using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Downloads;
using FinalAccounts.Web.Rendering;

namespace FinalAccounts.Web.Api;

/// <summary>
/// How the open-data API answers: JSON serialized once, deterministically, to bytes whose SHA-256 is
/// the strong entity tag; cache headers as for any other response about a published version; and
/// problem details with a Chinese title when something is not there.
/// </summary>
internal static class OpenDataResponses
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>
    /// camelCase names, text written as UTF-8 rather than \u escapes, blanks left out. The same value
    /// always gives the same bytes, which is what makes the entity tag and the download work.
    /// </summary>
    /// <remarks>
    /// The relaxed encoder, which ASP.NET Core's own JSON responses use too, also leaves "&lt;2%" and
    /// "1+N" as they are printed; the bytes are only ever sent as JSON, never inside a page.
    /// </remarks>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Json);

    /// <summary>
    /// Sends published data: cacheable for good at a URL naming the version, briefly otherwise; a
    /// matching If-None-Match is answered 304 Not Modified.
    /// </summary>
    /// <param name="downloadName">A file name to send the JSON as an attachment with; null for an API answer.</param>
    public static IResult Send<T>(HttpContext http, T value, bool isVersionedUrl, string? downloadName = null) =>
        SendJson(http, Serialize(value), isVersionedUrl, downloadName);

    /// <summary>As <see cref="Send{T}"/>, for JSON already written, e.g. kept at publication.</summary>
    /// <param name="sha256">The body's SHA-256 when it is known (kept with it); computed otherwise.</param>
    public static IResult SendJson(HttpContext http, byte[] body, bool isVersionedUrl, string? downloadName = null, string? sha256 = null)
    {
        VersionCaching.SetCacheControl(http.Response, isPublished: true, isVersionedUrl);
        return Results.Bytes(body, JsonContentType, downloadName, entityTag: VersionCaching.EntityTag(body, sha256));
    }

    public const string DisclosureNotFound = "未找到该部门该年度的决算公开。";

    public const string TableNotFound = "未找到该表：表号应为 01 至 09。";

    public const string DepartmentNotFound = "未找到该部门的决算公开。";

    public const string RegionNotFound = "未找到该地区。";

    public static IResult NotFound(string title) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title);

    /// <summary>
    /// The answer for a version the public cannot read: 410 Gone with the reason, the date and the
    /// version still published when it was withdrawn; 404 when it never was published.
    /// </summary>
    public static async Task<IResult> DisclosureNotFoundOrGoneAsync(HttpContext http, string departmentCode, int year, int? version,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var gone = await http.RequestServices.GetRequiredService<WithdrawnVersions>()
            .FindAsync(departmentCode, year, version, cancellationToken);
        if (gone is null)
        {
            return NotFound(DisclosureNotFound);
        }
        var when = gone.WithdrawnAt is { } at ? $"，撤回日期 {at.ToOffset(Domain.ChinaTime.Offset):yyyy-MM-dd}" : "";
        var replacement = gone.ReplacedBy is { } number
            ? $"现行版本：{PortalPaths.Version(gone.DepartmentCode, gone.Year, number)}"
            : "该年度暂无现行公开版本。";
        return Results.Problem(statusCode: StatusCodes.Status410Gone, title: $"该版本（第 {gone.Number} 版）已撤回，不再公开。",
            detail: $"撤回理由：{gone.Reason}{when}。{replacement}");
    }
}
