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
/// A performance self-evaluation (第六部分 附件): the department's overall one or one per project, as the
/// standard forms print it (docs/domain.md, "The standard self-evaluation forms"): the project's facts,
/// the fund block with the 年度资金总额 row's 分值, 执行率 and 得分, the goals (预期目标 | 实际完成情况),
/// the indicators, the weights of the 一级 groups where the form prints them, 总分 and 自评等级. Scores
/// keep the decimals the department entered (9.10 stays 9.10); what can be computed from them is
/// computed by <see cref="EvaluationScoring"/>, never stored twice.
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
    private readonly List<PerformanceFundLine> _funds = [];
    private readonly List<PerformanceIndicatorGroup> _groups = [];

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
    /// <summary>The fund block's rows that hold an amount, in printed order.</summary>
    public IReadOnlyList<PerformanceFundLine> Funds => _funds;
    /// <summary>The 年度资金总额 row's 分值 (commonly 10); null when the form does not score execution.</summary>
    public decimal? FundWeight { get; set; }
    /// <summary>执行率 as published, e.g. "91.00%"; <see cref="EvaluationScoring.ExecutionRate"/> computes it.</summary>
    public string? ExecutionRate { get; set; }
    /// <summary>The 年度资金总额 row's 得分 as published; <see cref="EvaluationScoring.FundScore"/> computes it.</summary>
    public decimal? FundScore { get; set; }
    /// <summary>The weights the form prints in its 一级 groups' headings (产出指标 50 分 …).</summary>
    public IReadOnlyList<PerformanceIndicatorGroup> Groups => _groups;
    /// <summary>总分 as published; <see cref="EvaluationScoring.SuggestedTotal"/> is Σ得分.</summary>
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

    /// <summary>年度资金总额's 全年预算数, what the 执行率 is taken against.</summary>
    public Money? Budget => Fund(FundLine.Total)?.FullYearBudget;

    /// <summary>年度资金总额's 全年执行数.</summary>
    public Money? Executed => Fund(FundLine.Total)?.Executed;

    public PerformanceFundLine? Fund(FundLine line) => _funds.FirstOrDefault(f => f.Line == line);

    /// <summary>Replaces the fund block; blank rows are not kept, and each row may appear once.</summary>
    public void SetFunds(IEnumerable<PerformanceFundLine> lines)
    {
        var kept = lines.Where(l => !l.IsBlank).OrderBy(l => l.Line).ToList();
        if (kept.GroupBy(l => l.Line).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"资金情况的“{twice.Key.Label()}”行出现了两次。");
        }
        _funds.Clear();
        _funds.AddRange(kept);
    }

    /// <summary>Sets the weight printed for a 一级 group, after the others.</summary>
    public PerformanceIndicatorGroup AddGroup(string level1, decimal weight)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(level1);
        if (weight < 0)
        {
            throw new ArgumentException("分值不能为负数。");
        }
        if (_groups.Any(g => g.Level1 == level1.Trim()))
        {
            throw new ArgumentException($"一级指标“{level1.Trim()}”的分值填写了两次。");
        }
        var group = new PerformanceIndicatorGroup(_groups.Count + 1, level1, weight);
        _groups.Add(group);
        return group;
    }

    public PerformanceGoal AddGoal(string? text, string? achieved = null)
    {
        var goal = new PerformanceGoal(_goals.Count + 1, text, achieved);
        _goals.Add(goal);
        return goal;
    }

    /// <summary>Every indicator of every goal, in printed order.</summary>
    public IEnumerable<PerformanceIndicator> Indicators => _goals.OrderBy(g => g.Sequence).SelectMany(g => g.Indicators);
}

/// <summary>A weight an overall form prints in a 一级 group's heading: "产出指标（50分）".</summary>
public sealed class PerformanceIndicatorGroup
{
    private PerformanceIndicatorGroup() { Level1 = null!; }

    internal PerformanceIndicatorGroup(int sequence, string level1, decimal weight)
    {
        Sequence = sequence;
        Level1 = level1.Trim();
        Weight = weight;
    }

    public long Id { get; private set; }
    public int Sequence { get; private set; }
    public string Level1 { get; private set; }
    public decimal Weight { get; private set; }
}

public sealed class PerformanceGoal
{
    /// <summary>The longest a goal the database keeps.</summary>
    public const int MaxTextLength = TextLimits.LongText;

    private readonly List<PerformanceIndicator> _indicators = [];

    private PerformanceGoal() { }

    internal PerformanceGoal(int sequence, string? text, string? achieved)
    {
        Sequence = sequence;
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        Achieved = string.IsNullOrWhiteSpace(achieved) ? null : achieved.Trim();
    }

    public long Id { get; private set; }
    public int Sequence { get; private set; }
    /// <summary>年度目标 (预期目标) text; null for a project table without numbered goals.</summary>
    public string? Text { get; private set; }
    /// <summary>实际完成情况, the goal's second column.</summary>
    public string? Achieved { get; private set; }
    public IReadOnlyList<PerformanceIndicator> Indicators => _indicators;

    public PerformanceIndicator AddIndicator(string level1, string? level2, string level3,
        string? target, string? actual, decimal? weight = null, decimal? score = null, string? deviation = null)
    {
        if (weight < 0 || score < 0)
        {
            throw new ArgumentException("分值和得分不能为负数。");
        }
        if (weight is not null && score > weight)
        {
            throw new ArgumentException($"指标“{level3}”的得分 {score} 超过分值 {weight}。");
        }
        var indicator = new PerformanceIndicator(_indicators.Count + 1, level1, level2, level3, target, actual, weight, score, deviation);
        _indicators.Add(indicator);
        return indicator;
    }
}

/// <summary>
/// 一级 → 二级 → 三级 indicator with 年度指标值 and 实际完成值 as free text ("≥95%", "达成预期指标"),
/// optionally a weight (分值) and score (得分) with the decimals entered, and 偏差原因分析及改进措施.
/// </summary>
public sealed class PerformanceIndicator
{
    /// <summary>The longest 一级指标 the database keeps.</summary>
    public const int MaxLevel1Length = 64;
    /// <summary>The longest 二级指标 the database keeps.</summary>
    public const int MaxLevel2Length = 128;
    /// <summary>The longest 三级指标, its target and its actual value the database keeps.</summary>
    public const int MaxTextLength = 500;
    /// <summary>The longest 偏差原因分析及改进措施 the database keeps.</summary>
    public const int MaxDeviationLength = 2000;


    private PerformanceIndicator() { Level1 = null!; Level3 = null!; }

    internal PerformanceIndicator(int sequence, string level1, string? level2, string level3,
        string? target, string? actual, decimal? weight, decimal? score, string? deviation)
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
        Deviation = string.IsNullOrWhiteSpace(deviation) ? null : deviation.Trim();
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
    /// <summary>偏差原因分析及改进措施.</summary>
    public string? Deviation { get; private set; }
}
