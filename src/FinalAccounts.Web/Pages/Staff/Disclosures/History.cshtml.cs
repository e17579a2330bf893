using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Disclosures;

/// <summary>The audit log of a department's year: every changed field or cell and every workflow step, newest first.</summary>
public sealed class HistoryModel(StaffQueries queries) : PageModel
{
    [FromRoute] public string DepartmentCode { get; set; } = string.Empty;
    [FromRoute] public int Year { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!User.CanSeeDrafts(DepartmentCode))
        {
            return NotFound();
        }
        Entries = await queries.HistoryAsync(DepartmentCode, Year, cancellationToken);
        return Page();
    }
}
