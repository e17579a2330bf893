using System.Globalization;
using System.Threading.RateLimiting;
using FinalAccounts.Infrastructure.Checking;
using FinalAccounts.Infrastructure.Content;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.AspNetCore.RateLimiting;

namespace FinalAccounts.Web.Api;

/// <summary>
/// POST /api/v1/validate: the open checking service. A disclosure in the portal's input JSON, or a filled
/// Excel template, is checked as a stored version would be and answered in the shape of GET …/findings.
/// Nothing is stored. At most 10 MB; rate-limited per client address.
/// </summary>
internal static class ValidateApi
{
    public const string RateLimitPolicy = "open-checks";
    private const string MultipartContentType = "multipart/form-data";

    public static RouteGroupBuilder MapValidateApi(this RouteGroupBuilder api)
    {
        api.MapPost("/validate", ValidateAsync).WithName("ValidateDisclosure")
            .WithSummary("校验一份未公开的决算公开 · Check a disclosure without publishing it")
            .WithDescription("""
                Checks a disclosure with every rule of GET /api/v1/rules and answers exactly what GET …/findings answers for a
                stored version; nothing is stored. Send either application/json in the portal's input format (the format of the
                seed files: amounts as 万元 strings such as "3,469.73", a blank as null, never 0) or multipart/form-data with a
                filled Excel template in the field "file", the year in "year" and optionally the department code in
                "departmentCode". A department need not be on the portal. At most 10 MB; rate-limited per client (429 with
                Retry-After). Input that cannot be read is a 400 whose detail names the JSON path or the sheet and cell.
                """)
            // One accepts list: routing answers 415 to any other content type. The multipart body's form is described
            // in the OpenAPI document by DescribeTemplateForm.
            .Accepts<DisclosureContent>("application/json", MultipartContentType)
            .Produces<FindingsDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicy);
        return api;
    }

    /// <summary>Limits from "OpenChecks:PermitLimit" (requests, default 120) per "OpenChecks:WindowSeconds" (default 60), per client address.</summary>
    public static IServiceCollection AddOpenCheckRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var permits = configuration.GetValue("OpenChecks:PermitLimit", 120);
            var window = TimeSpan.FromSeconds(configuration.GetValue("OpenChecks:WindowSeconds", 60));
            options.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
            options.OnRejected = async (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? (int)Math.Ceiling(retryAfter.TotalSeconds) : (int)window.TotalSeconds;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problem(StatusCodes.Status429TooManyRequests, "请求过于频繁",
                    $"同一地址在 {window.TotalSeconds:0} 秒内最多校验 {permits} 次。请在 {seconds} 秒后再试。")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }

    private static async Task<IResult> ValidateAsync(HttpContext http, OpenChecks checks, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (request.ContentLength > OpenChecks.MaxBytes || await ReadAtMostAsync(http, cancellationToken) is not { } body)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "提交的内容太大",
                $"提交的内容超过了 {OpenChecks.MaxBytes / (1024 * 1024)} MB。一份决算公开的 JSON 或填好的模板远小于此，请检查是否附加了其他内容。");
        }
        OpenCheck check;
        if (request.HasJsonContentType())
        {
            check = await checks.CheckJsonAsync(body, cancellationToken);
        }
        else if (request.HasFormContentType && request.ContentType!.StartsWith(MultipartContentType, StringComparison.OrdinalIgnoreCase))
        {
            request.Body = body;
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { } file)
            {
                return Problem(StatusCodes.Status400BadRequest, "没有收到模板文件", "请在表单字段 file 中上传填好的 Excel 模板（.xlsx）。");
            }
            if (!int.TryParse(form["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                return Problem(StatusCodes.Status400BadRequest, "缺少年度", "请在表单字段 year 中填写决算年度，例如 2024。");
            }
            await using var stream = file.OpenReadStream();
            check = await checks.CheckTemplateAsync(stream, year, form["departmentCode"].ToString(), cancellationToken);
        }
        else
        {
            // Without a content type (routing refuses any other): the same problem as routing's 415 gets (StatusPages).
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }
        return check.Analysis is { } analysis
            ? Results.Ok(FindingsDto.From(analysis))
            : Problem(StatusCodes.Status400BadRequest, "提交的内容无法读取", string.Join(" ", check.Problems.Select(p => p.Message)),
                new Dictionary<string, object?> { ["problems"] = check.Problems });
    }

    /// <summary>The body in memory, or null when it is longer than the limit.</summary>
    private static async Task<MemoryStream?> ReadAtMostAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = OpenChecks.MaxBytes + 1;
        }
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > OpenChecks.MaxBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        buffer.Position = 0;
        return buffer;
    }

    /// <summary>Describes the multipart body in the OpenAPI document: the template, the year and the department code.</summary>
    public static Task DescribeTemplateForm(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken _)
    {
        if (context.Description.RelativePath == "api/v1/validate"
            && operation.RequestBody?.Content?.TryGetValue(MultipartContentType, out var media) == true)
        {
            media.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "file", "year" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "填好的 Excel 模板（.xlsx）· The filled template" },
                    ["year"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "决算年度 · The fiscal year, e.g. 2024" },
                    ["departmentCode"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Description = "本系统中的部门代码（可不填）· The department's code on the portal, if any, so its last year is compared",
                    },
                },
            };
        }
        return Task.CompletedTask;
    }

    private static IResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
}
