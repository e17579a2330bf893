using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Narrative;

/// <summary>
/// A text staff write for the 说明 (第三部分): a reason or a "主要用于" text. The numbers around it are
/// computed from the tables. Keys follow <see cref="ExplanationTextKeys"/>: "reason.total-change", "use.class.204",
/// "reason.budget.2040601", "performance.use", "text.&lt;item&gt;.&lt;n&gt;" for other paragraphs.
/// </summary>
public sealed class ExplanationText
{
    /// <summary>The longest a 说明 text the database keeps.</summary>
    public const int MaxTextLength = TextLimits.LongText;

    public const int MaxKeyLength = 64;

    private ExplanationText() { Key = null!; Text = null!; }

    /// <param name="carriedFromYear">
    /// The year whose published text this is a copy of, when a new year was started from last year and
    /// staff have not yet checked the text; null for a text written (or checked) for this year.
    /// </param>
    public ExplanationText(int item, string key, string text, int? carriedFromYear = null)
    {
        if (item is < 1 or > 13)
        {
            throw new ArgumentOutOfRangeException(nameof(item), item, "说明共十三项。");
        }
        ValidateKey(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (carriedFromYear is { } year && year is < Classification.FiscalYear.Earliest or > Classification.FiscalYear.Latest)
        {
            throw new ArgumentOutOfRangeException(nameof(carriedFromYear), carriedFromYear,
                $"沿用的年度应在 {Classification.FiscalYear.Earliest} 至 {Classification.FiscalYear.Latest} 之间。");
        }
        Item = item;
        Key = key;
        Text = text.Trim();
        CarriedFromYear = carriedFromYear;
    }

    public long Id { get; private set; }
    /// <summary>The 说明 item, 1 (一) to 13 (十三).</summary>
    public int Item { get; private set; }
    public string Key { get; private set; }
    public string Text { get; private set; }

    /// <summary>
    /// 沿用上年、待核对: the year this text was copied from when the new year was started from last year,
    /// until staff change it or confirm it as still true. Null for a text written or checked for this
    /// year. Staff see the mark and the validator asks about the text; the public never sees it.
    /// </summary>
    public int? CarriedFromYear { get; private set; }

    /// <summary>Whether the text was carried from last year and staff have not yet checked it.</summary>
    public bool IsUnchecked => CarriedFromYear is not null;

    internal static void ValidateKey(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.Length > MaxKeyLength || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
        {
            throw new ArgumentException($"“{key}”不是有效的说明键。", nameof(key));
        }
    }
}

public enum NarrativeFigureKind
{
    /// <summary>Last year's figure, entered by staff when the portal has no previous disclosure.</summary>
    PriorYear = 1,
    /// <summary>A number a published sentence states; the validator compares it with the tables.</summary>
    Stated = 2,
    /// <summary>A figure no table holds, entered by staff: e.g. the funds covered by 绩效自评.</summary>
    Entered = 3,
}

public sealed class NarrativeFigure
{
    private NarrativeFigure() { Key = null!; }

    public NarrativeFigure(NarrativeFigureKind kind, string key, Money amount)
    {
        ExplanationText.ValidateKey(key);
        Kind = kind;
        Key = key;
        Amount = amount;
    }

    public long Id { get; private set; }
    public NarrativeFigureKind Kind { get; private set; }
    public string Key { get; private set; }
    public Money Amount { get; private set; }
}

/// <summary>A project's summary in 说明 十三(三).</summary>
public sealed class ProjectSummary
{
    /// <summary>The longest a project's name the database keeps.</summary>
    public const int MaxNameLength = 200;
    /// <summary>The longest outputs, problems, next steps the database keeps.</summary>
    public const int MaxTextLength = TextLimits.LongText;

    private ProjectSummary() { Name = null!; }

    public ProjectSummary(string name, Money? budget, Money? executed, string? outputs, string? problems, string? nextSteps)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Budget = budget;
        Executed = executed;
        Outputs = outputs;
        Problems = problems;
        NextSteps = nextSteps;
    }

    public long Id { get; private set; }
    public int Sequence { get; internal set; }
    public string Name { get; private set; }
    public Money? Budget { get; private set; }
    public Money? Executed { get; private set; }
    public string? Outputs { get; private set; }
    public string? Problems { get; private set; }
    public string? NextSteps { get; private set; }
}

/// <summary>第四部分 重点工作完成情况: 重要事项, 工作内容及目标, 完成情况.</summary>
public sealed class KeyWorkItem
{
    /// <summary>The longest a key work item's title the database keeps.</summary>
    public const int MaxTitleLength = 500;
    /// <summary>The longest its goal or completion the database keeps.</summary>
    public const int MaxTextLength = TextLimits.LongText;

    private KeyWorkItem() { Title = null!; }

    public KeyWorkItem(string title, string? goal, string? completion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title.Trim();
        Goal = goal;
        Completion = completion;
    }

    public long Id { get; private set; }
    public int Sequence { get; internal set; }
    public string Title { get; private set; }
    public string? Goal { get; private set; }
    public string? Completion { get; private set; }
}

/// <summary>第五部分 名词解释: a fixed term, or a 功能分类 项 the department used.</summary>
public sealed class GlossaryEntry
{
    /// <summary>The longest a term the database keeps.</summary>
    public const int MaxTermLength = 500;
    /// <summary>The longest its definition the database keeps.</summary>
    public const int MaxDefinitionLength = TextLimits.LongText;

    private GlossaryEntry() { Term = null!; Definition = null!; }

    public GlossaryEntry(string term, string definition, Classification.FunctionCode? functionCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition);
        Term = term.Trim();
        Definition = definition.Trim();
        FunctionCode = functionCode;
    }

    public long Id { get; private set; }
    public int Sequence { get; internal set; }
    public string Term { get; private set; }
    public string Definition { get; private set; }
    public Classification.FunctionCode? FunctionCode { get; private set; }
}
