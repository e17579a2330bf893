using FinalAccounts.Domain.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages;

/// <summary>The public rulebook: every rule the validator applies, with the anchor each finding links to.</summary>
public sealed class RulesModel : PageModel
{
    public IReadOnlyList<RulebookEntry> Rules => Rulebook.Entries;

    public void OnGet()
    {
    }
}
