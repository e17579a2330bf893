using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Checking;
using FinalAccounts.Infrastructure.Comparisons;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages.Audit;

/// <summary>
/// The validator's findings across published disclosures (/findings): filtered by rule, severity, region,
/// year and kind of department, counted by rule, paged; /findings.xlsx and .csv hold the selection (up to
/// <see cref="FindingsAcrossRequest.MaxExportRows"/> rows). Public: published versions only.
/// </summary>
[OutputCache(PolicyName = Hosting.PublicPageCache.Policy)]
public sealed class FindingsModel(FindingsAcrossQueries queries) : SheetPageModel
{
    [FromQuery(Name = "rule")] public string? Rule { get; set; }
    [FromQuery(Name = "severity")] public string? Severity { get; set; }
    [FromQuery(Name = "region")] public string? Region { get; set; }
    [FromQuery(Name = "year")] public string? Year { get; set; }
    [FromQuery(Name = "kind")] public string? Kind { get; set; }
    [FromQuery(Name = "p")] public string? PageNumber { get; set; }

    public string? Problem { get; private set; }
    public FindingsAcrossResult? Result { get; private set; }
    public ComparisonSheet? Sheet { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var (request, problem) = FindingsAcrossRequest.Parse(Rule, Severity, Region, Year, Kind, PageNumber);
        if (request is null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Result = await queries.ListAsync(request, all: format is not null, cancellationToken);
        if (Result is null)
        {
            Problem = "没有这个地区编码。";
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Sheet = FindingsSheet.Of(Result, Caption(request));
        var fileName = "校验问题" + (request.Year is { } y ? $"-{y}" : "") + (request.Region is { } r ? $"-{r}" : "");
        return format switch
        {
            "xlsx" => Download(ComparisonExport.Xlsx(fileName, [Sheet], new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero))),
            "csv" => Download(ComparisonExport.Csv(fileName, [Sheet])),
            _ => Page(),
        };
    }

    public string AddressOf(string? format = null, int? page = null) => PortalPaths.Findings(Result!.Request, format, page);

    /// <summary>The same selection with one filter changed (a rule picked from the counts).</summary>
    public string WithRule(string rule, FindingSeverity severity) =>
        PortalPaths.Findings(Result!.Request with { Rule = rule, Severity = severity, Page = 1 });

    private static string Caption(FindingsAcrossRequest request)
    {
        string?[] parts =
        [
            request.Region is { } region ? $"地区 {region}（含下级地区）" : null,
            request.Year is { } year ? $"{year}年度" : null,
            request.Kind,
            request.Rule is { } rule ? $"规则 {rule}" : null,
            request.Severity?.ToChinese(),
        ];
        var chosen = parts.OfType<string>().ToList();
        return (chosen.Count == 0 ? "全部已公开决算" : string.Join("，", chosen)) + "的校验问题";
    }
}
