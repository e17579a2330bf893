using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// The interface languages: Chinese by default, English on request. A reader picks one with the
/// header's link (remembered in a cookie) or with ?culture=en; the browser's Accept-Language is not
/// consulted, so the portal opens in Chinese for everyone until they choose.
/// </summary>
public static class InterfaceLanguage
{
    public static readonly CultureInfo Chinese = new("zh-CN");

    public static readonly CultureInfo English = new("en");

    public static IReadOnlyList<CultureInfo> Supported { get; } = [Chinese, English];

    public static IServiceCollection AddInterfaceLanguages(this IServiceCollection services) =>
        services.AddLocalization(options => options.ResourcesPath = "Resources");

    public static IApplicationBuilder UseInterfaceLanguages(this IApplicationBuilder app) =>
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = [.. Supported],
            SupportedUICultures = [.. Supported],
            RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()],
        });

    public static bool IsChinese => CultureInfo.CurrentUICulture.Name == Chinese.Name;

    /// <summary>GET /language?culture=en&amp;returnUrl=/…: remembers the choice and goes back to the page (only within the portal).</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/language", (string? culture, string? returnUrl, HttpContext http) =>
        {
            var chosen = Supported.FirstOrDefault(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase)) ?? Chinese;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            // Browsers read "/\t/host" as "//host", so an address with a control character is not local either.
            var local = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
                        && !returnUrl.Any(char.IsControl);
            return Results.LocalRedirect(local ? returnUrl! : "/");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
