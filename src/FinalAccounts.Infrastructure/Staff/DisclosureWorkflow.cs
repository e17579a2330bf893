using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Checking;
using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>What a workflow step did, with a message for the person; on failure nothing changed.</summary>
public sealed record WorkflowResult(bool Succeeded, string Message, IReadOnlyList<string> Problems, int? VersionNumber = null)
{
    internal static WorkflowResult Done(string message, int? versionNumber = null) => new(true, message, [], versionNumber);
    internal static WorkflowResult Refused(string message, IReadOnlyList<string>? problems = null) => new(false, message, problems ?? []);
}

/// <summary>
/// The life of a disclosure: a new year (empty or from last year), submission (errors block it,
/// warnings need an explanation), return with a comment, publication by a second person,
/// withdrawal with a reason, and a correction as the next version. Each step runs under the
/// version's row lock and writes an audit entry in the same transaction.
/// </summary>
public sealed class DisclosureWorkflow(
    FinalAccountsDbContext db,
    DisclosureAnalysisService analyses,
    PublicationTasks tasks,
    TimeProvider clock,
    ILogger<DisclosureWorkflow> logger)
{

    /// <summary>
    /// Opens a department's year as version 1. From last year, it keeps texts, structure and codes and
    /// clears every amount; otherwise it starts empty.
    /// </summary>
    public async Task<WorkflowResult> StartYearAsync(string departmentCode, int year, bool fromLastYear, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return WorkflowResult.Refused($"年度应在 {FiscalYear.Earliest} 至 {FiscalYear.Latest} 之间。");
        }
        var fiscalYear = new FiscalYear(year);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var department = await db.Departments.SingleOrDefaultAsync(d => d.Code == departmentCode, cancellationToken);
            if (department is null)
            {
                return WorkflowResult.Refused("未找到该部门。");
            }
            if (department.IsRetired)
            {
                return WorkflowResult.Refused($"{department.Name}已于{department.RetiredOn:yyyy-MM-dd}撤销，不能新建年度。");
            }
            if (!await db.FunctionClassifications.AnyAsync(c => c.Year == fiscalYear, cancellationToken))
            {
                return WorkflowResult.Refused(
                    $"{year}年度的支出功能分类科目表尚未导入，暂不能新建{year}年度。请联系管理员在“科目表”中导入{year}年度科目后再新建。");
            }
            // Serialises two people opening the same year at once; the second then finds the first's.
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM departments WHERE id = {department.Id} FOR UPDATE", cancellationToken);
            if (await db.Disclosures.AnyAsync(d => d.DepartmentId == department.Id && d.Year == fiscalYear, cancellationToken))
            {
                return WorkflowResult.Refused($"{department.Name}{year}年度的决算公开已经建立，请直接打开。");
            }

            var lastYear = fromLastYear ? await LatestPublishedSnapshotAsync(department.Code, year - 1, cancellationToken) : null;
            if (fromLastYear && lastYear is null)
            {
                return WorkflowResult.Refused($"没有{year - 1}年度已公开的决算，无法沿用上年内容；请取消勾选“沿用上年内容”，新建空白年度。");
            }
            var title = lastYear is null
                ? $"{year}年度{department.Name}部门决算公开"
                : lastYear.Version.Title.Replace((year - 1).ToString(), year.ToString(), StringComparison.Ordinal);
            var unit = lastYear?.Version.ReportingUnit ?? department.Name;

            var disclosure = new Disclosure(department.Id, fiscalYear);
            db.Disclosures.Add(disclosure);
            var version = disclosure.StartVersion(title, unit);
            var carried = lastYear is null ? [] : await CarryOverCatalogAsync(lastYear, fiscalYear, cancellationToken);
            if (lastYear is not null)
            {
                await db.WriteContentAsync(version, fiscalYear, NextYearContent.From(lastYear, year, title), "上年内容", cancellationToken);
            }
            var now = clock.GetUtcNow();
            version.RecordEdit(actor.UserId, now);
            await db.SaveChangesAsync(cancellationToken);
            db.AuditEntries.Add(new AuditEntry(disclosure.Id, version.Number, now, actor, AuditAction.Created,
                description: lastYear is null ? "新建空白年度"
                    : $"沿用{year - 1}年度内容，金额已清空"
                      + (carried.Count == 0 ? "" : $"；{year}年度科目目录缺少的 {carried.Count} 个科目沿用上年：{string.Join("、", carried)}")));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return WorkflowResult.Done($"已新建{year}年度决算公开（第 1 版，草稿）。", version.Number);
        }
        catch (InvalidContentException e)
        {
            return WorkflowResult.Refused($"沿用上年内容未成功：{ProblemLocations.Describe(e.Location)}：{e.Problem}");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Submits a draft for review. Errors block it; each warning needs an explanation, keyed by
    /// <see cref="FindingKeys.Of"/>; notes need nothing.
    /// </summary>
    public async Task<WorkflowResult> SubmitAsync(VersionKey key, IReadOnlyDictionary<string, string> warningExplanations,
        StaffActor actor, CancellationToken cancellationToken = default)
    {
        var report = await ReportAsync(key, cancellationToken);
        if (report is null)
        {
            return WorkflowResult.Refused("未找到该版本。");
        }
        var errors = report.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            return WorkflowResult.Refused($"有 {errors.Count} 个错误，须改正后才能提交：",
                errors.Select(f => $"{f.Location}：{f.Message}").ToList());
        }
        var warnings = report.Findings.Where(f => f.Severity == FindingSeverity.Warning).ToList();
        var unexplained = warnings
            .Where(w => string.IsNullOrWhiteSpace(warningExplanations.GetValueOrDefault(FindingKeys.Of(w))))
            .ToList();
        if (unexplained.Count > 0)
        {
            return WorkflowResult.Refused($"有 {unexplained.Count} 个警告尚未说明原因，请逐条填写后再提交：",
                unexplained.Select(f => $"{f.Location}：{f.Message}").ToList());
        }
        var badExplanations = warnings
            .Select(w => NoteProblem(warningExplanations[FindingKeys.Of(w)], $"对“{w.Location}”的说明", Domain.TextLimits.LongText))
            .OfType<string>().ToList();
        if (badExplanations.Count > 0)
        {
            return WorkflowResult.Refused("警告的说明不能照原样保存，请修改后再提交：", badExplanations);
        }

        return await StepAsync(key, AuditAction.Submitted, null, actor, (locked, now) =>
        {
            foreach (var warning in warnings)
            {
                db.AuditEntries.Add(new AuditEntry(locked.Disclosure.Id, locked.Version.Number, now, actor, AuditAction.WarningExplained,
                    FindingKeys.Of(warning), $"{warning.Location}：{warning.Message}", after: warningExplanations[FindingKeys.Of(warning)].Trim()));
            }
            locked.Version.Submit(actor.UserId);
            return "已提交审核。";
        }, cancellationToken);
    }

    public Task<WorkflowResult> ReturnAsync(VersionKey key, string comment, StaffActor actor, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(comment)
            ? Task.FromResult(WorkflowResult.Refused("退回须填写意见，告诉填报人要改什么。"))
            : NoteProblem(comment, "退回意见", DisclosureVersion.MaxNoteLength) is { } problem
            ? Task.FromResult(WorkflowResult.Refused(problem))
            : StepAsync(key, AuditAction.Returned, comment.Trim(), actor, (locked, _) =>
            {
                locked.Version.ReturnToDraft(comment, actor.UserId);
                return "已退回填报人修改。";
            }, cancellationToken);

    /// <summary>
    /// Publishes a submitted version; the reviewer must not be who last edited or submitted it. Cached
    /// pages are dropped on every node before the answer, so the new version is public at once; the rest
    /// (renditions, PDF, search, stored findings) is queued by the database with the publication and run
    /// by this node right after; should that fail or the process stop, every node's worker retries it
    /// (<see cref="PublicationTasks"/>).
    /// </summary>
    public async Task<WorkflowResult> PublishAsync(VersionKey key, StaffActor actor, CancellationToken cancellationToken = default)
    {
        long versionId = 0;
        var result = await StepAsync(key, AuditAction.Published, null, actor, (locked, now) =>
        {
            var printed = Domain.ChinaTime.DateOf(now);
            locked.Version.Publish(now, locked.Department, printed, actor.UserId);
            versionId = locked.Version.Id;
            return "已审核公开，公众现在即可看到。PDF、下载文件和站内检索正在生成，通常几秒内完成。";
        }, cancellationToken);
        if (result.Succeeded)
        {
            await tasks.FollowUpAsync(versionId, cancellationToken);
        }
        return result;
    }

    /// <summary>Hides a published version from the public, keeping it on record with the reason (administrators only).</summary>
    public async Task<WorkflowResult> WithdrawAsync(VersionKey key, string reason, StaffActor actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return WorkflowResult.Refused("撤回须说明理由，理由会向公众显示。");
        }
        if (NoteProblem(reason, "撤回理由", DisclosureVersion.MaxNoteLength) is { } problem)
        {
            return WorkflowResult.Refused(problem);
        }
        // The version leaves search in the same transaction (a trigger); its task then finds the year's
        // previous published version again and drops cached pages.
        long versionId = 0;
        var result = await StepAsync(key, AuditAction.Withdrawn, reason.Trim(), actor, (locked, _) =>
        {
            locked.Version.Withdraw(reason);
            versionId = locked.Version.Id;
            return "已撤回，公众不再能看到该版本。";
        }, cancellationToken);
        if (result.Succeeded)
        {
            await tasks.FollowUpAsync(versionId, cancellationToken);
        }
        return result;
    }

    /// <summary>Opens version n+1 of a published year as a draft holding a copy of the latest published content.</summary>
    public async Task<WorkflowResult> StartCorrectionAsync(string departmentCode, int year, string note, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return WorkflowResult.Refused("更正版本须说明更正内容，说明会随更正版本公开。");
        }
        if (NoteProblem(note, "更正说明", DisclosureVersion.MaxNoteLength) is { } problem)
        {
            return WorkflowResult.Refused(problem);
        }
        var latest = await (
                from found in db.DepartmentVersions().Of(departmentCode, new FiscalYear(year))
                where found.Version.Status == DisclosureStatus.Published
                orderby found.Version.Number descending
                select (int?)found.Version.Number)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return WorkflowResult.Refused("该年度还没有已公开的版本，不能更正。");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var locked = await db.LockAsync(new VersionKey(departmentCode, year, latest.Value), cancellationToken);
            // The published texts were checked before publication, so none is carried over as unchecked.
            var source = locked!.Snapshot().WithoutCarriedMarks();
            var disclosure = await db.Disclosures.Include(d => d.Versions).SingleAsync(d => d.Id == locked.Disclosure.Id, cancellationToken);
            var draft = disclosure.StartVersion(source.Version.Title, source.Version.ReportingUnit, note.Trim());
            await db.WriteContentAsync(draft, disclosure.Year, source, "更正版本", cancellationToken);
            var now = clock.GetUtcNow();
            draft.RecordEdit(actor.UserId, now);
            db.AuditEntries.Add(new AuditEntry(disclosure.Id, draft.Number, now, actor, AuditAction.CorrectionStarted,
                description: note.Trim(), before: $"第{latest}版"));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return WorkflowResult.Done($"已新建第 {draft.Number} 版（更正），内容复制自第 {latest} 版。", draft.Number);
        }
        catch (DomainRuleViolation e)
        {
            return WorkflowResult.Refused(e.Message);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The validator's report on a version, as the workspace shows it and submission checks it.</summary>
    public async Task<ValidationReport?> ReportAsync(VersionKey key, CancellationToken cancellationToken = default)
    {
        var found = await analyses.FindAsync(key.DepartmentCode, key.Year, key.Number, VersionVisibility.IncludingUnpublished,
            cancellationToken);
        return found is null ? null : (await analyses.AnalyzeAsync(found, cancellationToken)).Report;
    }

    private async Task<WorkflowResult> StepAsync(VersionKey key, AuditAction action, string? comment, StaffActor actor,
        Func<LockedVersion, DateTimeOffset, string> step, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var locked = await db.LockAsync(key, cancellationToken);
            if (locked is null)
            {
                return WorkflowResult.Refused("未找到该版本。");
            }
            var now = clock.GetUtcNow();
            var before = locked.Version.Status;
            var message = step(locked, now);
            db.AuditEntries.Add(new AuditEntry(locked.Disclosure.Id, locked.Version.Number, now, actor, action,
                description: comment, before: before.ToChinese(), after: locked.Version.Status.ToChinese()));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("{User} {Action} {Version}", actor.UserId, action, key);
            return WorkflowResult.Done(message, locked.Version.Number);
        }
        catch (DomainRuleViolation e)
        {
            return WorkflowResult.Refused(e.Message);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Why a note (a return comment, a withdrawal reason, a correction note, a warning's explanation) cannot be kept as typed.</summary>
    private static string? NoteProblem(string note, string what, int maxLength) =>
        note.Trim().Length > maxLength ? $"{what}共 {note.Trim().Length} 个字，超过上限 {maxLength} 个字，请删减后再提交。"
        : Domain.TextInput.Problem(note) is { } problem ? $"{what}：{problem}"
        : null;

    /// <summary>
    /// Adds to the new year's catalog the codes last year's content uses that the new year lacks, with
    /// last year's names, so a year can start before its catalog is complete. Returns the codes added.
    /// </summary>
    private async Task<IReadOnlyList<string>> CarryOverCatalogAsync(DisclosureContent lastYear, FiscalYear year,
        CancellationToken cancellationToken)
    {
        var previous = year.Previous;
        var usedFunctions = ContentCodes.Functions(lastYear);
        var usedEconomics = ContentCodes.Economics(lastYear);
        var have = await CatalogCodes.OfYearAsync(db, year, cancellationToken);
        var functions = (await db.FunctionClassifications.AsNoTracking().Where(c => c.Year == previous).ToListAsync(cancellationToken))
            .Where(c => usedFunctions.Contains(c.Code.Value) && !have.Functions.Contains(c.Code.Value))
            .OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToList();
        var economics = (await db.EconomicClassifications.AsNoTracking().Where(c => c.Year == previous).ToListAsync(cancellationToken))
            .Where(c => usedEconomics.Contains(c.Code.Value) && !have.Economics.Contains(c.Code.Value))
            .OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToList();
        db.FunctionClassifications.AddRange(functions.Select(c => new FunctionClassification(year, c.Code, c.Name, c.Explanation)));
        db.EconomicClassifications.AddRange(economics.Select(c => new EconomicClassification(year, c.Code, c.Name, c.Explanation)));
        await db.SaveChangesAsync(cancellationToken);
        return [.. functions.Select(c => c.Code.Value), .. economics.Select(c => c.Code.Value)];
    }

    private async Task<DisclosureContent?> LatestPublishedSnapshotAsync(string departmentCode, int year, CancellationToken cancellationToken)
    {
        var found = await analyses.FindAsync(departmentCode, year, null, VersionVisibility.PublishedOnly, cancellationToken);
        if (found is null)
        {
            return null;
        }
        var version = await db.DisclosureVersions.AsNoTracking().WithContent().SingleAsync(v => v.Id == found.Id, cancellationToken);
        return DisclosureSnapshot.Capture(version, departmentCode, year);
    }
}

/// <summary>How a warning is named when its explanation is posted and recorded: rule and place.</summary>
public static class FindingKeys
{
    public static string Of(Finding finding) => $"{finding.RuleId}@{finding.Location}";
}
