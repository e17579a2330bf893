using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff;

/// <summary>
/// Staff sign-in. A failure says the same whatever failed — unknown name, wrong password, locked
/// account — and takes about as long, so the form does not tell an attacker which accounts exist.
/// </summary>
public sealed class LoginModel(SignInManager<StaffUser> signIn, ILogger<LoginModel> logger) : PageModel
{
    /// <summary>The one message of a failed sign-in; it states the lockout rule instead of revealing a lockout.</summary>
    public static readonly string FailureMessage =
        $"用户名或密码不正确。连续输错 {StaffSetup.MaxFailedAttempts} 次，账户将锁定 {StaffSetup.LockoutDuration.TotalMinutes:0} 分钟；" +
        "如仍无法登录，请稍后再试或联系管理员。";

    // A hash to verify against when no password of a real account was checked, so every failure costs one verification.
    private static readonly Lazy<string> DecoyHash = new(() =>
        new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));

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
        if (result.IsLockedOut || await signIn.UserManager.FindByNameAsync(UserName.Trim()) is null)
        {
            // Identity answered without verifying a password; do the same work it does for a wrong one.
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new StaffUser(), DecoyHash.Value, Password);
        }
        Error = FailureMessage;
        Password = string.Empty;
        return Page();
    }
}
