using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Queries;

public sealed record PublishedDisclosureListItem(
    string RegionCode, string RegionName, string DepartmentCode, string DepartmentName, int Year, int Version,
    DateOnly? PublishedOn);

public sealed record RegionOverview(string Code, string Name, IReadOnlyList<DepartmentOverview> Departments);

public sealed record DepartmentOverview(string Code, string Name, IReadOnlyList<YearOverview> Years);

public sealed record YearOverview(int Year, int Version, DateOnly? PublishedOn);

/// <summary>Read models for the public pages and the open-data API: published versions only.</summary>
public sealed class DisclosureQueries(FinalAccountsDbContext db)
{
    /// <summary>Every published version, newest year first.</summary>
    public async Task<IReadOnlyList<PublishedDisclosureListItem>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (
                from version in db.DisclosureVersions.AsNoTracking()
                where version.Status == DisclosureStatus.Published
                join disclosure in db.Disclosures on version.DisclosureId equals disclosure.Id
                join department in db.Departments on disclosure.DepartmentId equals department.Id
                join region in db.Regions on department.RegionCode equals region.Code
                select new
                {
                    RegionCode = region.Code, RegionName = region.Name, DepartmentCode = department.Code,
                    DepartmentName = department.Name, disclosure.Year, version.Number, version.PublishedOn,
                })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new PublishedDisclosureListItem(r.RegionCode, r.RegionName, r.DepartmentCode, r.DepartmentName,
                r.Year.Value, r.Number, r.PublishedOn))
            .OrderBy(r => r.RegionCode, StringComparer.Ordinal)
            .ThenBy(r => r.DepartmentCode, StringComparer.Ordinal)
            .ThenByDescending(r => r.Year)
            .ThenByDescending(r => r.Version)
            .ToList();
    }

    /// <summary>Regions → departments → years (latest published version of each), newest year first.</summary>
    public async Task<IReadOnlyList<RegionOverview>> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var published = await ListPublishedAsync(cancellationToken);
        return published
            .GroupBy(p => (p.RegionCode, p.RegionName))
            .Select(region => new RegionOverview(region.Key.RegionCode, region.Key.RegionName, region
                .GroupBy(p => (p.DepartmentCode, p.DepartmentName))
                .Select(department => new DepartmentOverview(department.Key.DepartmentCode, department.Key.DepartmentName,
                    department.GroupBy(p => p.Year)
                        .Select(year => year.First())
                        .Select(p => new YearOverview(p.Year, p.Version, p.PublishedOn))
                        .ToList()))
                .ToList()))
            .ToList();
    }
}
