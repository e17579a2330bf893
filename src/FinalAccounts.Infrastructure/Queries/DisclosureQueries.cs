using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Queries;

public sealed record PublishedDisclosureListItem(
    string RegionCode, string RegionName, string DepartmentCode, string DepartmentName, int Year, int Version,
    DateOnly? PublishedOn);

public sealed record RegionOverview(string Code, string Name, IReadOnlyList<DepartmentOverview> Departments);

public sealed record DepartmentOverview(string Code, string Name, IReadOnlyList<YearOverview> Years);

public sealed record YearOverview(int Year, int Version, DateOnly? PublishedOn);

public sealed record SummaryTableView(
    string DepartmentCode, string DepartmentName, int Year, int Version, string Title, string ReportingUnit,
    DateOnly? PublishedOn, IReadOnlyList<SummaryTableLine> Lines, string? EmptyStatement);

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

    /// <summary>公开01表 of a published version (the latest when <paramref name="version"/> is null).</summary>
    public async Task<SummaryTableView?> SummaryTableAsync(string departmentCode, int year, int? version,
        CancellationToken cancellationToken = default)
    {
        if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return null;
        }
        var fiscalYear = new FiscalYear(year);
        var header = await (
                from v in db.DisclosureVersions.AsNoTracking()
                join disclosure in db.Disclosures on v.DisclosureId equals disclosure.Id
                join department in db.Departments on disclosure.DepartmentId equals department.Id
                where department.Code == departmentCode && disclosure.Year == fiscalYear
                      && v.Status == DisclosureStatus.Published && (version == null || v.Number == version)
                orderby v.Number descending
                select new { v.Id, v.Number, v.Title, v.ReportingUnit, v.PublishedOn, DepartmentName = department.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (header is null)
        {
            return null;
        }

        var content = await db.DisclosureVersions.AsNoTracking()
            .Where(v => v.Id == header.Id)
            .Select(v => new { v.Summary, Lines = v.SummaryExpenditure.ToList(), Empty = v.EmptyTableStatements.ToList() })
            .SingleAsync(cancellationToken);
        var catalog = await db.FunctionClassifications.AsNoTracking()
            .Where(c => c.Year == fiscalYear)
            .Select(c => new { c.Code, c.Name })
            .ToListAsync(cancellationToken);
        var classNames = catalog.Where(c => c.Code.Level == FunctionLevel.Class).ToDictionary(c => c.Code.Value, c => c.Name);

        var lines = SummaryTableLayout.Build(content.Summary, content.Lines, classNames);
        var empty = content.Empty.FirstOrDefault(s => s.Table == PublishedTable.IncomeExpenditureSummary)?.Text;
        return new SummaryTableView(departmentCode, header.DepartmentName, year, header.Number, header.Title,
            header.ReportingUnit, header.PublishedOn, lines, empty);
    }
}
