using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// ASP.NET Core's form reader refuses a whole form whose body holds an encoded NUL (%00): the
/// antiforgery check then cannot read its token and the page answers a bare 400, losing everything
/// typed and saying nothing. Such a form is read again with the framework's text form reader, which
/// decodes the NUL under the same count and length limits, so the page gets its fields and refuses
/// the character where it was typed, like any other control character (<c>TextInput.Problem</c>).
/// A form that fails for any other reason (a limit) keeps the framework's own refusal.
/// </summary>
internal static class FormsWithNul
{
    public static IApplicationBuilder UseFormsWithNul(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsPost(request.Method)
                && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            {
                request.EnableBuffering();
                try
                {
                    await request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    request.Body.Position = 0;
                    if (await ReadLenientlyAsync(context) is { } form)
                    {
                        context.Features.Set<IFormFeature>(new FormFeature(form));
                    }
                }
                request.Body.Position = 0;
            }
            await next(context);
        });

    private static async Task<FormCollection?> ReadLenientlyAsync(HttpContext context)
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
        using var reader = new FormReader(context.Request.Body, Encoding.UTF8)
        {
            ValueCountLimit = limits.ValueCountLimit,
            KeyLengthLimit = limits.KeyLengthLimit,
            ValueLengthLimit = limits.ValueLengthLimit,
        };
        try
        {
            return new FormCollection(await reader.ReadFormAsync(context.RequestAborted));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
