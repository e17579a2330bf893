using System.ComponentModel.DataAnnotations;
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

    // The display names make the required messages "请填写用户名。" and "请填写密码。" (ChineseValidationMessages).
    [BindProperty, Display(Name = "用户名")] public string UserName { get; set; } = string.Empty;
    [BindProperty, Display(Name = "密码")] public string Password { get; set; } = string.Empty;
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            // An empty field: its message shows beside it; nothing was checked against an account.
            Password = string.Empty;
            return Page();
        }
        // The account is looked up once; Identity's sign-in with the user skips its own lookup.
        var user = await signIn.UserManager.FindByNameAsync(UserName.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Staff user {UserName} signed in", UserName);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/staff");
        }
        logger.LogWarning("Failed sign-in for {UserName} (locked out: {LockedOut})", UserName, result.IsLockedOut);
        if (user is null || result.IsLockedOut)
        {
            // No password of an account was verified; do the work a wrong password costs.
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(new StaffUser(), DecoyHash.Value, Password);
        }
        Error = FailureMessage;
        Password = string.Empty;
        return Page();
    }
}
