using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff;

public sealed class LoginModel(SignInManager<StaffUser> signIn, ILogger<LoginModel> logger) : PageModel
{
    [BindProperty] public string UserName { get; set; } = string.Empty;
    [BindProperty] public string Password { get; set; } = string.Empty;
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "请输入用户名和密码。";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Staff user {UserName} signed in", UserName);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }
        logger.LogWarning("Failed sign-in for {UserName} (locked out: {LockedOut})", UserName, result.IsLockedOut);
        Error = result.IsLockedOut
            ? "该账户因多次输错密码已被锁定，请稍后再试或联系管理员解锁。"
            : "用户名或密码不正确。";
        Password = string.Empty;
        return Page();
    }
}
