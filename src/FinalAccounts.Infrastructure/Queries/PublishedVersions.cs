using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Queries;

/// <summary>
/// A published version with its disclosure's department and region: what the public lists are built
/// from. <see cref="DepartmentName"/> is the department's name today, <see cref="PublishedName"/> the
/// one the version was published under.
/// </summary>
internal sealed record PublishedVersionRow(
    long VersionId, int DepartmentId, string RegionCode, string RegionName, string DepartmentCode, string DepartmentName,
    string DepartmentShortName, int Year, int Number, string Title, DateOnly? PublishedOn, string? CorrectionNote,
    string PublishedName);

internal static class PublishedVersions
{
    /// <summary>
    /// Published versions — of one department, or of all; of one year, or of every year — ordered by region
    /// and department code, newest year and version first. Drafts, submitted and withdrawn versions are never read.
    /// </summary>
    public static async Task<List<PublishedVersionRow>> ListAsync(FinalAccountsDbContext db, string? departmentCode, FiscalYear? year,
        CancellationToken cancellationToken)
    {
        var rows = await (
                from found in db.DepartmentVersions().AsNoTracking()
                let version = found.Version
                let disclosure = found.Disclosure
                let department = found.Department
                where version.Status == DisclosureStatus.Published
                join region in db.Regions on department.RegionCode equals region.Code
                where departmentCode == null || department.Code == departmentCode
                where year == null || disclosure.Year == year
                select new
                {
                    version.Id, DepartmentId = department.Id, RegionCode = region.Code, RegionName = region.Name,
                    DepartmentCode = department.Code, DepartmentName = department.Name, department.ShortName,
                    PublishedName = version.DepartmentName ?? department.Name,
                    disclosure.Year, version.Number, version.Title, version.PublishedOn, version.CorrectionNote,
                })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new PublishedVersionRow(r.Id, r.DepartmentId, r.RegionCode, r.RegionName, r.DepartmentCode,
                r.DepartmentName, r.ShortName, r.Year.Value, r.Number, r.Title, r.PublishedOn, r.CorrectionNote, r.PublishedName))
            .OrderBy(r => r.RegionCode, StringComparer.Ordinal)
            .ThenBy(r => r.DepartmentCode, StringComparer.Ordinal)
            .ThenByDescending(r => r.Year)
            .ThenByDescending(r => r.Number)
            .ToList();
    }
}
