using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Content;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>A version as staff address it: department code, year and version number.</summary>
public sealed record VersionKey(string DepartmentCode, int Year, int Number)
{
    public override string ToString() => $"{DepartmentCode} {Year} 第{Number}版";
}

/// <summary>
/// A version with its content. Loaded for change (<see cref="VersionLocking.LockAsync"/>) it is held
/// under its row lock for the rest of the transaction, so two requests acting on the same version
/// (two saves, a save and a submission, two reviewers) run one after the other and the second sees
/// what the first did.
/// </summary>
internal sealed record LockedVersion(Department Department, Disclosure Disclosure, DisclosureVersion Version)
{
    public DisclosureContent Snapshot() => DisclosureSnapshot.Capture(Version, Department.Code, Disclosure.Year.Value);
}

internal static class VersionLocking
{
    /// <summary>Locks and loads the version with its content, tracked; null when there is no such version.</summary>
    public static Task<LockedVersion?> LockAsync(this FinalAccountsDbContext db, VersionKey key, CancellationToken cancellationToken) =>
        db.LoadAsync(key, forChange: true, cancellationToken);

    /// <summary>
    /// Loads the version with its content to show it, untracked and without the lock, so opening a form
    /// never waits for (or holds up) someone's save; null when there is no such version.
    /// </summary>
    public static Task<LockedVersion?> ReadAsync(this FinalAccountsDbContext db, VersionKey key, CancellationToken cancellationToken) =>
        db.LoadAsync(key, forChange: false, cancellationToken);

    private static async Task<LockedVersion?> LoadAsync(this FinalAccountsDbContext db, VersionKey key, bool forChange,
        CancellationToken cancellationToken)
    {
        if (key.Year is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return null;
        }
        var year = new FiscalYear(key.Year);
        var found = await db.DepartmentVersions().Of(key.DepartmentCode, year, key.Number)
            .Select(v => new { v.Version.Id, DisclosureId = v.Disclosure.Id, DepartmentId = v.Department.Id })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }
        if (forChange)
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM disclosure_versions WHERE id = {found.Id} FOR UPDATE", cancellationToken);
        }
        var versions = forChange ? db.DisclosureVersions : db.DisclosureVersions.AsNoTracking();
        var disclosures = forChange ? db.Disclosures : db.Disclosures.AsNoTracking();
        var departments = forChange ? db.Departments : db.Departments.AsNoTracking();
        var version = await versions.WithContent().SingleAsync(v => v.Id == found.Id, cancellationToken);
        var disclosureRow = await disclosures.SingleAsync(d => d.Id == found.DisclosureId, cancellationToken);
        var departmentRow = await departments.SingleAsync(d => d.Id == found.DepartmentId, cancellationToken);
        return new LockedVersion(departmentRow, disclosureRow, version);
    }

    /// <summary>Writes a whole content snapshot into a draft, checking codes against the year's catalog.</summary>
    public static async Task WriteContentAsync(this FinalAccountsDbContext db, DisclosureVersion draft, FiscalYear year,
        DisclosureContent content, string source, CancellationToken cancellationToken)
    {
        var catalog = await CatalogCodes.OfYearAsync(db, year, cancellationToken);
        ContentWriter.Write(draft, content, catalog.Functions.Contains, catalog.Economics.Contains, source);
        if (draft.Title != content.Version.Title.Trim() || draft.ReportingUnit != content.Version.ReportingUnit.Trim())
        {
            draft.Retitle(content.Version.Title, content.Version.ReportingUnit);
        }
    }
}
