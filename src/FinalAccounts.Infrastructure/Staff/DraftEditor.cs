using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Content;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Infrastructure.Staff;

public enum EditOutcome
{
    Saved = 1,
    /// <summary>Nothing differed: a form posted twice, or saved without changes.</summary>
    Unchanged,
    /// <summary>Someone else saved the same part since the form was loaded; nothing was written.</summary>
    Conflict,
    /// <summary>The content was refused (a bad amount, an unknown code, a duplicate row); nothing was written.</summary>
    Invalid,
    /// <summary>The version is submitted, published or withdrawn; nothing was written.</summary>
    NotEditable,
    NotFound,
}

/// <summary>What a save did: the outcome, a message for the person (Chinese) and the changes written.</summary>
public sealed record EditResult(EditOutcome Outcome, string Message, IReadOnlyList<ContentChange> Changes)
{
    public bool Succeeded => Outcome is EditOutcome.Saved or EditOutcome.Unchanged;

    internal static EditResult Failed(EditOutcome outcome, string message) => new(outcome, message, []);
}

/// <summary>
/// Saves a part of a draft's content. Every save reads the version under its row lock, checks the
/// part's concurrency token, applies the change to a snapshot of the whole content, writes the
/// snapshot back in one transaction and records each changed field or cell in the audit log.
/// </summary>
public sealed class DraftEditor(FinalAccountsDbContext db, TimeProvider clock, ILogger<DraftEditor> logger)
{
    /// <summary>The content of a version as forms show it, with the tokens of its parts.</summary>
    public async Task<DisclosureContent?> LoadAsync(VersionKey key, CancellationToken cancellationToken = default)
    {
        var stored = await db.ReadAsync(key, cancellationToken);
        return stored?.Snapshot();
    }

    /// <param name="expectedFingerprint">
    /// The part's token when the form was loaded (<see cref="ContentParts.Fingerprint"/>); null skips the
    /// check, for callers that have just read the content themselves.
    /// </param>
    /// <param name="change">Returns the whole content with the part replaced.</param>
    public async Task<EditResult> SaveAsync(VersionKey key, ContentPart part, string? expectedFingerprint,
        Func<DisclosureContent, DisclosureContent> change, StaffActor actor, AuditAction action = AuditAction.Edited,
        CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var locked = await db.LockAsync(key, cancellationToken);
            if (locked is null)
            {
                return EditResult.Failed(EditOutcome.NotFound, "未找到该版本。");
            }
            var version = locked.Version;
            if (!version.IsEditable)
            {
                return EditResult.Failed(EditOutcome.NotEditable,
                    $"第 {version.Number} 版当前为“{version.Status.ToChinese()}”，不能修改。");
            }

            var before = locked.Snapshot();
            var after = change(before);
            var changes = ContentChanges.Between(before, after).Concat(CoverChanges(before, after)).ToList();
            if (changes.Count == 0)
            {
                return new EditResult(EditOutcome.Unchanged, "内容没有变化。", []);
            }
            if (expectedFingerprint is not null && before.Fingerprint(part) != expectedFingerprint)
            {
                return EditResult.Failed(EditOutcome.Conflict,
                    $"保存未成功：{part.ToChinese()}在您打开之后已被其他人修改。您填写的内容仍保留在页面上，请刷新查看最新内容后重新录入。");
            }

            await db.WriteContentAsync(version, locked.Disclosure.Year, after, part.ToChinese(), cancellationToken);
            var now = clock.GetUtcNow();
            version.RecordEdit(actor.UserId, now);
            db.AuditEntries.AddRange(changes.Select(c => new AuditEntry(locked.Disclosure.Id, version.Number, now, actor, action,
                c.Location, c.Description, c.Before, c.After)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("{User} saved {Part} of {Version}: {Changes} changes", actor.UserId, part, key, changes.Count);
            return new EditResult(EditOutcome.Saved, $"已保存，共 {changes.Count} 处修改。", changes);
        }
        catch (InvalidContentException e)
        {
            return EditResult.Failed(EditOutcome.Invalid, $"保存未成功：{ProblemLocations.Describe(e.Location)}：{e.Problem}");
        }
        catch (DomainRuleViolation e)
        {
            return EditResult.Failed(EditOutcome.Invalid, $"保存未成功：{e.Message}");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static IEnumerable<ContentChange> CoverChanges(DisclosureContent before, DisclosureContent after)
    {
        if (before.Version.Title != after.Version.Title)
        {
            yield return new ContentChange("version.title", "封面 · 标题", before.Version.Title, after.Version.Title);
        }
        if (before.Version.ReportingUnit != after.Version.ReportingUnit)
        {
            yield return new ContentChange("version.reportingUnit", "封面 · 单位", before.Version.ReportingUnit, after.Version.ReportingUnit);
        }
    }
}
