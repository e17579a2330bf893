using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff;

/// <summary>Signing out is a POST with the antiforgery token, so a link on another site cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<StaffUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/staff/login");
    }
}
