using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Web.Api;
using FinalAccounts.Web.Security;

namespace FinalAccounts.Web.Downloads;

/// <summary>
/// The disclosure as a PDF. A published version is served from the bytes stored when it was
/// published, cacheable for good at its versioned URL; the unversioned URL follows the latest
/// version. Staff of the department also get drafts, rendered afresh and never cached.
/// </summary>
internal static class PdfDownloads
{
    public static IEndpointRouteBuilder MapPdfDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/disclosures/{departmentCode}/{year:int}/pdf",
            (string departmentCode, int year, HttpContext http, PublishedPdfStore store, CancellationToken ct) =>
                SendAsync(departmentCode, year, null, http, store, ct)).WithName("DownloadLatestPdf");
        endpoints.MapGet("/disclosures/{departmentCode}/{year:int}/v{version:int}/pdf",
            (string departmentCode, int year, int version, HttpContext http, PublishedPdfStore store, CancellationToken ct) =>
                SendAsync(departmentCode, year, version, http, store, ct)).WithName("DownloadVersionPdf");
        return endpoints;
    }

    private static async Task<IResult> SendAsync(string departmentCode, int year, int? version, HttpContext http,
        PublishedPdfStore store, CancellationToken cancellationToken)
    {
        PdfDownload? pdf;
        try
        {
            pdf = await store.GetAsync(departmentCode, year, version, DepartmentAccess.VisibilityFor(http.User, departmentCode), cancellationToken);
        }
        catch (Infrastructure.Pdf.Fonts.FontsNotFoundException)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "PDF 暂时无法生成：服务器缺少所需字体，请稍后再试或联系管理员。");
        }
        if (pdf is null)
        {
            return await OpenDataResponses.DisclosureNotFoundOrGoneAsync(http, departmentCode, year, version, cancellationToken);
        }

        VersionCaching.SetCacheControl(http.Response, pdf.IsPublished, isVersionedUrl: version is not null);
        var tag = pdf.Sha256 is { } sha ? VersionCaching.EntityTag(sha) : null;
        var name = $"{ExportNaming.BaseName(pdf.Header)}.pdf";
        return Results.File(pdf.Content, "application/pdf", name, entityTag: tag);
    }
}
