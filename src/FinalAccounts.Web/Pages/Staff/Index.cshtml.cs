using System.ComponentModel.DataAnnotations;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff;

/// <summary>
/// The staff home: the departments the user works for, their years and versions, and opening a new year.
/// An administrator or auditor works for every department of the province: the list is paged and found
/// by code, name or region ("q").
/// </summary>
public sealed class IndexModel(StaffQueries queries, DisclosureWorkflow workflow) : PageModel
{
    public ListPage<StaffDepartment> Departments { get; private set; } = new([], 0, 1, StaffQueries.PageSize);

    [BindProperty(SupportsGet = true, Name = "q")] public string? Filter { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    [BindProperty] public string DepartmentCode { get; set; } = string.Empty;
    [BindProperty, Range(FiscalYear.Earliest, FiscalYear.Latest, ErrorMessage = "年度应在 {1} 至 {2} 之间。")]
    public int Year { get; set; } = DateTime.Today.Year - 1;
    // An unticked box posts nothing, so the bound value must default to false: a blank year.
    [BindProperty] public bool FromLastYear { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Departments = await queries.DepartmentsAsync(User.ListedDepartments(), User.DraftDepartments(), Filter, PageNumber, cancellationToken);

    /// <summary>The address of another page of the list, with the same filter.</summary>
    public string PageLink(int page) => Url.Page("/Staff/Index", new { q = Filter, p = page })!;

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
