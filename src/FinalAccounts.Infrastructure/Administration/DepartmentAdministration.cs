using FinalAccounts.Domain;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Administration;

/// <summary>A department as the administrator's list and form show it.</summary>
public sealed record DepartmentRow(string Code, string Name, string ShortName, string RegionCode, string RegionName, string Kind,
    DateOnly? RetiredOn, IReadOnlyList<BudgetUnit> Units, int Years)
{
    public bool IsRetired => RetiredOn is not null;

    /// <summary>Its editable facts as the log writes them; the edit form carries it to refuse a stale edit.</summary>
    public string Description => DepartmentAdministration.Describe(Name, ShortName, Kind, Units);
}

/// <summary>What the department form posts: names, kind and units (the 本级 first, then one 二级预算单位 a line).</summary>
public sealed record DepartmentForm(string? Name, string? ShortName, string? Kind, string? OwnUnit, string? SubordinateUnits);

/// <summary>
/// The administrator's work on departments: create one in a region, change its names, kind and budget
/// units, retire and restore it. The code is never changed here (it is part of every published
/// address), and a rename leaves each published version under the name it was published with.
/// Every change is logged with the values before and after.
/// </summary>
public sealed class DepartmentAdministration(FinalAccountsDbContext db, IEnumerable<IPublicContentListener> listeners, TimeProvider clock)
{
    /// <summary>How many departments the administrators' list shows on a page.</summary>
    public const int PageSize = 100;

    /// <summary>
    /// One page of the departments by region and code: those of the region when given (its code; nothing
    /// else matches a region), whose code or name contains <paramref name="filter"/> when given. A province
    /// has thousands.
    /// </summary>
    public async Task<ListPage<DepartmentRow>> DepartmentsAsync(string? regionCode, string? filter, int page,
        CancellationToken cancellationToken = default)
    {
        var departments = db.Departments.AsNoTracking();
        if (TextInput.Filter(regionCode) is { } region)
        {
            departments = departments.Where(d => d.RegionCode == region);
        }
        if (TextInput.Filter(filter) is { } text)
        {
            departments = departments.Where(d => d.Code.Contains(text) || d.Name.Contains(text) || d.ShortName.Contains(text));
        }
        return await ListPage.ReadAsync(departments.OrderBy(d => d.RegionCode).ThenBy(d => d.Code), page, PageSize, RowsAsync,
            cancellationToken);
    }

    public async Task<DepartmentRow?> DepartmentAsync(string? code, CancellationToken cancellationToken = default) =>
        code is null ? null : (await RowsAsync(db.Departments.AsNoTracking().Where(d => d.Code == code), cancellationToken)).SingleOrDefault();

    /// <summary>The rows of these departments, with their regions' names and how many years each has.</summary>
    private async Task<IReadOnlyList<DepartmentRow>> RowsAsync(IQueryable<Department> departments, CancellationToken cancellationToken)
    {
        var rows = await (
                from department in departments
                join region in db.Regions on department.RegionCode equals region.Code
                orderby department.RegionCode, department.Code
                select new
                {
                    department, RegionName = region.Name,
                    Years = db.Disclosures.Count(d => d.DepartmentId == department.Id),
                })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new DepartmentRow(r.department.Code, r.department.Name, r.department.ShortName, r.department.RegionCode,
            r.RegionName, r.department.Kind, r.department.RetiredOn, r.department.Units, r.Years)).ToList();
    }

    public async Task<AdministrationResult> CreateAsync(string? code, string? regionCode, DepartmentForm form, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        code = code?.Trim();
        if (!Department.IsValidCode(code))
        {
            return AdministrationResult.Refused(
                $"部门编码“{code}”只能包含字母、数字和连字符，最长 {Department.MaxCodeLength} 位（如 420222-sfj）。");
        }
        if (await db.Departments.AnyAsync(d => d.Code == code, cancellationToken))
        {
            return AdministrationResult.Refused($"部门编码“{code}”已被使用。");
        }
        var region = string.IsNullOrWhiteSpace(regionCode) ? null : await db.Regions.FindAsync([regionCode.Trim()], cancellationToken);
        if (region is null)
        {
            return AdministrationResult.Refused($"地区“{regionCode}”不存在，请先在“地区管理”中新建。");
        }
        if (region.IsRetired)
        {
            return AdministrationResult.Refused($"地区“{region.Name}”已撤销，不能新建部门。");
        }
        if (Problem(form) is { } problem)
        {
            return AdministrationResult.Refused(problem);
        }
        var department = new Department(code!, form.Name!, form.ShortName!, region.Code, form.Kind!);
        department.ReplaceUnits(Units(form));
        db.Departments.Add(department);
        AdministrationLog.Add(db, clock.GetUtcNow(), actor, AdministrationLog.Department(department.Code), "新建部门", null,
            $"地区：{region.Code} {region.Name}；{Describe(department)}");
        await SaveAsync(cancellationToken);
        return AdministrationResult.Done($"已新建部门“{department.Name}”（{department.Code}）。");
    }

    /// <param name="expected">What the form showed (as <see cref="Describe"/> writes it): a change over someone else's is refused.</param>
    public async Task<AdministrationResult> UpdateAsync(string? code, DepartmentForm form, string? expected, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        var department = code is null ? null : await db.Departments.SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (department is null)
        {
            return AdministrationResult.NotFound;
        }
        var before = Describe(department);
        if (expected is not null && expected != before)
        {
            return AdministrationResult.Refused("该部门的信息已被他人修改，页面显示的是修改前的内容。请查看当前内容后重新修改。");
        }
        if (Problem(form) is { } problem)
        {
            return AdministrationResult.Refused(problem);
        }
        var renamed = form.Name!.Trim() != department.Name || form.ShortName!.Trim() != department.ShortName;
        department.Rename(form.Name!, form.ShortName!);
        department.ChangeKind(form.Kind!);
        var units = Units(form);
        if (!units.SequenceEqual(department.Units.Select(u => (u.Name, u.Kind))))
        {
            department.ReplaceUnits(units);
        }
        var after = Describe(department);
        if (after == before)
        {
            return AdministrationResult.Done("没有修改任何内容。");
        }
        AdministrationLog.Add(db, clock.GetUtcNow(), actor, AdministrationLog.Department(department.Code), renamed ? "更名" : "修改部门信息",
            before, after);
        await SaveAsync(cancellationToken);
        return AdministrationResult.Done(renamed
            ? $"已保存。部门更名为“{department.Name}”；已公开的各年度决算仍保留公开时的名称。"
            : $"已保存“{department.Name}”的修改。");
    }

    /// <summary>Retires a department: it opens no new year; its published years stay public.</summary>
    public async Task<AdministrationResult> RetireAsync(string? code, StaffActor actor, CancellationToken cancellationToken = default) =>
        await SetRetiredAsync(code, retire: true, actor, cancellationToken);

    public async Task<AdministrationResult> RestoreAsync(string? code, StaffActor actor, CancellationToken cancellationToken = default) =>
        await SetRetiredAsync(code, retire: false, actor, cancellationToken);

    /// <summary>How a department's editable facts read in the log and in the form's stale-edit check.</summary>
    internal static string Describe(Department department) =>
        Describe(department.Name, department.ShortName, department.Kind, department.Units);

    internal static string Describe(string name, string shortName, string kind, IEnumerable<BudgetUnit> units) =>
        $"全称：{name}；简称：{shortName}；类别：{kind}；预算单位：" +
        // In their sequence, whatever order the database returned them in: the text is compared to refuse a stale edit.
        string.Join("、", units.OrderBy(u => u.Sequence).Select(u => u.Kind == BudgetUnitKind.Own ? $"{u.Name}（本级）" : u.Name));

    private async Task<AdministrationResult> SetRetiredAsync(string? code, bool retire, StaffActor actor, CancellationToken cancellationToken)
    {
        var department = code is null ? null : await db.Departments.SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (department is null)
        {
            return AdministrationResult.NotFound;
        }
        if (department.IsRetired == retire)
        {
            return AdministrationResult.Done(retire ? $"“{department.Name}”已经撤销。" : $"“{department.Name}”在用。");
        }
        if (!retire && (await db.Regions.FindAsync([department.RegionCode], cancellationToken))?.IsRetired == true)
        {
            return AdministrationResult.Refused($"所在地区 {department.RegionCode} 已撤销，须先恢复地区。");
        }
        var before = department.IsRetired ? $"{department.RetiredOn:yyyy-MM-dd} 撤销" : "在用";
        if (retire)
        {
            department.Retire(ChinaTime.DateOf(clock.GetUtcNow()));
        }
        else
        {
            department.Restore();
        }
        var after = department.IsRetired ? $"{department.RetiredOn:yyyy-MM-dd} 撤销" : "在用";
        AdministrationLog.Add(db, clock.GetUtcNow(), actor, AdministrationLog.Department(department.Code), retire ? "撤销" : "恢复", before, after);
        await SaveAsync(cancellationToken);
        return AdministrationResult.Done(retire
            ? $"已撤销“{department.Name}”：不能再新建年度，已公开的决算仍向公众公开。"
            : $"已恢复“{department.Name}”。");
    }

    private static string? Problem(DepartmentForm form)
    {
        return TextInput.NameProblem(form.Name, "部门全称", Department.MaxNameLength)
               ?? TextInput.NameProblem(form.ShortName, "部门简称", Department.MaxShortNameLength)
               ?? (DepartmentKinds.IsKnown(form.Kind) ? null : $"请从列表中选择部门类别（“{form.Kind}”不在列表中）。")
               ?? TextInput.NameProblem(form.OwnUnit, "本级单位名称", BudgetUnit.MaxNameLength)
               ?? SubordinateLines(form).Select(line => TextInput.NameProblem(line, "二级预算单位名称", BudgetUnit.MaxNameLength)).FirstOrDefault(p => p is not null)
               ?? Department.UnitsProblem(Units(form));
    }

    private static IReadOnlyList<string> SubordinateLines(DepartmentForm form) =>
        (form.SubordinateUnits ?? "").Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();

    private static IReadOnlyList<(string Name, BudgetUnitKind Kind)> Units(DepartmentForm form) =>
        [(form.OwnUnit?.Trim() ?? "", BudgetUnitKind.Own), .. SubordinateLines(form).Select(l => (l.Trim(), BudgetUnitKind.Subordinate))];

    /// <summary>Writes the change with its log entry, then drops cached public pages, which show regions and departments by name.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await listeners.NotifyAsync(PublicContentChange.Everything, cancellationToken);
    }
}
