using System.Security.Claims;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Web.Pages.Staff.Admin;

public sealed record UserRow(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Departments, bool LockedOut);

/// <summary>
/// Administrators manage staff accounts: create one with roles and departments, change them,
/// unlock an account, and issue a new password (shown once). A change of roles or departments
/// reaches the user's session within a minute (the security stamp is renewed).
/// </summary>
public sealed class UsersModel(UserManager<StaffUser> users, StaffAccounts accounts, FinalAccountsDbContext db) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];
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
        if (await UnknownGrantAsync() is { } unknown)
        {
            return await ShowAsync(unknown);
        }
        var password = StaffAccounts.NewPassword();
        var result = await accounts.CreateAsync(UserName, DisplayName, password, Roles, DepartmentCodes);
        if (!result.Succeeded)
        {
            return await ShowAsync(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        IssuedPassword = $"已创建用户“{UserName.Trim()}”，初始密码：{password}（只显示这一次，请交给本人）";
        ModelState.Clear();
        UserName = DisplayName = string.Empty;
        Roles = [];
        DepartmentCodes = [];
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync()
    {
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        if (user is null)
        {
            return NotFound();
        }
        if (Roles.Count == 0)
        {
            return await ShowAsync($"“{user.UserName}”至少要有一个角色。");
        }
        if (await UnknownGrantAsync() is { } unknown)
        {
            return await ShowAsync(unknown);
        }
        if (user.Id == User.FindFirstValue(ClaimTypes.NameIdentifier) && !Roles.Contains(StaffRoles.Administrator))
        {
            return await ShowAsync("不能取消自己的管理员角色，以免无人管理。");
        }
        var currentRoles = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, currentRoles.Except(Roles));
        await users.AddToRolesAsync(user, Roles.Except(currentRoles));
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffClaims.Department).ToList();
        await users.RemoveClaimsAsync(user, claims.Where(c => !DepartmentCodes.Contains(c.Value)));
        await users.AddClaimsAsync(user, DepartmentCodes.Except(claims.Select(c => c.Value)).Select(code => new Claim(StaffClaims.Department, code)));
        await users.UpdateSecurityStampAsync(user);
        TempData["Message"] = $"已更新“{user.UserName}”的角色和部门。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync()
    {
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        if (user is null)
        {
            return NotFound();
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Message"] = $"已解锁“{user.UserName}”。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostResetPasswordAsync()
    {
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        if (user is null)
        {
            return NotFound();
        }
        var password = StaffAccounts.NewPassword();
        await users.RemovePasswordAsync(user);
        await users.AddPasswordAsync(user, password);
        await users.UpdateSecurityStampAsync(user);
        IssuedPassword = $"“{user.UserName}”的新密码：{password}（只显示这一次，请交给本人）";
        await LoadAsync();
        return Page();
    }

    private async Task<string?> UnknownGrantAsync()
    {
        var known = await db.Departments.Select(d => d.Code).ToListAsync();
        var unknownRole = Roles.FirstOrDefault(r => !StaffRoles.All.Contains(r));
        var unknownDepartment = DepartmentCodes.FirstOrDefault(c => !known.Contains(c));
        return unknownRole is not null ? $"没有“{unknownRole}”这个角色。"
            : unknownDepartment is not null ? $"没有编码为“{unknownDepartment}”的部门。"
            : null;
    }

    private async Task<IActionResult> ShowAsync(string error)
    {
        Error = error;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Departments = (await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).ToListAsync())
            .Select(d => (d.Code, d.Name)).ToList();
        var rows = new List<UserRow>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync())
        {
            rows.Add(new UserRow(user.Id, user.UserName ?? "", user.DisplayName, (await users.GetRolesAsync(user)).ToList(),
                (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffClaims.Department).Select(c => c.Value).ToList(),
                await users.IsLockedOutAsync(user)));
        }
        Users = rows;
    }
}
