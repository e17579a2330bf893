namespace FinalAccounts.Infrastructure.Staff;

public enum AuditAction
{
    /// <summary>新建: a new year's first version.</summary>
    Created = 1,
    /// <summary>修改: one field or cell changed in a form.</summary>
    Edited = 2,
    /// <summary>导入: one cell changed by an Excel import.</summary>
    Imported = 3,
    Submitted = 4,
    Returned = 5,
    Published = 6,
    Withdrawn = 7,
    /// <summary>新建更正版本.</summary>
    CorrectionStarted = 8,
    /// <summary>The explanation a submitter gave for a warning.</summary>
    WarningExplained = 9,
}

/// <summary>
/// One line of a disclosure's history: a changed field or cell with its value before and after, or
/// a workflow step with its comment. Entries are only ever added. The user's name is copied so the
/// history reads the same after an account is renamed or removed.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The longest the user name the database keeps.</summary>
    public const int MaxUserNameLength = 64;
    /// <summary>The longest where the change was the database keeps.</summary>
    public const int MaxLocationLength = 300;
    /// <summary>The longest what changed, for a person the database keeps.</summary>
    public const int MaxDescriptionLength = 2000;
    /// <summary>The longest the value before or after the database keeps.</summary>
    public const int MaxValueLength = Domain.TextLimits.LongText;

    private AuditEntry() { UserId = null!; UserName = null!; }

    public AuditEntry(int disclosureId, int versionNumber, DateTimeOffset at, StaffActor actor, AuditAction action,
        string? location = null, string? description = null, string? before = null, string? after = null)
    {
        DisclosureId = disclosureId;
        VersionNumber = versionNumber;
        At = at.ToUniversalTime();
        UserId = actor.UserId;
        UserName = actor.DisplayName;
        Action = action;
        Location = location;
        Description = description;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }
    public int DisclosureId { get; private set; }
    public int VersionNumber { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserId { get; private set; }
    public string UserName { get; private set; }
    public AuditAction Action { get; private set; }
    /// <summary>The content path, e.g. "tables.t02.rows[2040601].total"; null for a workflow step.</summary>
    public string? Location { get; private set; }
    /// <summary>The place in words, e.g. "公开02表 2040601 行政运行 · 合计"; for a workflow step, its comment.</summary>
    public string? Description { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
}

public static class AuditActionNames
{
    public static string ToChinese(this AuditAction action) => action switch
    {
        AuditAction.Created => "新建",
        AuditAction.Edited => "修改",
        AuditAction.Imported => "导入",
        AuditAction.Submitted => "提交审核",
        AuditAction.Returned => "退回修改",
        AuditAction.Published => "审核公开",
        AuditAction.Withdrawn => "撤回",
        AuditAction.CorrectionStarted => "新建更正版本",
        AuditAction.WarningExplained => "警告说明",
        _ => action.ToString(),
    };
}
