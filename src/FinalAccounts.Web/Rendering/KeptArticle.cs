using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace FinalAccounts.Web.Rendering;

/// <summary>
/// A published article kept compressed (<see cref="GzipArticleRendition"/>) for a page whose reader accepts gzip:
/// the page is rendered with <see cref="Placeholder"/> where the article goes, and
/// <see cref="SplicesKeptArticleAttribute"/> sends the page around it spliced with the kept member (ADR 0031).
/// </summary>
public sealed record KeptArticle(byte[] Member)
{
    private const string PlaceholderText = "<!-- kept article 7c41e0 -->";

    /// <summary>What the page shows in the article's place until the answer is spliced.</summary>
    public static IHtmlContent Placeholder { get; } = new HtmlString(PlaceholderText);

    internal static byte[] PlaceholderUtf8 { get; } = Encoding.UTF8.GetBytes(PlaceholderText);

    /// <summary>Whether the request accepts gzip: named with a quality above 0, or else through "*" (RFC 9110, 12.5.3).</summary>
    public static bool IsAcceptedBy(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        var named = accepted.FirstOrDefault(encoding => encoding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            ?? accepted.FirstOrDefault(encoding => encoding.Value == "*");
        return named is not null && named.Quality is not 0;
    }
}

/// <summary>
/// Sends a page that set a <see cref="KeptArticle"/> feature as one gzip answer: the page as rendered, its
/// placeholder replaced by the kept member's compressed bytes. The response compression leaves an answer that
/// has its encoding alone, and the output cache keeps it as sent, by the request's Accept-Encoding.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SplicesKeptArticleAttribute : Attribute, IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (http.Features.Get<KeptArticle>() is not { } kept)
        {
            await next();
            return;
        }
        var response = http.Response;
        var body = response.Body;
        using var page = new MemoryStream();
        response.Body = page;
        ResultExecutedContext done;
        try
        {
            done = await next();
        }
        finally
        {
            response.Body = body;
        }
        if (done.Canceled || done.Exception is not null && !done.ExceptionHandled)
        {
            return; // Nothing was sent: MVC rethrows the page's failure, and the error page answers.
        }
        var html = page.GetBuffer().AsSpan(0, (int)page.Length);
        var at = html.IndexOf(KeptArticle.PlaceholderUtf8);
        if (at < 0)
        {
            throw new InvalidOperationException("The page did not show its article's placeholder.");
        }
        var answer = SplicedGzip.Splice(html[..at], kept.Member, html[(at + KeptArticle.PlaceholderUtf8.Length)..]);
        response.Headers.ContentEncoding = "gzip";
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        response.ContentLength = answer.Length;
        await body.WriteAsync(answer, http.RequestAborted);
    }
}
