using System.Text.Json;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Hosting;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Admin;

/// <summary>
/// Administrators create many staff accounts from a workbook: download the sample, upload the filled
/// file to see every problem or the accounts it would create, then confirm. All accounts are created
/// together or none is, and their initial passwords are shown once, on the answer to the confirmation.
/// </summary>
[RequestSizeLimit(UploadLimits.WorkbookRequest)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.WorkbookRequest)]
public sealed class ImportUsersModel(StaffAccountImport import, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty] public IFormFile? Workbook { get; set; }
    /// <summary>The rows of the previewed file, as the confirmation form carries them back; checked again before anything is created.</summary>
    [BindProperty] public string? RowsJson { get; set; }

    public AccountImportPreview? Preview { get; private set; }
    /// <summary>Why the confirmation created nothing.</summary>
    public IReadOnlyList<string> Refusals { get; private set; } = [];
    /// <summary>The accounts just created with their initial passwords, shown this once.</summary>
    public IReadOnlyList<IssuedAccount> Created { get; private set; } = [];
    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetSample()
    {
        Response.Headers.CacheControl = "no-store";
        return File(StaffAccountImport.Sample(clock.GetUtcNow()), StaffAccountImport.ContentType, StaffAccountImport.SampleFileName);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (Workbook is null || Workbook.Length == 0)
        {
            Error = "请选择要导入的账户表 Excel 文件（.xlsx）。";
            return Page();
        }
        await using var stream = Workbook.OpenReadStream();
        Preview = await import.PreviewAsync(stream, cancellationToken);
        RowsJson = Preview.CanApply ? JsonSerializer.Serialize(Preview.Rows, Json) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        List<AccountRow>? rows = null;
        try
        {
            rows = string.IsNullOrEmpty(RowsJson) ? null : JsonSerializer.Deserialize<List<AccountRow>>(RowsJson, Json);
        }
        catch (JsonException)
        {
        }
        if (rows is null || rows.Count == 0 || rows.Any(r => r is null))
        {
            Error = "导入内容无法识别，请重新上传文件。";
            return Page();
        }
        var result = await import.ApplyAsync(rows, StaffAccounts.NewPassword, User.Actor(), cancellationToken);
        if (!result.Succeeded)
        {
            Refusals = result.Problems;
            return Page();
        }
        Created = result.Created;
        // The passwords are in this answer only: no copy may be kept by a cache.
        Response.Headers.CacheControl = "no-store";
        RowsJson = null;
        return Page();
    }
}
