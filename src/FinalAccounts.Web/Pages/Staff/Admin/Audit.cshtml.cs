using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Admin;

/// <summary>The administration log: every account change with who made it and when, filtered by subject and by administrator.</summary>
public sealed class AuditModel(StaffUserAdministration administration) : PageModel
{
    /// <summary>The most entries one page lists; a filter narrows the rest.</summary>
    public const int Limit = 500;

    [BindProperty(SupportsGet = true)] public string? Subject { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }

    public IReadOnlyList<AdministrationEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await administration.LogAsync(Subject, Actor, Limit, cancellationToken);
}
