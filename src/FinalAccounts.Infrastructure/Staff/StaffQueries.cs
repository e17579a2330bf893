using FinalAccounts.Domain;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Staff;

public sealed record StaffDepartment(string Code, string Name, string RegionName, IReadOnlyList<StaffYear> Years);

/// <param name="ApprovedOn">The finance bureau's approval date (批复日期), once staff entered it.</param>
public sealed record StaffYear(int Year, IReadOnlyList<StaffVersion> Versions, DateOnly? ApprovedOn = null)
{
    /// <summary>The draft or submitted version staff are working on, if any.</summary>
    public StaffVersion? Open => Versions.FirstOrDefault(v => v.Status is DisclosureStatus.Draft or DisclosureStatus.Submitted);
    public StaffVersion Latest => Versions[0];
}

/// <summary>A version whose publication task has not yet succeeded: its PDF, downloads or search may still be missing.</summary>
public sealed record PendingPublicationTask(int VersionNumber, PublicationTaskKind Kind, DateTimeOffset QueuedAt, int Attempts, string? LastError);

public sealed record StaffVersion(
    int Number, DisclosureStatus Status, string Title, string? CorrectionNote, string? ReturnComment, string? WithdrawalReason,
    DateTimeOffset? LastEditedAt, DateTimeOffset? PublishedAt);

/// <summary>What the staff area lists: the departments a user works for, their years and versions, and a year's history.</summary>
public sealed class StaffQueries(FinalAccountsDbContext db)
{
    /// <summary>How many departments the staff home shows on a page.</summary>
    public const int PageSize = 20;

    /// <summary>
    /// One page of the departments a user works for, by region and code, with their years and versions:
    /// those whose code, name or region's name contains <paramref name="filter"/> when given. An
    /// administrator or auditor works for every department of a province: thousands.
    /// </summary>
    /// <param name="departmentCodes">The departments to list; null for all (administrators and auditors).</param>
    /// <param name="draftDepartments">
    /// The departments whose drafts and submitted versions are listed; null for all. Elsewhere only
    /// published and withdrawn versions are, so an auditor never sees a link to a draft they may not open.
    /// </param>
    public async Task<ListPage<StaffDepartment>> DepartmentsAsync(IReadOnlyCollection<string>? departmentCodes,
        IReadOnlyCollection<string>? draftDepartments, string? filter, int page, CancellationToken cancellationToken = default)
    {
        var listed = Listed().Where(d => departmentCodes == null || departmentCodes.Contains(d.Code));
        if (TextInput.Filter(filter) is { } text)
        {
            listed = listed.Where(d => d.Code.Contains(text) || d.Name.Contains(text) || d.RegionName.Contains(text));
        }
        return await ListPage.ReadAsync(listed.OrderBy(d => d.RegionCode).ThenBy(d => d.Code), page, PageSize,
            (rows, cancel) => WithYearsAsync(rows, draftDepartments, cancel), cancellationToken);
    }

    /// <summary>A department with its region's name, as the staff home heads it.</summary>
    private sealed record DepartmentListing
    {
        public required int Id { get; init; }
        public required string Code { get; init; }
        public required string Name { get; init; }
        public required string RegionCode { get; init; }
        public required string RegionName { get; init; }
    }

    private IQueryable<DepartmentListing> Listed() =>
        from department in db.Departments.AsNoTracking()
        join region in db.Regions on department.RegionCode equals region.Code
        select new DepartmentListing
        {
            Id = department.Id, Code = department.Code, Name = department.Name, RegionCode = region.Code, RegionName = region.Name,
        };

    private async Task<IReadOnlyList<StaffDepartment>> WithYearsAsync(IQueryable<DepartmentListing> listed,
        IReadOnlyCollection<string>? draftDepartments, CancellationToken cancellationToken)
    {
        var departments = await listed.ToListAsync(cancellationToken);
        var ids = departments.Select(d => d.Id).ToList();
        var versions = await (
                from found in db.DepartmentVersions().AsNoTracking()
                let v = found.Version
                where ids.Contains(found.Disclosure.DepartmentId)
                select new
                {
                    found.Disclosure.DepartmentId, found.Disclosure.Year, found.Disclosure.ApprovedOn,
                    Version = new StaffVersion(v.Number, v.Status, v.Title, v.CorrectionNote, v.ReturnComment, v.WithdrawalReason,
                        v.LastEditedAt, v.PublishedAt),
                })
            .ToListAsync(cancellationToken);
        bool Visible(string code, StaffVersion version) =>
            draftDepartments is null || draftDepartments.Contains(code)
            || version.Status is DisclosureStatus.Published or DisclosureStatus.Withdrawn;
        return departments.Select(d => new StaffDepartment(d.Code, d.Name, d.RegionName,
                versions.Where(v => v.DepartmentId == d.Id && Visible(d.Code, v.Version))
                    .GroupBy(v => v.Year.Value)
                    .OrderByDescending(g => g.Key)
                    .Select(g => new StaffYear(g.Key, g.Select(v => v.Version).OrderByDescending(v => v.Number).ToList(), g.First().ApprovedOn))
                    .ToList()))
            .ToList();
    }

    /// <summary>One department's year with its versions; null when the department or year is unknown.</summary>
    public async Task<(StaffDepartment Department, StaffYear? Year)?> YearAsync(string departmentCode, int year,
        CancellationToken cancellationToken = default)
    {
        var found = (await WithYearsAsync(Listed().Where(d => d.Code == departmentCode), null, cancellationToken)).SingleOrDefault();
        return found is null ? null : (found, found.Years.SingleOrDefault(y => y.Year == year));
    }

    /// <summary>The year's versions whose publication task is still queued, oldest first.</summary>
    public async Task<IReadOnlyList<PendingPublicationTask>> PendingPublicationTasksAsync(string departmentCode, int year,
        CancellationToken cancellationToken = default)
    {
        if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return [];
        }
        return await (
                from task in db.PublicationTasks.AsNoTracking()
                join found in db.DepartmentVersions().Of(departmentCode, new FiscalYear(year)) on task.VersionId equals found.Version.Id
                orderby task.QueuedAt
                select new PendingPublicationTask(found.Version.Number, task.Kind, task.QueuedAt, task.Attempts, task.LastError))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Everything that happened to a department's year, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> HistoryAsync(string departmentCode, int year, CancellationToken cancellationToken = default)
    {
        if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return [];
        }
        // Every entry records the version it concerns, so the year's entries are those of the year's versions.
        return await (
                from entry in db.AuditEntries.AsNoTracking()
                join found in db.DepartmentVersions().Of(departmentCode, new FiscalYear(year))
                    on new { entry.DisclosureId, Number = entry.VersionNumber }
                    equals new { DisclosureId = found.Disclosure.Id, found.Version.Number }
                orderby entry.Id descending
                select entry)
            .ToListAsync(cancellationToken);
    }
}
