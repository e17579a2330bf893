using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// An answer that refuses a request without saying why — an address that does not exist, a method or
/// content type an address does not take, a form the antiforgery check refused — would reach the person
/// as an empty page. Such an answer gets a body that says what happened and what to do, in the
/// interface's language: a page for a person (<c>/status/{code}</c>, with the site's navigation), a
/// problem (RFC 9457) under <c>/api</c>. An answer that has its own body keeps it.
/// </summary>
internal static class StatusPages
{
    /// <summary>Where a page's answer is rendered again; the page (Pages/Status) takes the code.</summary>
    public const string PagePath = "/status/{0}";

    /// <summary>The codes with words of their own; any other gets the general ones.</summary>
    private static readonly int[] Explained = [400, 403, 404, 405, 413, 415, 429];

    public static IApplicationBuilder UseStatusPages(this IApplicationBuilder app)
    {
        app.UseWhen(IsApi, api => api.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var (title, detail) = Words(http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>(), http.Response.StatusCode);
            await Results.Problem(statusCode: http.Response.StatusCode, title: title, detail: detail).ExecuteAsync(http);
        }));
        app.UseWhen(http => !IsApi(http), pages => pages.UseStatusCodePagesWithReExecute(PagePath));
        return app;
    }

    /// <summary>What a status means for the person who met it, and what they can do.</summary>
    public static (string Title, string Detail) Words(IStringLocalizer<SharedResource> localizer, int status)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var key = Explained.Contains(status) ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Other";
        return (localizer[$"Status.{key}.Title", status], localizer[$"Status.{key}.Detail", status]);
    }

    /// <summary>The code a page was rendered again for, or null when it is asked for directly.</summary>
    public static int? ReExecutedFor(HttpContext http) =>
        http.Features.Get<IStatusCodeReExecuteFeature>() is not null ? http.Response.StatusCode : null;

    private static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");
}
