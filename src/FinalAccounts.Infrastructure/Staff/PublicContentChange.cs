using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// What changed for the public. A publication, a withdrawal or an approval date changes one department-year:
/// the department's pages, the pages of its region and of every region above it, the pages about that year
/// only, and every page that lists or counts across departments (home, search, comparisons). An
/// administrator's change (a rename, a retirement, a year's catalog) may show on any page: <see cref="Everything"/>.
/// </summary>
public sealed class PublicContentChange
{
    private PublicContentChange(string? departmentCode, int? year, IReadOnlyList<string> regionCodes)
    {
        DepartmentCode = departmentCode;
        Year = year;
        RegionCodes = regionCodes;
    }

    public static readonly PublicContentChange Everything = new(null, null, []);

    /// <summary>The department whose disclosures changed; null when anything may have.</summary>
    public string? DepartmentCode { get; }

    /// <summary>The fiscal year that changed; null when anything may have.</summary>
    public int? Year { get; }

    /// <summary>The department's region and every region above it.</summary>
    public IReadOnlyList<string> RegionCodes { get; }

    public static PublicContentChange OfDepartmentYear(string departmentCode, int year, IReadOnlyList<string> regionCodes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(departmentCode);
        return new(departmentCode, year, regionCodes);
    }

    /// <summary>The change a publication or withdrawal of the version makes (everything if it cannot be found).</summary>
    public static async Task<PublicContentChange> OfVersionAsync(FinalAccountsDbContext db, long versionId, CancellationToken cancellationToken)
    {
        var target = await db.DepartmentVersions()
            .Where(v => v.Version.Id == versionId)
            .Select(v => new { v.Department.Code, v.Department.RegionCode, v.Disclosure.Year })
            .SingleOrDefaultAsync(cancellationToken);
        return target is null
            ? Everything
            : OfDepartmentYear(target.Code, target.Year.Value, await RegionsAsync(db, target.RegionCode, cancellationToken));
    }

    /// <summary>The change of a department-year's record (everything if the department cannot be found).</summary>
    public static async Task<PublicContentChange> OfDepartmentYearAsync(FinalAccountsDbContext db, string departmentCode, int year,
        CancellationToken cancellationToken)
    {
        var regionCode = await db.Departments.Where(d => d.Code == departmentCode).Select(d => d.RegionCode).SingleOrDefaultAsync(cancellationToken);
        return regionCode is null
            ? Everything
            : OfDepartmentYear(departmentCode, year, await RegionsAsync(db, regionCode, cancellationToken));
    }

    /// <summary>The region and every region above it.</summary>
    private static async Task<IReadOnlyList<string>> RegionsAsync(FinalAccountsDbContext db, string regionCode,
        CancellationToken cancellationToken) =>
        [.. (await RegionTree.LoadAsync(db, cancellationToken)).Path(regionCode).Select(r => r.Code)];
}

/// <summary>Told when what the public may see has changed, e.g. to drop cached pages.</summary>
public interface IPublicContentListener
{
    Task PublicContentChangedAsync(PublicContentChange change, CancellationToken cancellationToken);
}

public static class PublicContentListeners
{
    /// <summary>Tells every listener, one after the other.</summary>
    public static async Task NotifyAsync(this IEnumerable<IPublicContentListener> listeners, PublicContentChange change,
        CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.PublicContentChangedAsync(change, cancellationToken);
        }
    }
}
