using System.Security.Claims;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Staff;

namespace FinalAccounts.Web.Security;

/// <summary>
/// Which versions of a department's disclosures a caller may see on the public addresses. The public
/// sees published versions; staff who may see the department's drafts (<see cref="StaffScope.CanSeeDrafts"/>)
/// also see drafts and submitted versions there: the preview of the page, the PDF and the downloads.
/// Such responses are never cached (output caching skips signed-in requests).
/// </summary>
public static class DepartmentAccess
{
    public static VersionVisibility VisibilityFor(ClaimsPrincipal user, string departmentCode) =>
        user.Identity?.IsAuthenticated == true && user.CanSeeDrafts(departmentCode)
            ? VersionVisibility.IncludingUnpublished
            : VersionVisibility.PublishedOnly;
}
