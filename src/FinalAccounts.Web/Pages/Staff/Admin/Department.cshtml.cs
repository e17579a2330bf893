using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Admin;

/// <summary>One department: change its names, kind and budget units; retire or restore it.</summary>
public sealed class DepartmentModel(DepartmentAdministration departments) : PageModel
{
    [FromRoute] public string Code { get; set; } = string.Empty;

    public DepartmentRow? Department { get; private set; }
    public string? Error { get; private set; }

    [BindProperty] public DepartmentInput Input { get; set; } = new();
    /// <summary>The department as the form showed it (<see cref="DepartmentRow.Description"/>), so a stale edit is refused.</summary>
    [BindProperty] public string? Expected { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Department = await departments.DepartmentAsync(Code, cancellationToken);
        if (Department is null)
        {
            return NotFound();
        }
        Input = DepartmentInput.From(Department);
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await departments.UpdateAsync(Code, Input.ToForm(), Expected, User.Actor(), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRetireAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await departments.RetireAsync(Code, User.Actor(), cancellationToken), cancellationToken, keepInput: false);

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await departments.RestoreAsync(Code, User.Actor(), cancellationToken), cancellationToken, keepInput: false);

    private async Task<IActionResult> ShowAsync(AdministrationResult result, CancellationToken cancellationToken, bool keepInput = true)
    {
        if (!result.Found)
        {
            return NotFound();
        }
        if (result.Succeeded)
        {
            TempData["Message"] = result.Message;
            return RedirectToPage(new { code = Code });
        }
        Error = result.Message;
        Department = await departments.DepartmentAsync(Code, cancellationToken);
        if (!keepInput && Department is not null)
        {
            Input = DepartmentInput.From(Department);
        }
        return Page();
    }
}
