using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;

namespace FinalAccounts.Domain.Performance;

public enum EvaluationKind
{
    /// <summary>整体绩效自评表.</summary>
    Overall = 1,
    /// <summary>项目绩效自评表.</summary>
    Project = 2,
}

/// <summary>
/// A performance self-evaluation (第六部分 附件): the department's overall one or one per project,
/// with numbered goals, each with its indicator table.
/// </summary>
public sealed class PerformanceEvaluation
{
    /// <summary>The longest an evaluation's name the database keeps.</summary>
    public const int MaxNameLength = 200;
    /// <summary>The longest 主管部门, 实施单位, 项目类别, 属性 and 类型 the database keeps.</summary>
    public const int MaxAttributeLength = 128;
    /// <summary>The longest the execution rate as printed the database keeps.</summary>
    public const int MaxExecutionRateLength = 32;
    /// <summary>The longest the grade the database keeps.</summary>
    public const int MaxGradeLength = 16;
    /// <summary>The longest deviation analysis and improvement the database keeps.</summary>
    public const int MaxTextLength = TextLimits.LongText;
    /// <summary>The longest the self-evaluation report the database keeps.</summary>
    public const int MaxReportLength = 100_000;

    private readonly List<PerformanceGoal> _goals = [];

    private PerformanceEvaluation() { Name = null!; }

    public PerformanceEvaluation(EvaluationKind kind, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Kind = kind;
        Name = name.Trim();
    }

    public long Id { get; private set; }
    public int Sequence { get; internal set; }
    public EvaluationKind Kind { get; private set; }
    /// <summary>项目名称, or the unit name of an overall evaluation.</summary>
    public string Name { get; private set; }
    public string? SupervisingDepartment { get; set; }
    public string? ImplementingUnit { get; set; }
    /// <summary>项目类别: 部门预算项目 / 财政专项资金.</summary>
    public string? Category { get; set; }
    /// <summary>项目属性: 持续性 / 新增性.</summary>
    public string? Attribute { get; set; }
    /// <summary>项目类型: 常年性 / 延续性 / 一次性.</summary>
    public string? ProjectType { get; set; }
    public Money? BasicExpenditureTotal { get; set; }
    public Money? ProjectExpenditureTotal { get; set; }
    /// <summary>预算数 (A).</summary>
    public Money? Budget { get; set; }
    /// <summary>执行数 (B).</summary>
    public Money? Executed { get; set; }
    /// <summary>执行率 (B/A) as published, e.g. "100%".</summary>
    public string? ExecutionRate { get; set; }
    public decimal? TotalScore { get; set; }
    /// <summary>优 / 良 / 中 / 差.</summary>
    public string? Grade { get; set; }
    /// <summary>偏差大或目标未完成原因分析.</summary>
    public string? DeviationAnalysis { get; set; }
    /// <summary>改进措施及结果应用方案.</summary>
    public string? Improvement { get; set; }
    /// <summary>Self-evaluation report text, if published.</summary>
    public string? Report { get; set; }
    public IReadOnlyList<PerformanceGoal> Goals => _goals;

    public PerformanceGoal AddGoal(string? text)
    {
        var goal = new PerformanceGoal(_goals.Count + 1, text);
        _goals.Add(goal);
        return goal;
    }

    /// <summary>
    /// 执行率 B/A from 执行数 (B) and 预算数 (A); null when either is blank or A is zero. The published
    /// <see cref="ExecutionRate"/> is text as the department printed it and is not derived from this.
    /// </summary>
    public static Percentage? ExecutionRateOf(Money? budget, Money? executed) =>
        Percentage.Of(executed, budget, PercentKind.Completion);
}

public sealed class PerformanceGoal
{
    /// <summary>The longest a goal the database keeps.</summary>
    public const int MaxTextLength = TextLimits.LongText;

    private readonly List<PerformanceIndicator> _indicators = [];

    private PerformanceGoal() { }

    internal PerformanceGoal(int sequence, string? text)
    {
        Sequence = sequence;
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public long Id { get; private set; }
    public int Sequence { get; private set; }
    /// <summary>年度目标 text; null for a project table without numbered goals.</summary>
    public string? Text { get; private set; }
    public IReadOnlyList<PerformanceIndicator> Indicators => _indicators;

    public PerformanceIndicator AddIndicator(string level1, string? level2, string level3,
        string? target, string? actual, decimal? weight = null, decimal? score = null)
    {
        if (weight < 0 || score < 0)
        {
            throw new ArgumentException("分值和得分不能为负数。");
        }
        if (weight is not null && score > weight)
        {
            throw new ArgumentException($"指标“{level3}”的得分 {score} 超过分值 {weight}。");
        }
        var indicator = new PerformanceIndicator(_indicators.Count + 1, level1, level2, level3, target, actual, weight, score);
        _indicators.Add(indicator);
        return indicator;
    }
}

/// <summary>
/// 一级 → 二级 → 三级 indicator with 年初目标值 and 实际完成值 as free text ("≥95%", "达成预期指标"),
/// optionally a weight (分值) and score (得分).
/// </summary>
public sealed class PerformanceIndicator
{
    /// <summary>The longest 一级指标 the database keeps.</summary>
    public const int MaxLevel1Length = 64;
    /// <summary>The longest 二级指标 the database keeps.</summary>
    public const int MaxLevel2Length = 128;
    /// <summary>The longest 三级指标, its target and its actual value the database keeps.</summary>
    public const int MaxTextLength = 500;

    private PerformanceIndicator() { Level1 = null!; Level3 = null!; }

    internal PerformanceIndicator(int sequence, string level1, string? level2, string level3,
        string? target, string? actual, decimal? weight, decimal? score)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(level1);
        ArgumentException.ThrowIfNullOrWhiteSpace(level3);
        Sequence = sequence;
        Level1 = level1.Trim();
        Level2 = string.IsNullOrWhiteSpace(level2) ? null : level2.Trim();
        Level3 = level3.Trim();
        Target = target;
        Actual = actual;
        Weight = weight;
        Score = score;
    }

    public long Id { get; private set; }
    public int Sequence { get; private set; }
    public string Level1 { get; private set; }
    /// <summary>二级指标; some published tables leave it out.</summary>
    public string? Level2 { get; private set; }
    public string Level3 { get; private set; }
    public string? Target { get; private set; }
    public string? Actual { get; private set; }
    public decimal? Weight { get; private set; }
    public decimal? Score { get; private set; }
}

/// <summary>
/// 分值合计 and 得分合计 of a set of indicators: what a goal's table adds up to, and what the 总分 of a
/// self-evaluation is set against. Blank weights and scores count as nothing.
/// </summary>
public sealed record IndicatorScores(decimal Weights, decimal Scores)
{
    /// <summary>The sums of the weights and scores; null when no indicator has either.</summary>
    public static IndicatorScores? Of(IEnumerable<(decimal? Weight, decimal? Score)> indicators)
    {
        var list = indicators.ToList();
        return list.All(i => i.Weight is null && i.Score is null)
            ? null
            : new IndicatorScores(list.Sum(i => i.Weight ?? 0), list.Sum(i => i.Score ?? 0));
    }
}
