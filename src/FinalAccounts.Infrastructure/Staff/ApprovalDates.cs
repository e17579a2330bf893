using System.Globalization;
using FinalAccounts.Domain;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// Staff record the day the finance bureau approved (批复) a year's final accounts, from which the
/// 20-day publication deadline runs. The date is checked (after the year's end, not in the future),
/// written to the year's history, and frozen once a version of the year is published.
/// </summary>
public sealed class ApprovalDates(FinalAccountsDbContext db, IEnumerable<IPublicContentListener> listeners, TimeProvider clock)
{
    /// <param name="date">The date as the form's date field posts it: yyyy-MM-dd.</param>
    public async Task<WorkflowResult> RecordAsync(string departmentCode, int year, string? date, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var approvedOn))
        {
            return WorkflowResult.Refused($"“{date}”不是有效的日期，请按“年-月-日”填写批复日期，如 {year + 1}-06-15。");
        }
        if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return WorkflowResult.Refused("未找到该年度。");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var disclosure = await (
                from d in db.Disclosures.Include(d => d.Versions)
                join department in db.Departments on d.DepartmentId equals department.Id
                where department.Code == departmentCode && d.Year == new FiscalYear(year)
                select d)
            .SingleOrDefaultAsync(cancellationToken);
        if (disclosure is null)
        {
            return WorkflowResult.Refused("该年度尚未建立决算公开，请先新建年度。");
        }
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM disclosures WHERE id = {disclosure.Id} FOR UPDATE", cancellationToken);
        await db.Entry(disclosure).ReloadAsync(cancellationToken);
        var before = disclosure.ApprovedOn;
        if (before == approvedOn)
        {
            return WorkflowResult.Done("批复日期没有变化。");
        }
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        if (disclosure.ApprovalProblem(approvedOn, today) is { } problem)
        {
            return WorkflowResult.Refused(problem);
        }
        try
        {
            disclosure.RecordApproval(approvedOn, today);
        }
        catch (ApprovalDateIsPublished e)
        {
            return WorkflowResult.Refused(e.Message);
        }
        var latest = disclosure.Versions.Max(v => v.Number);
        db.AuditEntries.Add(new AuditEntry(disclosure.Id, latest, clock.GetUtcNow(), actor, AuditAction.Edited, "批复日期", null,
            before?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), approvedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The public on-time table shows the date.
        var change = await PublicContentChange.OfDepartmentYearAsync(db, departmentCode, year, cancellationToken);
        await listeners.NotifyAsync(change, cancellationToken);
        var deadline = new PublicationTimeliness(approvedOn, null, today).Deadline;
        return WorkflowResult.Done($"已记录批复日期 {approvedOn:yyyy-MM-dd}；须在 {deadline:yyyy-MM-dd} 前公开。");
    }
}
