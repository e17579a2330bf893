using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Administration;

/// <summary>A region as the administrator's list shows it: where it sits, and how much hangs on it.</summary>
public sealed record RegionRow(string Code, string Name, string? ParentCode, RegionLevel Level, DateOnly? RetiredOn,
    int ActiveChildren, int ActiveDepartments, int Departments)
{
    public bool IsRetired => RetiredOn is not null;
}

/// <summary>
/// The administrator's work on the region hierarchy (省 → 市 → 县/区, by 行政区划代码): create,
/// rename, retire and restore. Nothing is deleted: a retired region keeps its departments and their
/// published years, and takes no new department. Every change is logged with the value before and after.
/// </summary>
public sealed class RegionAdministration(FinalAccountsDbContext db, IEnumerable<IPublicContentListener> listeners, TimeProvider clock)
{
    /// <summary>Every region, in code order (which puts each below its parent), with its counts.</summary>
    public async Task<IReadOnlyList<RegionRow>> RegionsAsync(CancellationToken cancellationToken = default)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking()
            .GroupBy(d => d.RegionCode)
            .Select(g => new { Code = g.Key, All = g.Count(), Active = g.Count(d => d.RetiredOn == null) })
            .ToDictionaryAsync(g => g.Code, cancellationToken);
        return regions.Select(r => new RegionRow(r.Code, r.Name, r.ParentCode, r.Level, r.RetiredOn,
                regions.Count(c => c.ParentCode == r.Code && !c.IsRetired),
                departments.GetValueOrDefault(r.Code)?.Active ?? 0,
                departments.GetValueOrDefault(r.Code)?.All ?? 0))
            .ToList();
    }

    public async Task<AdministrationResult> CreateAsync(string? code, string? name, string? parentCode, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        code = code?.Trim();
        parentCode = string.IsNullOrWhiteSpace(parentCode) ? null : parentCode.Trim();
        if (!Region.IsValidCode(code))
        {
            return AdministrationResult.Refused($"“{code}”不是六位行政区划代码（如 420222）。");
        }
        if (NameProblem(name) is { } problem)
        {
            return AdministrationResult.Refused(problem);
        }
        if (await db.Regions.FindAsync([code], cancellationToken) is { } existing)
        {
            return AdministrationResult.Refused($"行政区划代码 {code} 已经是“{existing.Name}”。");
        }
        var parent = parentCode is null ? null : await db.Regions.FindAsync([parentCode], cancellationToken);
        if (parentCode is not null && parent is null)
        {
            return AdministrationResult.Refused($"上级地区“{parentCode}”不存在。");
        }
        if (Region.ParentProblem(code!, parent) is { } placement)
        {
            return AdministrationResult.Refused(placement);
        }
        var region = new Region(code!, name!, parent?.Code);
        db.Regions.Add(region);
        AdministrationLog.Add(db, clock.GetUtcNow(), actor, AdministrationLog.Region(region.Code), "新建地区", null, Describe(region, parent));
        await SaveAsync(cancellationToken);
        return AdministrationResult.Done($"已新建地区“{region.Name}”（{region.Code}）。");
    }

    /// <param name="expectedName">The name the administrator's form showed: a rename over someone else's is refused.</param>
    public async Task<AdministrationResult> RenameAsync(string? code, string? name, string? expectedName, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        var region = await FindAsync(code, cancellationToken);
        if (region is null)
        {
            return AdministrationResult.NotFound;
        }
        if (NameProblem(name) is { } problem)
        {
            return AdministrationResult.Refused(problem);
        }
        if (expectedName is not null && expectedName != region.Name)
        {
            return AdministrationResult.Refused($"地区 {region.Code} 已被改名为“{region.Name}”，请确认后再修改。");
        }
        var before = region.Name;
        region.Rename(name!);
        if (region.Name == before)
        {
            return AdministrationResult.Done("名称没有变化。");
        }
        AdministrationLog.Add(db, clock.GetUtcNow(), actor, AdministrationLog.Region(region.Code), "更名", before, region.Name);
        await SaveAsync(cancellationToken);
        return AdministrationResult.Done($"已将地区 {region.Code} 更名为“{region.Name}”。");
    }

    /// <summary>Retires a region that no longer has a region or department in use below it.</summary>
    public async Task<AdministrationResult> RetireAsync(string? code, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var region = await FindAsync(code, cancellationToken);
        if (region is null)
        {
            return AdministrationResult.NotFound;
        }
        if (region.IsRetired)
        {
            return AdministrationResult.Done($"地区“{region.Name}”已经撤销。");
        }
        var children = await db.Regions.CountAsync(r => r.ParentCode == region.Code && r.RetiredOn == null, cancellationToken);
        var departments = await db.Departments.CountAsync(d => d.RegionCode == region.Code && d.RetiredOn == null, cancellationToken);
        if (children + departments > 0)
        {
            return AdministrationResult.Refused(
                $"地区“{region.Name}”下还有 {children} 个下级地区、{departments} 个部门在用，须先撤销或调整它们。");
        }
        region.Retire(Today());
        AdministrationLog.Add(db, clock.GetUtcNow(), actor, AdministrationLog.Region(region.Code), "撤销", "在用", $"{region.RetiredOn:yyyy-MM-dd} 撤销");
        await SaveAsync(cancellationToken);
        return AdministrationResult.Done($"已撤销地区“{region.Name}”；它的部门和已公开的决算仍可查阅。");
    }

    public async Task<AdministrationResult> RestoreAsync(string? code, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var region = await FindAsync(code, cancellationToken);
        if (region is null)
        {
            return AdministrationResult.NotFound;
        }
        if (!region.IsRetired)
        {
            return AdministrationResult.Done($"地区“{region.Name}”在用。");
        }
        if (region.ParentCode is { } parentCode && (await db.Regions.FindAsync([parentCode], cancellationToken))?.IsRetired == true)
        {
            return AdministrationResult.Refused($"上级地区 {parentCode} 已撤销，须先恢复上级地区。");
        }
        var before = $"{region.RetiredOn:yyyy-MM-dd} 撤销";
        region.Restore();
        AdministrationLog.Add(db, clock.GetUtcNow(), actor, AdministrationLog.Region(region.Code), "恢复", before, "在用");
        await SaveAsync(cancellationToken);
        return AdministrationResult.Done($"已恢复地区“{region.Name}”。");
    }

    private static string? NameProblem(string? name) => Domain.TextInput.NameProblem(name, "地区名称", Region.MaxNameLength);

    private async Task<Region?> FindAsync(string? code, CancellationToken cancellationToken) =>
        Region.IsValidCode(code?.Trim()) ? await db.Regions.FindAsync([code!.Trim()], cancellationToken) : null;

    private DateOnly Today() => Domain.ChinaTime.DateOf(clock.GetUtcNow());

    private static string Describe(Region region, Region? parent) =>
        $"{region.Code} {region.Name}" + (parent is null ? "（省级）" : $"（上级：{parent.Code} {parent.Name}）");

    /// <summary>Writes the change with its log entry, then drops cached public pages, which show regions and departments by name.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await listeners.NotifyAsync(PublicContentChange.Everything, cancellationToken);
    }
}
