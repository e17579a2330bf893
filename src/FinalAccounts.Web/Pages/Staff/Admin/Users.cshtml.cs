using System.Security.Claims;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Admin;

/// <summary>
/// Administrators manage staff accounts: create one with roles and departments, change them,
/// unlock an account, and issue a new password (shown once). A change of roles or departments
/// reaches the user's session within a minute (the security stamp is renewed).
/// </summary>
public sealed class UsersModel(StaffUserAdministration administration, StaffAccounts accounts) : PageModel
{
    public IReadOnlyList<StaffUserRow> Users { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Departments { get; private set; } = [];
    public string? Error { get; private set; }
    /// <summary>A password just set, shown once so the administrator can hand it over.</summary>
    public string? IssuedPassword { get; private set; }

    [BindProperty] public string UserName { get; set; } = string.Empty;
    [BindProperty] public string DisplayName { get; set; } = string.Empty;
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public List<string> DepartmentCodes { get; set; } = [];
    [BindProperty] public string? UserId { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrWhiteSpace(DisplayName) || Roles.Count == 0)
        {
            return await ShowAsync("请填写用户名、显示名称，并至少选择一个角色。");
        }
        if (await administration.UnknownGrantAsync(Roles, DepartmentCodes) is { } unknown)
        {
            return await ShowAsync(unknown);
        }
        // Checked as the account import checks them: a name longer than its column was a 500.
        if (UserName.Trim().Length > StaffAccountRows.MaxUserNameLength)
        {
            return await ShowAsync($"用户名超过{StaffAccountRows.MaxUserNameLength}个字符。");
        }
        if (StaffAccountRows.DisplayNameProblem(DisplayName.Trim()) is { } problem)
        {
            return await ShowAsync(problem);
        }
        var password = StaffAccounts.NewPassword();
        var result = await accounts.CreateAsync(UserName, DisplayName, password, Roles, DepartmentCodes);
        if (!result.Succeeded)
        {
            return await ShowAsync(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        await administration.RecordCreatedAsync(User.Actor(), UserName, Roles, DepartmentCodes);
        IssuedPassword = $"已创建用户“{UserName.Trim()}”，初始密码：{password}（只显示这一次，请交给本人）";
        ModelState.Clear();
        UserName = DisplayName = string.Empty;
        Roles = [];
        DepartmentCodes = [];
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostUpdateAsync() => ChangeAsync(administration.UpdateGrantsAsync(UserId, Roles, DepartmentCodes, User.Actor()));

    public Task<IActionResult> OnPostUnlockAsync() => ChangeAsync(administration.UnlockAsync(UserId, User.Actor()));

    public Task<IActionResult> OnPostDeactivateAsync() => ChangeAsync(administration.DeactivateAsync(UserId, User.Actor()));

    public Task<IActionResult> OnPostReactivateAsync() => ChangeAsync(administration.ReactivateAsync(UserId, User.Actor()));

    /// <summary>After a change, back to the list with its message; a refusal shows the page with the reason; no such account is 404.</summary>
    private async Task<IActionResult> ChangeAsync(Task<AccountChangeResult> change)
    {
        var result = await change;
        if (!result.Found)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            return await ShowAsync(result.Message);
        }
        TempData["Message"] = result.Message;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetPasswordAsync()
    {
        var result = await administration.ResetPasswordAsync(UserId, StaffAccounts.NewPassword(), User.Actor());
        if (!result.Found)
        {
            return NotFound();
        }
        IssuedPassword = result.Message;
        await LoadAsync();
        return Page();
    }

    private async Task<IActionResult> ShowAsync(string error)
    {
        Error = error;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Departments = await administration.DepartmentsAsync();
        Users = await administration.UsersAsync();
    }
}
