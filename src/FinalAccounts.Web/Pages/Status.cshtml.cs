using FinalAccounts.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FinalAccounts.Web.Pages;

/// <summary>
/// What a refused request says to a person (<see cref="StatusPages"/>). Rendered again under the original
/// answer's code for whatever method the request had, so it takes no antiforgery token and has no handler
/// but GET's. Asked for directly, it answers 404 whatever code its address names.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public int Code => StatusPages.ReExecutedFor(HttpContext) ?? StatusCodes.Status404NotFound;

    public (string Heading, string Detail) Words => StatusPages.Words(localizer, Code);

    public void OnGet() => Response.StatusCode = Code;
}
