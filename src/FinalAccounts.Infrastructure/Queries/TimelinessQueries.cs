using FinalAccounts.Domain;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Queries;

/// <summary>One department's year on the on-time table.</summary>
public sealed record TimelinessRow(string RegionCode, string RegionName, string DepartmentCode, string DepartmentName, string Kind,
    PublicationTimeliness Timeliness);

/// <summary>Every department of a region and its sub-regions for one year, with when each was approved and made public.</summary>
public sealed record TimelinessTable(string RegionCode, string RegionName, int Year, DateOnly Today, IReadOnlyList<TimelinessRow> Rows)
{
    /// <summary>The columns the table sorts by, as the page's links and the downloads name them.</summary>
    public static IReadOnlyList<string> SortKeys { get; } = ["region", "department", "approved", "published", "days", "status"];

    public int Count(TimelinessStatus status) => Rows.Count(r => r.Timeliness.Status == status);

    /// <summary>The rows sorted by one of <see cref="SortKeys"/> (region order for any other); blanks last either way.</summary>
    public IReadOnlyList<TimelinessRow> Sorted(string? key, bool descending)
    {
        IEnumerable<TimelinessRow> sorted = key switch
        {
            "department" => Order(r => r.DepartmentName),
            "approved" => Order(r => r.Timeliness.ApprovedOn),
            "published" => Order(r => r.Timeliness.FirstPublishedOn),
            "days" => Order(r => r.Timeliness.Days),
            "status" => Order(r => (int)r.Timeliness.Status * 100_000 + (r.Timeliness.Days ?? 0)),
            _ => Order(r => r.RegionCode + " " + r.DepartmentCode),
        };
        return sorted.ToList();

        IEnumerable<TimelinessRow> Order<TKey>(Func<TimelinessRow, TKey?> by)
        {
            var known = Rows.Where(r => by(r) is not null);
            var blank = Rows.Where(r => by(r) is null);
            return (descending ? known.OrderByDescending(by) : known.OrderBy(by)).Concat(blank);
        }
    }
}

/// <summary>
/// The publication deadline across a region: for one year, each department's approval date, first
/// publication date, days taken and status. Departments retired before they opened the year are left out.
/// </summary>
public sealed class TimelinessQueries(FinalAccountsDbContext db, TimeProvider clock)
{
    /// <summary>The table for a region (with every region below it) and year; null when there is no such region.</summary>
    public async Task<TimelinessTable?> ForRegionAsync(string? regionCode, int year, CancellationToken cancellationToken = default)
    {
        if (!Region.IsValidCode(regionCode) || year is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return null;
        }
        var regions = await RegionTree.LoadAsync(db, cancellationToken);
        if (regions.Find(regionCode!) is not { } region)
        {
            return null;
        }
        var within = regions.Within(region.Code).ToList();
        var fiscalYear = new FiscalYear(year);
        var rows = await (
                from department in db.Departments.AsNoTracking()
                where within.Contains(department.RegionCode)
                let disclosure = db.Disclosures.FirstOrDefault(d => d.DepartmentId == department.Id && d.Year == fiscalYear)
                where department.RetiredOn == null || disclosure != null
                select new
                {
                    department.Code, department.Name, department.RegionCode, department.Kind,
                    ApprovedOn = disclosure == null ? null : disclosure.ApprovedOn,
                    FirstPublishedAt = disclosure == null ? null : disclosure.Versions.Min(v => v.PublishedAt),
                })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new TimelinessTable(region.Code, region.Name, year, ChinaTime.DateOf(now), rows
            .Select(r => new TimelinessRow(r.RegionCode, regions.Find(r.RegionCode)!.Name, r.Code, r.Name, r.Kind,
                PublicationTimeliness.Of(r.ApprovedOn, r.FirstPublishedAt, now)))
            .OrderBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => r.DepartmentCode, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>The regions one may pick, in code order (each below its parent).</summary>
    public async Task<IReadOnlyList<Region>> RegionsAsync(CancellationToken cancellationToken = default) =>
        await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
}
