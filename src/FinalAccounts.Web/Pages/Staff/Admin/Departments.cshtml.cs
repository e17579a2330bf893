using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Admin;

/// <summary>
/// Administrators list departments — by region, found by code or name, a page at a time — and create
/// one with its kind and budget units.
/// </summary>
public sealed class DepartmentsModel(DepartmentAdministration departments, RegionAdministration regions) : PageModel
{
    public ListPage<DepartmentRow> Departments { get; private set; } = new([], 0, 1, DepartmentAdministration.PageSize);
    public IReadOnlyList<RegionRow> Regions { get; private set; } = [];
    public string? Error { get; private set; }

    /// <summary>The list shows one region's departments when set.</summary>
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    /// <summary>The list shows the departments whose code or name contains it when set.</summary>
    [BindProperty(SupportsGet = true, Name = "q")] public string? Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? RegionCode { get; set; }
    [BindProperty] public DepartmentInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await departments.CreateAsync(Code, RegionCode, Input.ToForm(), User.Actor(), cancellationToken);
        if (result.Succeeded)
        {
            TempData["Message"] = result.Message;
            return RedirectToPage("/Staff/Admin/Department", new { code = Code!.Trim() });
        }
        Error = result.Message;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Regions = await regions.RegionsAsync(cancellationToken);
        Departments = await departments.DepartmentsAsync(Region, Filter, PageNumber, cancellationToken);
    }

    /// <summary>The address of another page of the list, with the same filters.</summary>
    public string PageLink(int page) => Url.Page("/Staff/Admin/Departments", new { Region, q = Filter, p = page })!;
}

/// <summary>The department form's fields, shared by the create and the edit page.</summary>
public sealed class DepartmentInput
{
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public string? Kind { get; set; }
    public string? OwnUnit { get; set; }
    /// <summary>The 二级预算单位, one a line.</summary>
    public string? SubordinateUnits { get; set; }

    public DepartmentForm ToForm() => new(Name, ShortName, Kind, OwnUnit, SubordinateUnits);

    public static DepartmentInput From(DepartmentRow department) => new()
    {
        Name = department.Name,
        ShortName = department.ShortName,
        Kind = department.Kind,
        OwnUnit = department.Units.FirstOrDefault(u => u.Kind == Domain.Organizations.BudgetUnitKind.Own)?.Name,
        SubordinateUnits = string.Join("\n", department.Units.Where(u => u.Kind == Domain.Organizations.BudgetUnitKind.Subordinate).Select(u => u.Name)),
    };
}
