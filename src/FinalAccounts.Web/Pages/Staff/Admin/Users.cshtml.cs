using System.Security.Claims;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Admin;

/// <summary>
/// Administrators manage staff accounts: create one with roles and departments, change them,
/// unlock an account, and issue a new password (shown once). A change of roles or departments
/// reaches the user's session within a minute (the security stamp is renewed). A province has
/// thousands of accounts and departments: the list is paged and filtered ("q": a name, or a department
/// code granted), and departments are granted by code, each account's current ones as checkboxes.
/// </summary>
public sealed class UsersModel(StaffUserAdministration administration, StaffAccounts accounts) : PageModel
{
    public ListPage<StaffUserRow> Users { get; private set; } = new([], 0, 1, StaffUserAdministration.PageSize);

    /// <summary>The names of the departments granted to the accounts shown, by code.</summary>
    public IReadOnlyDictionary<string, string> DepartmentNames { get; private set; } = new Dictionary<string, string>();
    public string? Error { get; private set; }
    /// <summary>A password just set, shown once so the administrator can hand it over.</summary>
    public string? IssuedPassword { get; private set; }

    [BindProperty] public string UserName { get; set; } = string.Empty;
    [BindProperty] public string DisplayName { get; set; } = string.Empty;
    [BindProperty] public List<string> Roles { get; set; } = [];
    /// <summary>The departments' codes: checked boxes, and codes typed in a field, several split at 、 , ， ; or spaces.</summary>
    [BindProperty] public List<string?> DepartmentCodes { get; set; } = [];
    [BindProperty] public string? UserId { get; set; }

    /// <summary>Shows the accounts whose user name or display name contains it, or that are granted the department of that code.</summary>
    [BindProperty(SupportsGet = true, Name = "q")] public string? Filter { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    /// <summary>The codes posted, split and each once.</summary>
    private IReadOnlyList<string> Codes => DepartmentCodes.SelectMany(StaffAccountRows.Split).Distinct(StringComparer.Ordinal).ToList();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrWhiteSpace(DisplayName) || Roles.Count == 0)
        {
            return await ShowAsync("请填写用户名、显示名称，并至少选择一个角色。");
        }
        if (await administration.UnknownGrantAsync(Roles, Codes) is { } unknown)
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
        var result = await accounts.CreateAsync(UserName, DisplayName, password, Roles, Codes);
        if (!result.Succeeded)
        {
            return await ShowAsync(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        await administration.RecordCreatedAsync(User.Actor(), UserName, Roles, Codes);
        IssuedPassword = $"已创建用户“{UserName.Trim()}”，初始密码：{password}（只显示这一次，请交给本人）";
        ModelState.Clear();
        // The list shows the new account.
        Filter = UserName.Trim();
        PageNumber = 1;
        UserName = DisplayName = string.Empty;
        Roles = [];
        DepartmentCodes = [];
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostUpdateAsync() => ChangeAsync(administration.UpdateGrantsAsync(UserId, Roles, Codes, User.Actor()));

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
        return RedirectToPage(new { q = Filter, p = PageNumber });
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

    /// <summary>
    /// What goes back in the account's field for more departments: after a refused change of that account,
    /// the codes typed that it does not hold yet, so the administrator corrects them rather than retypes them.
    /// </summary>
    public string CodesToAdd(StaffUserRow user) =>
        Error is not null && user.Id == UserId ? string.Join(" ", Codes.Except(user.Departments, StringComparer.Ordinal)) : "";

    /// <summary>The address of another page of the list, with the same filter.</summary>
    public string PageLink(int page) => Url.Page("/Staff/Admin/Users", new { q = Filter, p = page })!;

    private async Task LoadAsync()
    {
        Users = await administration.UsersAsync(Filter, PageNumber);
        DepartmentNames = await administration.DepartmentNamesAsync([.. Users.Rows.SelectMany(u => u.Departments)]);
    }
}
