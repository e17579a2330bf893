using FinalAccounts.Infrastructure.Persistence;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// Marks each request that only reads what the public may see — a GET or HEAD outside the staff area by
/// someone not signed in — so that its queries may go to a streaming replica (ADR 0023). Staff, and
/// anything that writes, stay on the primary: a signed-in user, who may just have published, never reads
/// from a replica that has not caught up.
/// </summary>
internal static class PublicReads
{
    public static bool IsPublicRead(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && !Staff.StaffPaths.IsStaffArea(http.Request.Path)
        && http.User.Identity?.IsAuthenticated != true;

    /// <summary>After authentication, which is what tells a visitor from staff.</summary>
    public static IApplicationBuilder UsePublicReadRoute(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.RequestServices.GetRequiredService<ReadRoute>().IsPublicRead = IsPublicRead(http);
            return next(http);
        });
}
