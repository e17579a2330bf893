using System.ComponentModel.DataAnnotations;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff;

/// <summary>The staff home: the departments the user works for, their years and versions, and opening a new year.</summary>
public sealed class IndexModel(StaffQueries queries, DisclosureWorkflow workflow) : PageModel
{
    public IReadOnlyList<StaffDepartment> Departments { get; private set; } = [];

    [BindProperty] public string DepartmentCode { get; set; } = string.Empty;
    [BindProperty, Range(FiscalYear.Earliest, FiscalYear.Latest, ErrorMessage = "年度应在 {1} 至 {2} 之间。")]
    public int Year { get; set; } = DateTime.Today.Year - 1;
    // An unticked box posts nothing, so the bound value must default to false: a blank year.
    [BindProperty] public bool FromLastYear { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Departments = await queries.DepartmentsAsync(User.ListedDepartments(), User.DraftDepartments(), cancellationToken);

    public async Task<IActionResult> OnPostStartYearAsync(CancellationToken cancellationToken)
    {
        if (!User.CanEdit(DepartmentCode))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            Error = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            await OnGetAsync(cancellationToken);
            return Page();
        }
        var result = await workflow.StartYearAsync(DepartmentCode, Year, FromLastYear, User.Actor(), cancellationToken);
        if (!result.Succeeded)
        {
            Error = result.Message;
            await OnGetAsync(cancellationToken);
            return Page();
        }
        TempData["Message"] = result.Message;
        return Redirect(StaffPaths.Workspace(DepartmentCode, Year));
    }
}
