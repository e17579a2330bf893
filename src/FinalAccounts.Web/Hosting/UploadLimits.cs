using FinalAccounts.Infrastructure.Workbooks;
namespace FinalAccounts.Web.Hosting;

/// <summary>
/// An upload over a page's size limit is answered 413 with a sentence in Chinese that names the
/// limit, instead of a dropped connection or a bare 400. A declared length over the page's limit is
/// refused before the body is read; a body that turns out longer is caught where Kestrel
/// (BadHttpRequestException) or the form reader (InvalidDataException) reports it.
/// </summary>
internal static class UploadLimits
{
    /// <summary>
    /// The request limit of a page that takes a workbook: room above the readers' own 20 MB limit, so a
    /// file slightly too large gets the reader's message (which names the file expected) rather than a bare 413.
    /// </summary>
    public const long WorkbookRequest = TemplateWorkbookReader.MaxBytes + 8 * 1024 * 1024;

    public static string Message(long? limitBytes) =>
        $"上传的文件太大，超过了 {(limitBytes is { } limit ? $"{limit / (1024 * 1024)} MB" : "允许的大小")}。" +
        "请上传从本系统下载、填好的文件（不超过 20 MB），不要附加其他内容。";

    public static IApplicationBuilder UseUploadLimitMessages(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var declared = context.Request.ContentLength;
            var pageLimit = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
            if (declared > pageLimit)
            {
                await RefuseAsync(context, pageLimit);
                return;
            }
            try
            {
                await next(context);
            }
            catch (Exception e) when (IsTooLarge(e) && !context.Response.HasStarted)
            {
                context.Response.Clear();
                await RefuseAsync(context, pageLimit);
            }
        });

    private static async Task RefuseAsync(HttpContext context, long? limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/plain; charset=utf-8";
        // The client may still be sending; close the connection after the answer rather than read it all.
        context.Response.Headers.Connection = "close";
        await context.Response.WriteAsync(Message(limit), context.RequestAborted);
    }

    private static bool IsTooLarge(Exception e) => e switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => true,
        InvalidDataException data => data.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase),
        _ => e.InnerException is { } inner && IsTooLarge(inner),
    };
}
