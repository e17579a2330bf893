namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// One administrative change — a region or department created, renamed, retired or restored, a year's
/// catalog imported, an account created, its roles or departments changed, unlocked, its password
/// reset — with who made it, when, and the value before and after. Entries are only ever added (the
/// database refuses anything else); passwords are never written here.
/// </summary>
public sealed class AdministrationEntry
{
    /// <summary>The longest subject ("用户 zhangmin") the database keeps.</summary>
    public const int MaxSubjectLength = 128;
    /// <summary>The longest action name the database keeps.</summary>
    public const int MaxActionLength = 32;
    /// <summary>The longest value before or after the database keeps.</summary>
    public const int MaxValueLength = 2000;

    private AdministrationEntry() { UserId = null!; UserName = null!; Subject = null!; Action = null!; }

    public AdministrationEntry(DateTimeOffset at, StaffActor actor, string subject, string action, string? before = null, string? after = null)
    {
        At = at.ToUniversalTime();
        UserId = actor.UserId;
        UserName = actor.DisplayName;
        Subject = subject;
        Action = action;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserId { get; private set; }
    /// <summary>The administrator's display name, copied so the log reads the same after a rename.</summary>
    public string UserName { get; private set; }
    /// <summary>What was changed: "用户 editor2", "地区 420222", "部门 420222-sfj", "科目表 2025年度".</summary>
    public string Subject { get; private set; }
    /// <summary>"新建账户", "修改角色和部门", "解锁", "重置密码", "新建地区", "更名", "撤销", "导入科目表", ….</summary>
    public string Action { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }

    /// <summary>How an account is named as a subject.</summary>
    public static string Account(string? userName) => $"用户 {userName}";
}
