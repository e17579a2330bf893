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

    /// <summary>
    /// 三、部门人员构成's sentences, as the page and the PDF print them. The section is optional: a group
    /// (在职, 离退休) with nothing entered is left out, and null is returned when nothing was entered at
    /// all. A count left blank in a group that has one entered reads 未填报, and so does the group's
    /// total, which is then unknown; <see cref="Unstated"/> names those counts for the validator.
    /// </summary>
    public string? Sentence()
    {
        var text = Group("在职实有人数", ("行政", ActiveAdministrative), ("事业", ActiveInstitutional))
                   + Group("离退休人员", ("离休", RetiredLixiu), ("退休", RetiredTuixiu));
        return text.Length == 0 ? null : text;
    }

    /// <summary>The counts left blank in a group that has the other count entered: "离休人数", "事业人数".</summary>
    public IReadOnlyList<string> Unstated() =>
        new (string Label, int? Count, int? Other)[]
            {
                ("行政", ActiveAdministrative, ActiveInstitutional), ("事业", ActiveInstitutional, ActiveAdministrative),
                ("离休", RetiredLixiu, RetiredTuixiu), ("退休", RetiredTuixiu, RetiredLixiu),
            }
            .Where(c => c.Count is null && c.Other is not null)
            .Select(c => c.Label + "人数")
            .ToList();

    private static string Group(string total, (string Label, int? Count) first, (string Label, int? Count) second)
    {
        if (first.Count is null && second.Count is null)
        {
            return "";
        }
        static string Of(int? count) => count is { } n ? $"{n}人" : Unreported.Text;
        return $"{total}{Of(first.Count + second.Count)}，其中：{first.Label}{Of(first.Count)}，{second.Label}{Of(second.Count)}。";
    }
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
