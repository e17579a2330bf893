using System.Text.Json;
using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.Web.Hosting;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Admin;

/// <summary>
/// Administrators keep each year's classification catalog: download one (last year's is the start of
/// next year's), upload a year's workbook, see what is new, renamed, removed and moved against last
/// year, then import it whole. Nothing is written before the administrator confirms.
/// </summary>
[RequestSizeLimit(UploadLimits.WorkbookRequest)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.WorkbookRequest)]
public sealed class CatalogsModel(CatalogAdministration catalogs, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<CatalogYear> Years { get; private set; } = [];
    public IReadOnlyList<TemplateProblem> FileProblems { get; private set; } = [];
    public CatalogPreview? Preview { get; private set; }
    public string? Error { get; private set; }

    [BindProperty] public int? Year { get; set; }
    [BindProperty] public IFormFile? Workbook { get; set; }
    [BindProperty] public string? CatalogJson { get; set; }
    [BindProperty] public string? Fingerprint { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>A year's catalog as a workbook; a year without one gives the blank sample.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(int year, CancellationToken cancellationToken)
    {
        if (year is < Domain.Classification.FiscalYear.Earliest or > Domain.Classification.FiscalYear.Latest)
        {
            return NotFound();
        }
        var catalog = await catalogs.CatalogAsync(year, cancellationToken);
        return File(CatalogWorkbook.Write(catalog, clock.GetUtcNow()), ListWorkbook.ContentType, $"{year}年度科目表.xlsx");
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Year is null)
        {
            Error = "请填写要导入的年度。";
            return Page();
        }
        if (Workbook is null || Workbook.Length == 0)
        {
            Error = "请选择要导入的科目表文件（.xlsx）。";
            return Page();
        }
        await using var stream = Workbook.OpenReadStream();
        var (file, problems) = CatalogWorkbook.Read(stream);
        if (file is null)
        {
            FileProblems = problems;
            return Page();
        }
        Preview = await catalogs.PreviewAsync(Year.Value, file, cancellationToken);
        if (Preview.CanApply)
        {
            CatalogJson = JsonSerializer.Serialize(file, Json);
            Fingerprint = Preview.Fingerprint;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        CatalogFile? file = null;
        try
        {
            file = string.IsNullOrEmpty(CatalogJson) ? null : JsonSerializer.Deserialize<CatalogFile>(CatalogJson, Json);
        }
        catch (JsonException)
        {
        }
        if (file is null || Year is null || file.Functions is null || file.Economics is null || file.Moves is null)
        {
            Error = "导入内容无法识别，请重新上传文件。";
            await LoadAsync(cancellationToken);
            return Page();
        }
        var result = await catalogs.ApplyAsync(Year.Value, file, Fingerprint, User.Actor(), cancellationToken);
        if (!result.Succeeded)
        {
            Error = result.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }
        TempData["Message"] = result.Message;
        return RedirectToPage();
    }

    /// <summary>The year an administrator most likely imports next: the one after the latest.</summary>
    public int NextYear => Years.Count == 0 ? clock.GetUtcNow().Year : Years.Max(y => y.Year) + 1;

    private async Task LoadAsync(CancellationToken cancellationToken) => Years = await catalogs.YearsAsync(cancellationToken);
}
