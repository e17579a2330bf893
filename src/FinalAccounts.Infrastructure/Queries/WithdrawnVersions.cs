using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Queries;

/// <summary>
/// A version the public can no longer read: its title, when and why it was withdrawn, and the
/// published version that replaces it, if any.
/// </summary>
public sealed record WithdrawnVersion(
    string DepartmentCode, string DepartmentName, int Year, int Number, string Title, string Reason,
    DateTimeOffset? WithdrawnAt, int? ReplacedBy);

/// <summary>
/// Finds what was withdrawn at a public address, so that it answers "gone, and why" (410) instead of
/// "never existed" (404): the withdrawal form promises the reason is shown to the public.
/// </summary>
public sealed class WithdrawnVersions(FinalAccountsDbContext db)
{
    /// <param name="number">The version the address names; null for the year's latest, which is withdrawn when no version of the year is published.</param>
    public async Task<WithdrawnVersion?> FindAsync(string departmentCode, int year, int? number, CancellationToken cancellationToken = default)
    {
        if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return null;
        }
        var versions = await db.DepartmentVersions().AsNoTracking().Of(departmentCode, new FiscalYear(year))
            .Where(v => v.Version.Status == DisclosureStatus.Published || v.Version.Status == DisclosureStatus.Withdrawn)
            .Select(v => new
            {
                DisclosureId = v.Disclosure.Id, DepartmentName = v.Version.DepartmentName ?? v.Department.Name, v.Version.Number, v.Version.Status, v.Version.Title,
                v.Version.WithdrawalReason,
            })
            .ToListAsync(cancellationToken);
        var withdrawn = number is { } n
            ? versions.SingleOrDefault(v => v.Number == n && v.Status == DisclosureStatus.Withdrawn)
            : versions.All(v => v.Status == DisclosureStatus.Withdrawn) ? versions.MaxBy(v => v.Number) : null;
        if (withdrawn is null)
        {
            return null;
        }
        var at = await db.AuditEntries.AsNoTracking()
            .Where(e => e.DisclosureId == withdrawn.DisclosureId && e.VersionNumber == withdrawn.Number && e.Action == AuditAction.Withdrawn)
            .OrderByDescending(e => e.Id)
            .Select(e => (DateTimeOffset?)e.At)
            .FirstOrDefaultAsync(cancellationToken);
        var replacement = versions.Where(v => v.Status == DisclosureStatus.Published).MaxBy(v => v.Number)?.Number;
        return new WithdrawnVersion(departmentCode, withdrawn.DepartmentName, year, withdrawn.Number, withdrawn.Title,
            withdrawn.WithdrawalReason ?? "", at, replacement);
    }
}
