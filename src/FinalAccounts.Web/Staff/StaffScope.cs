using System.Security.Claims;
using FinalAccounts.Infrastructure.Staff;

namespace FinalAccounts.Web.Staff;

/// <summary>
/// What a signed-in user may do for a department. Editors and reviewers act only where they hold the
/// department claim; auditors read every department's published versions and the drafts of
/// departments they hold a claim for; administrators see everything and withdraw versions, but
/// enter and approve nothing unless they also hold those roles for the department.
/// </summary>
public static class StaffScope
{
    public static bool WorksFor(this ClaimsPrincipal user, string departmentCode) =>
        user.HasClaim(StaffClaims.Department, departmentCode);

    public static bool CanEdit(this ClaimsPrincipal user, string departmentCode) =>
        user.IsInRole(StaffRoles.Editor) && user.WorksFor(departmentCode);

    public static bool CanReview(this ClaimsPrincipal user, string departmentCode) =>
        user.IsInRole(StaffRoles.Reviewer) && user.WorksFor(departmentCode);

    public static bool CanWithdraw(this ClaimsPrincipal user) => user.IsInRole(StaffRoles.Administrator);

    /// <summary>Drafts and submitted versions, their findings and their history.</summary>
    public static bool CanSeeDrafts(this ClaimsPrincipal user, string departmentCode) =>
        user.IsInRole(StaffRoles.Administrator) || user.WorksFor(departmentCode);

    /// <summary>Whether the department's workspace opens at all (with drafts or only what is published).</summary>
    public static bool CanOpen(this ClaimsPrincipal user, string departmentCode) =>
        user.CanSeeDrafts(departmentCode) || user.IsInRole(StaffRoles.Auditor);

    /// <summary>The departments the user's dashboard lists; null means all of them.</summary>
    public static IReadOnlyCollection<string>? ListedDepartments(this ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Administrator) || user.IsInRole(StaffRoles.Auditor)
            ? null
            : user.FindAll(StaffClaims.Department).Select(c => c.Value).ToList();

    /// <summary>The departments whose drafts the user may see; null means all of them (administrators).</summary>
    public static IReadOnlyCollection<string>? DraftDepartments(this ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.Administrator) ? null : user.FindAll(StaffClaims.Department).Select(c => c.Value).ToList();

    public static StaffActor Actor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."),
            user.FindFirstValue(StaffDisplayName.ClaimType) ?? user.Identity?.Name ?? "?");
}
