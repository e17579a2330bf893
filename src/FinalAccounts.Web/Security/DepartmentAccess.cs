using System.Security.Claims;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Web.Security;

/// <summary>
/// Which versions of a department's disclosures a caller may see. The public sees published
/// versions; a signed-in member of the department's staff — a user carrying the department claim —
/// also sees drafts and submitted versions. The staff sign-in that issues the claim is part of the
/// staff area.
/// </summary>
public static class DepartmentAccess
{
    /// <summary>The claim naming a department (by code) a user works for; one claim per department.</summary>
    public const string DepartmentClaim = "finalaccounts:department";

    public static VersionVisibility VisibilityFor(ClaimsPrincipal user, string departmentCode) =>
        user.Identity?.IsAuthenticated == true && user.HasClaim(DepartmentClaim, departmentCode)
            ? VersionVisibility.IncludingUnpublished
            : VersionVisibility.PublishedOnly;
}
