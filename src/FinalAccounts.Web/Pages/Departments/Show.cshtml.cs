using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages.Departments;

/// <summary>A department's published years, each with its headline figures and every version with its correction note.</summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ShowModel(DisclosureQueries queries) : PageModel
{
    public DepartmentPage? Department { get; private set; }

    public async Task<IActionResult> OnGetAsync(string departmentCode, CancellationToken cancellationToken)
    {
        Department = await queries.DepartmentAsync(departmentCode, cancellationToken);
        return Department is null ? NotFound() : Page();
    }
}
