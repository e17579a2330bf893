using FinalAccounts.Infrastructure.Comparisons;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages.Disclosures;

/// <summary>
/// What a correction changed (…/v{n}/changes): every amount of the nine tables that differs from
/// the published version before it, with the correction note and links to both versions. Public;
/// only published versions are compared.
/// </summary>
[OutputCache(PolicyName = Hosting.PublicPageCache.Policy)]
public sealed class ChangesModel(VersionChangeQueries queries) : PageModel
{
    public VersionChanges Changes { get; private set; } = null!;
    public ComparisonSheet Sheet { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string departmentCode, int year, int version, CancellationToken cancellationToken)
    {
        if (await queries.ForAsync(departmentCode, year, version, cancellationToken) is not { } changes)
        {
            return NotFound();
        }
        Changes = changes;
        Sheet = VersionChangeSheet.Of(changes);
        return Page();
    }
}
