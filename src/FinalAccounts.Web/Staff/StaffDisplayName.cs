using System.Security.Claims;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FinalAccounts.Web.Staff;

/// <summary>Adds the user's display name to the sign-in cookie, so pages and the audit log need no lookup.</summary>
internal sealed class StaffDisplayName(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    public const string ClaimType = "finalaccounts:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimType, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }
}
