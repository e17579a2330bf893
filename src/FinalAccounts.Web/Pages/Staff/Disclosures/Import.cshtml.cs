using System.Text.Json;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.Web.Hosting;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Disclosures;

/// <summary>
/// Import of the nine tables, the self-evaluations and the 基础数据表 from the Excel template: upload, preview (problems, or the cells that
/// change and the findings that would result), then apply in one transaction. Nothing is written
/// before the person confirms, and a refused file changes nothing.
/// </summary>
[RequestSizeLimit(UploadLimits.WorkbookRequest)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.WorkbookRequest)]
public sealed class ImportModel(DraftImports imports) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [FromRoute] public string DepartmentCode { get; set; } = string.Empty;
    [FromRoute] public int Year { get; set; }
    [FromRoute] public int Version { get; set; }

    [BindProperty] public IFormFile? Workbook { get; set; }
    [BindProperty] public string? PartsJson { get; set; }
    [BindProperty] public string? Fingerprint { get; set; }

    public ImportPreview? Preview { get; private set; }
    public string? Error { get; private set; }

    private VersionKey Key => new(DepartmentCode, Year, Version);

    public IActionResult OnGet() => Allowed() ?? Page();

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (Allowed() is { } refused)
        {
            return refused;
        }
        if (Workbook is null || Workbook.Length == 0)
        {
            Error = "请选择要导入的 Excel 文件（.xlsx）。";
            return Page();
        }
        await using var stream = Workbook.OpenReadStream();
        Preview = await imports.PreviewAsync(Key, stream, cancellationToken);
        if (Preview is null)
        {
            return NotFound();
        }
        if (Preview.CanApply)
        {
            PartsJson = JsonSerializer.Serialize(Preview.Parts, Json);
            Fingerprint = Preview.Fingerprint;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        if (Allowed() is { } refused)
        {
            return refused;
        }
        TemplateParts? parts = null;
        try
        {
            parts = string.IsNullOrEmpty(PartsJson) ? null : JsonSerializer.Deserialize<TemplateParts>(PartsJson, Json);
        }
        catch (JsonException)
        {
        }
        if (parts?.Tables is null || string.IsNullOrEmpty(Fingerprint))
        {
            Error = "导入内容无法识别，请重新上传文件。";
            return Page();
        }
        var result = await imports.ApplyAsync(Key, parts, Fingerprint, User.Actor(), cancellationToken);
        if (!result.Succeeded)
        {
            Error = result.Outcome == EditOutcome.Conflict
                ? "导入未成功：上传预览之后，决算表或绩效自评已被其他人修改。请重新上传文件，核对变化后再确认。"
                : result.Message;
            return Page();
        }
        TempData["Message"] = result.Outcome == EditOutcome.Unchanged ? "导入完成：文件与当前内容相同，没有修改。" : $"已导入，{result.Message}";
        return Redirect(StaffPaths.Workspace(DepartmentCode, Year));
    }

    /// <summary>Null when the user may import into this department's drafts; otherwise the refusal.</summary>
    private IActionResult? Allowed() =>
        !User.CanSeeDrafts(DepartmentCode) ? NotFound()
        : !User.CanEdit(DepartmentCode) ? Forbid()
        : null;
}
