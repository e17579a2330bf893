namespace FinalAccounts.Domain.Narrative;

/// <summary>第一部分 概况: 机构设置 text and 人员构成; the duties are kept as numbered items on the version.</summary>
public sealed class DepartmentProfile
{
    /// <summary>The longest 机构设置 the database keeps.</summary>
    public const int MaxOrganizationLength = TextLimits.LongText;

    /// <summary>二、机构设置 / 部门决算单位构成, paragraphs separated by newlines.</summary>
    public string? Organization { get; set; }
    public Staffing Staffing { get; set; } = new();
}

/// <summary>三、部门人员构成.</summary>
public sealed class Staffing
{
    /// <summary>在职实有人数 行政.</summary>
    public int? ActiveAdministrative { get; set; }
    /// <summary>在职实有人数 事业.</summary>
    public int? ActiveInstitutional { get; set; }
    /// <summary>离休.</summary>
    public int? RetiredLixiu { get; set; }
    /// <summary>退休.</summary>
    public int? RetiredTuixiu { get; set; }
}

/// <summary>One numbered paragraph of 一、部门主要职能.</summary>
public sealed class DutyItem
{
    /// <summary>The longest one duty the database keeps.</summary>
    public const int MaxTextLength = TextLimits.LongText;

    private DutyItem() { Text = null!; }

    public DutyItem(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text.Trim();
    }

    public long Id { get; private set; }
    public int Sequence { get; internal set; }
    public string Text { get; private set; }
}
