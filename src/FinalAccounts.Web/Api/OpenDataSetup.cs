using FinalAccounts.Infrastructure.Queries;
using Microsoft.OpenApi;

namespace FinalAccounts.Web.Api;

/// <summary>The open-data API's services and its OpenAPI document, served at /openapi/v1.json.</summary>
internal static class OpenDataSetup
{
    private const string Description = """
        部门决算公开的开放数据接口，无需登录，只提供已公开的版本；除校验服务（POST /api/v1/validate，不保存任何内容）外均为只读。金额单位：结构化数据中的金额一律为精确的“元”（yuan，
        两位小数），并附四舍五入到两位小数的“万元”（wanYuan，与公开表一致）；printed 中的表格文本按公开时的万元印制。
        指定版本的地址（…/v{version}）内容不变，可缓存一年；不带版本的地址跟随最新版本，缓存五分钟。每个响应都带强 ETag
        （响应字节的 SHA-256），可用 If-None-Match 重新验证。找不到时返回 404 和中文的 problem details 标题。

        Open data of Chinese government departments' final-accounts disclosures (部门决算公开): no sign-in, published
        versions only; read-only but for the checking service (POST /api/v1/validate), which stores nothing. Amounts: in structured data every amount is exact in yuan (元, two decimals), with
        wanYuan (万元, 10,000 yuan) rounded to two decimals as the published tables print it; the printed grids carry the
        published 万元 text. A versioned URL (…/v{version}) never changes and may be cached for a year; an unversioned URL
        follows the latest version and is cached for five minutes. Every response has a strong ETag (the SHA-256 of its
        bytes) for If-None-Match. Anything not found is a 404 with a Chinese problem-details title.
        """;

    public static IServiceCollection AddOpenDataApi(this IServiceCollection services)
    {
        services.AddScoped<OpenDataQueries>();
        services.AddOpenApi(options =>
        {
            // The document describes the open data and its downloads, not the pages or the staff area.
            options.ShouldInclude = description => description.RelativePath is { } path
                && (path.StartsWith("api/", StringComparison.Ordinal) || path.EndsWith("/json", StringComparison.Ordinal));
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "部门决算公开开放数据 API · Departmental final accounts open data API",
                    Version = "v1",
                    Description = Description,
                };
                document.Tags = new HashSet<OpenApiTag>
                {
                    new() { Name = DisclosureApi.OpenDataTag, Description = "决算公开的开放数据 · The disclosures as open data" },
                    new() { Name = DisclosureApi.DownloadsTag, Description = "下载 · Downloads" },
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(ValidateApi.DescribeTemplateForm);
            options.AddSchemaTransformer((schema, _, _) =>
            {
                // Numbers are written as numbers: reading them from strings is a deserializer option the API never uses.
                if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String)
                    && (type.HasFlag(JsonSchemaType.Number) || type.HasFlag(JsonSchemaType.Integer)))
                {
                    schema.Type = type & ~JsonSchemaType.String;
                    schema.Pattern = null;
                }
                // A blank is left out of the JSON, so a property that may be null is not required.
                if (schema.Properties is { } properties && schema.Required is { } required)
                {
                    foreach (var (name, property) in properties)
                    {
                        if (MayBeNull(property))
                        {
                            required.Remove(name);
                        }
                    }
                }
                return Task.CompletedTask;
            });
        });
        return services;
    }

    private static bool MayBeNull(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true || schema.OneOf?.Any(o => o.Type == JsonSchemaType.Null) == true;
}
