using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;

namespace FinalAccounts.Infrastructure.Persistence;

/// <summary>
/// A version with the disclosure it belongs to and that disclosure's department: what it takes to
/// address a version the way pages, staff and documents do — department code, year, version number.
/// </summary>
internal sealed class DepartmentVersion
{
    public required DisclosureVersion Version { get; init; }
    public required Disclosure Disclosure { get; init; }
    public required Department Department { get; init; }
}

/// <summary>
/// The one way to reach versions by department and year. The model has no navigation from a version
/// to its disclosure or from a disclosure to its department, so the join lives here instead of in
/// every query that needs it; callers compose on it and it stays one SQL statement.
/// </summary>
internal static class VersionLookup
{
    /// <summary>Every version joined with its disclosure and department, for further filtering and projection.</summary>
    public static IQueryable<DepartmentVersion> DepartmentVersions(this FinalAccountsDbContext db) =>
        from version in db.DisclosureVersions
        join disclosure in db.Disclosures on version.DisclosureId equals disclosure.Id
        join department in db.Departments on disclosure.DepartmentId equals department.Id
        select new DepartmentVersion { Version = version, Disclosure = disclosure, Department = department };

    /// <summary>The versions of a department's year.</summary>
    public static IQueryable<DepartmentVersion> Of(this IQueryable<DepartmentVersion> versions, string departmentCode, FiscalYear year) =>
        versions.Where(v => v.Department.Code == departmentCode && v.Disclosure.Year == year);

    /// <summary>Version <paramref name="number"/> of a department's year: at most one row.</summary>
    public static IQueryable<DepartmentVersion> Of(this IQueryable<DepartmentVersion> versions, string departmentCode, FiscalYear year,
        int number) =>
        versions.Of(departmentCode, year).Where(v => v.Version.Number == number);
}
