using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// Compresses what the public reads — pages, JSON, CSV, SVG, CSS — with Brotli or gzip, whichever the
/// client accepts (the 硚口 2024 page goes from about 300 KB to well under 60 KB). Staff pages are left
/// uncompressed: they carry antiforgery tokens beside text the user typed, the mix a compression side
/// channel (BREACH) reads secrets from. PDF and XLSX are compressed formats already.
/// </summary>
internal static class ResponseCompressionSetup
{
    public static IServiceCollection AddPublicResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["image/svg+xml", "text/csv", "application/problem+json"]);
        });
        // The fastest levels: a page is compressed on every answer, and they keep most of the gain.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UsePublicResponseCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !Staff.StaffPaths.IsStaffArea(context.Request.Path),
            branch => branch.UseResponseCompression());
}
