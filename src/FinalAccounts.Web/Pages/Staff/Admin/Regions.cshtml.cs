using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Admin;

/// <summary>Administrators keep the region hierarchy: create a region under its parent, rename, retire and restore it.</summary>
public sealed class RegionsModel(RegionAdministration administration) : PageModel
{
    public IReadOnlyList<RegionRow> Regions { get; private set; } = [];
    public string? Error { get; private set; }
    /// <summary>The region whose rename was refused: its row keeps the name typed, the create form stays empty.</summary>
    public string? RefusedRename { get; private set; }

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? ParentCode { get; set; }
    /// <summary>The name the rename form showed, so a rename over someone else's is refused.</summary>
    [BindProperty] public string? ExpectedName { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Regions = await administration.RegionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await administration.CreateAsync(Code, Name, ParentCode, User.Actor(), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRenameAsync(CancellationToken cancellationToken)
    {
        RefusedRename = Code;
        return await ShowAsync(await administration.RenameAsync(Code, Name, ExpectedName, User.Actor(), cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostRetireAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await administration.RetireAsync(Code, User.Actor(), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await administration.RestoreAsync(Code, User.Actor(), cancellationToken), cancellationToken);

    /// <summary>After a change, back to the list with its message; after a refusal, the page again with the input kept.</summary>
    private async Task<IActionResult> ShowAsync(AdministrationResult result, CancellationToken cancellationToken)
    {
        if (!result.Found)
        {
            return NotFound();
        }
        if (result.Succeeded)
        {
            TempData["Message"] = result.Message;
            return RedirectToPage();
        }
        Error = result.Message;
        Regions = await administration.RegionsAsync(cancellationToken);
        return Page();
    }
}
