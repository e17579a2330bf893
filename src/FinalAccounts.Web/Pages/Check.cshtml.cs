using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Checking;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FinalAccounts.Web.Pages;

/// <summary>
/// /check: anyone uploads a filled template and reads the validator's findings, grouped by table, each
/// linked to its rule. The page of POST /api/v1/validate: the same check, the same limits; nothing is stored.
/// </summary>
[RequestSizeLimit(OpenChecks.MaxBytes + 1024 * 1024)]
[EnableRateLimiting(ValidateApi.RateLimitPolicy)]
public sealed class CheckModel(OpenChecks checks) : PageModel
{
    [BindProperty]
    public IFormFile? Workbook { get; set; }

    [BindProperty]
    public int Year { get; set; } = DateTime.Today.Year - 1;

    [BindProperty]
    public string? DepartmentCode { get; set; }

    public IReadOnlyList<TemplateProblem> Problems { get; private set; } = [];

    public ValidationReport? Report { get; private set; }

    /// <summary>The findings by the table they are in ("公开02表"); those outside the tables last, under "说明及其他部分".</summary>
    public IEnumerable<IGrouping<string, Finding>> ByTable => (Report?.Findings ?? [])
        .GroupBy(f => f.Location.Table is { } table ? PublishedTables.Number(table) : "说明及其他部分")
        .OrderBy(g => g.Key.StartsWith("公开", StringComparison.Ordinal) ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal);

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        if (Workbook is null || Workbook.Length == 0)
        {
            Problems = [new TemplateProblem("", null, "请选择填好的模板文件（.xlsx）后再检查。")];
            return;
        }
        await using var stream = Workbook.OpenReadStream();
        var check = await checks.CheckTemplateAsync(stream, Year, DepartmentCode, cancellationToken);
        Report = check.Analysis?.Report;
        Problems = check.Problems.Select(p => new TemplateProblem(p.Sheet ?? "", p.Cell, p.Message)).ToList();
    }
}
