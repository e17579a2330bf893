using FinalAccounts.Domain;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Infrastructure.Content;
using S = FinalAccounts.Domain.Performance.EvaluationScoring;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>
/// What the form of one self-evaluation posts, every field as text so that input comes back as typed:
/// the facts, the fund block (one row per line of the form's kind, by its key), the execution line's
/// 分值, 执行率 and 得分, the weights of 一级 groups, the goals with their indicators, 总分, grade and texts.
/// </summary>
public sealed class EvaluationInput
{
    public string? Name { get; set; }
    public string? SupervisingDepartment { get; set; }
    public string? ImplementingUnit { get; set; }
    public string? Category { get; set; }
    public string? Attribute { get; set; }
    public string? ProjectType { get; set; }
    /// <summary>The fund block by line key ("total", "carried-over", …): posted as Input.Funds[total].Executed.</summary>
    public Dictionary<string, FundInput> Funds { get; set; } = [];
    public string? FundWeight { get; set; }
    public string? ExecutionRate { get; set; }
    public string? FundScore { get; set; }
    public List<GroupInput> Groups { get; set; } = [];
    public string? TotalScore { get; set; }
    public string? Grade { get; set; }
    public string? DeviationAnalysis { get; set; }
    public string? Improvement { get; set; }
    public string? Report { get; set; }
    public List<GoalInput> Goals { get; set; } = [];

    /// <summary>A row of the fund block as typed; blank when the row was not posted.</summary>
    public FundInput Fund(FundLine line) => Funds.GetValueOrDefault(line.Key()) ?? new FundInput();

    public static EvaluationInput From(EvaluationContent e)
    {
        var kind = EvaluationForm.KindOf(e);
        return new EvaluationInput
        {
            Name = e.Name,
            SupervisingDepartment = e.SupervisingDepartment,
            ImplementingUnit = e.ImplementingUnit,
            Category = e.Category,
            Attribute = e.Attribute,
            ProjectType = e.ProjectType,
            Funds = FundLines.Of(kind).ToDictionary(l => l.Key(), l => (e.Funds ?? []).FirstOrDefault(f => f.Line == l.Key()) is { } f
                ? new FundInput { InitialBudget = f.InitialBudget, FullYearBudget = f.FullYearBudget, Executed = f.Executed }
                : new FundInput()),
            FundWeight = Text(e.FundWeight),
            ExecutionRate = e.ExecutionRate,
            FundScore = Text(e.FundScore),
            Groups = (e.Groups ?? []).Select(g => new GroupInput { Level1 = g.Level1, Weight = Text(g.Weight) }).ToList(),
            TotalScore = Text(e.TotalScore),
            Grade = e.Grade,
            DeviationAnalysis = e.DeviationAnalysis,
            Improvement = e.Improvement,
            Report = e.Report,
            Goals = e.Goals.Select(g => new GoalInput
            {
                Text = g.Text,
                Achieved = g.Achieved,
                Indicators = g.Indicators.Select(i => new IndicatorInput
                {
                    Level1 = i.Level1, Level2 = i.Level2, Level3 = i.Level3, Target = i.Target, Actual = i.Actual,
                    Weight = Text(i.Weight), Score = Text(i.Score), Deviation = i.Deviation,
                }).ToList(),
            }).ToList(),
        };
    }

    private static string? Text(decimal? value) => value is { } v ? S.ScoreText(v) : null;
}

public sealed class FundInput
{
    public string? InitialBudget { get; set; }
    public string? FullYearBudget { get; set; }
    public string? Executed { get; set; }
}

/// <summary>The weight a form prints in a 一级 group's heading.</summary>
public sealed class GroupInput
{
    public string? Level1 { get; set; }
    public string? Weight { get; set; }
}

public sealed class GoalInput
{
    public string? Text { get; set; }
    public string? Achieved { get; set; }
    public List<IndicatorInput> Indicators { get; set; } = [];
}

public sealed class IndicatorInput
{
    public string? Level1 { get; set; }
    public string? Level2 { get; set; }
    public string? Level3 { get; set; }
    public string? Target { get; set; }
    public string? Actual { get; set; }
    public string? Weight { get; set; }
    public string? Score { get; set; }
    public string? Deviation { get; set; }
}

/// <summary>
/// Reads a posted self-evaluation into its content, reporting each field it cannot accept, and
/// computes the hints the form shows beside what was typed (执行率, 得分, Σ得分, grade band) with
/// <see cref="EvaluationScoring"/>, the same arithmetic the validator checks with.
/// </summary>
public static class EvaluationForm
{
    public static readonly ListNoun Goal = new("个", "年度目标");
    public static readonly ListNoun Group = new("个", "一级指标分值");

    public static ListNoun IndicatorsOf(int goal) => new("个", "指标", Goal.Of(goal) + " ");

    public static EvaluationKind KindOf(EvaluationContent e) => EvaluationKindText.Parse(e.Kind) ?? EvaluationKind.Project;

    /// <summary>The saved evaluation with the posted input put in; the reader holds what could not be taken.</summary>
    public static EvaluationContent Read(FieldReader read, EvaluationInput e, EvaluationContent saved)
    {
        var kind = KindOf(saved);
        var name = read.Required(e.Name, "Input.Name", kind == EvaluationKind.Overall ? "单位名称" : "项目名称");
        var offered = FundLines.Of(kind).Select(l => l.Key()).ToHashSet(StringComparer.Ordinal);
        if (e.Funds.Keys.FirstOrDefault(k => !offered.Contains(k)) is { } unknown)
        {
            read.Fail("Input.Funds", $"资金情况中有本表没有的行“{unknown}”，没有保存；请刷新页面后重新填写。");
        }
        var funds = new List<FundLineContent>();
        foreach (var line in FundLines.Of(kind))
        {
            var f = e.Fund(line);
            var at = $"Input.Funds[{line.Key()}]";
            var row = new FundLineContent(line.Key(),
                read.Amount(f.InitialBudget, at + ".InitialBudget", $"{line.Label()}的年初预算数"),
                read.Amount(f.FullYearBudget, at + ".FullYearBudget", $"{line.Label()}的全年预算数"),
                read.Amount(f.Executed, at + ".Executed", $"{line.Label()}的全年执行数"));
            if (row is not { InitialBudget: null, FullYearBudget: null, Executed: null })
            {
                funds.Add(row);
            }
        }
        var fundWeight = read.Score(e.FundWeight, "Input.FundWeight", "预算执行的分值");
        var fundScore = read.Score(e.FundScore, "Input.FundScore", "预算执行的得分");
        if (fundScore > fundWeight)
        {
            read.Fail("Input.FundScore", $"“预算执行的得分”{fundScore} 超过了分值 {fundWeight}。");
        }
        var rate = read.Rate(e.ExecutionRate, "Input.ExecutionRate", "执行率");

        var groups = new List<IndicatorGroupContent>();
        for (var g = 0; g < e.Groups.Count; g++)
        {
            var group = e.Groups[g];
            if (FieldReader.IsBlank(group.Level1, group.Weight))
            {
                continue;
            }
            var at = $"Input.Groups[{g}]";
            var level1 = read.Required(group.Level1, at + ".Level1", Group.Of(g) + "的一级指标");
            var weight = read.Score(group.Weight, at + ".Weight", Group.Of(g) + "的分值");
            if (weight is null && !string.IsNullOrWhiteSpace(level1))
            {
                read.Fail(at + ".Weight", $"请填写“{Group.Of(g)}的分值”，或删除这一行。");
            }
            if (level1 is not null && groups.Any(x => x.Level1 == level1.Trim()))
            {
                read.Fail(at + ".Level1", $"一级指标“{level1.Trim()}”的分值已经填写过一次。");
            }
            if (level1 is not null && weight is not null)
            {
                groups.Add(new IndicatorGroupContent(level1.Trim(), weight.Value));
            }
        }

        var goals = new List<GoalContent>();
        for (var g = 0; g < e.Goals.Count; g++)
        {
            var goal = e.Goals[g];
            goals.Add(new GoalContent(FieldReader.Text(goal.Text), ReadIndicators(read, goal, g), FieldReader.Text(goal.Achieved)));
        }

        return saved with
        {
            Name = name?.Trim() ?? "",
            SupervisingDepartment = FieldReader.Text(e.SupervisingDepartment),
            ImplementingUnit = FieldReader.Text(e.ImplementingUnit),
            Category = FieldReader.Text(e.Category),
            Attribute = FieldReader.Text(e.Attribute),
            ProjectType = FieldReader.Text(e.ProjectType),
            Funds = funds,
            FundWeight = fundWeight,
            ExecutionRate = rate,
            FundScore = fundScore,
            Groups = groups,
            TotalScore = read.Score(e.TotalScore, "Input.TotalScore", "总分"),
            Grade = FieldReader.Text(e.Grade),
            DeviationAnalysis = FieldReader.Text(e.DeviationAnalysis),
            Improvement = FieldReader.Text(e.Improvement),
            Report = FieldReader.Text(e.Report),
            Goals = goals,
        };
    }

    private static List<IndicatorContent> ReadIndicators(FieldReader read, GoalInput goal, int g)
    {
        var indicators = new List<IndicatorContent>();
        for (var k = 0; k < goal.Indicators.Count; k++)
        {
            var n = goal.Indicators[k];
            if (FieldReader.IsBlank(n.Level1, n.Level2, n.Level3, n.Target, n.Actual, n.Weight, n.Score, n.Deviation))
            {
                continue;
            }
            var at = $"Input.Goals[{g}].Indicators[{k}]";
            var label = IndicatorsOf(g).Of(k);
            var level1 = read.Required(n.Level1, at + ".Level1", label + "的一级指标");
            var level3 = read.Required(n.Level3, at + ".Level3", label + "的三级指标");
            var weight = read.Score(n.Weight, at + ".Weight", label + "的分值");
            var score = read.Score(n.Score, at + ".Score", label + "的得分");
            if (score > weight)
            {
                read.Fail(at + ".Score", $"“{label}的得分”{score} 超过了分值 {weight}。");
            }
            indicators.Add(new IndicatorContent(level1?.Trim() ?? "", FieldReader.Text(n.Level2)?.Trim(), level3?.Trim() ?? "",
                FieldReader.Text(n.Target), FieldReader.Text(n.Actual), weight, score, FieldReader.Text(n.Deviation)));
        }
        return indicators;
    }

    // ---- Hints beside what was typed: what the form computes --------------------------------------

    /// <summary>执行率 as computed from the typed 年度资金总额 row.</summary>
    public static decimal? ComputedRate(EvaluationInput e) =>
        S.ExecutionRate(FieldReader.TryAmount(e.Fund(FundLine.Total).FullYearBudget), FieldReader.TryAmount(e.Fund(FundLine.Total).Executed));

    public static string? RateHint(EvaluationInput e) =>
        ComputedRate(e) is { } rate ? $"按全年执行数除以全年预算数计算为 {S.RateText(rate)}。" : "填写年度资金总额的全年预算数和全年执行数后可自动计算。";

    /// <summary>The execution line's 得分 as computed from the typed rate's amounts and 分值.</summary>
    private static decimal? ComputedFundScore(EvaluationInput e) => S.FundScore(ComputedRate(e), FieldReader.TryNumber(e.FundWeight));

    public static string? FundScoreHint(EvaluationInput e) =>
        ComputedFundScore(e) is { } score ? $"按执行率乘以分值计算为 {S.Plain(score)} 分（不超过分值）。" : null;

    /// <summary>Σ得分 of what was typed, the suggested 总分.</summary>
    public static decimal? SuggestedTotal(EvaluationInput e) =>
        S.SuggestedTotal(FieldReader.TryNumber(e.FundScore) ?? ComputedFundScore(e),
            e.Goals.SelectMany(g => g.Indicators).Select(i => FieldReader.TryNumber(i.Score)));

    public static string TotalHint(EvaluationInput e) =>
        SuggestedTotal(e) is { } total ? $"预算执行得分与各指标得分之和为 {S.Plain(total)} 分。" : "各项均未填写得分。";

    public static string? GradeHint(EvaluationInput e) =>
        (FieldReader.TryNumber(e.TotalScore) ?? SuggestedTotal(e)) is { } total
            ? $"按总分 {S.Plain(total)} 分应为“{S.GradeOf(total)}”（优≥90，良≥80，中≥60，差<60）。"
            : "优、良、中、差。";

    /// <summary>"分值合计 20，得分合计 19.5" for one goal's indicators; null when none has a weight or score.</summary>
    public static string? GoalSums(GoalInput goal) => Describe(Sums(goal.Indicators));

    /// <summary>The weights and scores of the execution line and all indicators against 100 and the 总分.</summary>
    public static string ScoreSummary(EvaluationInput e)
    {
        var weights = S.WeightTotal(FieldReader.TryNumber(e.FundWeight),
            e.Goals.SelectMany(g => g.Indicators).Select(i => FieldReader.TryNumber(i.Weight)));
        var scores = SuggestedTotal(e);
        if (weights is null && scores is null)
        {
            return "预算执行和各指标均未填写分值和得分。";
        }
        var sum = scores ?? 0;
        var text = $"预算执行和全部指标分值合计 {S.Plain(weights ?? 0)}，得分合计 {S.Plain(sum)}";
        if (weights is { } w && w != S.FullMarks)
        {
            text += $"（分值合计应为 {S.Plain(S.FullMarks)}）";
        }
        if (FieldReader.TryNumber(e.TotalScore) is not { } total)
        {
            return text + "；总分未填写。";
        }
        return sum == total
            ? $"{text}，与总分 {S.Plain(total)} 分一致。"
            : $"{text}，与总分 {S.Plain(total)} 分相差 {S.Plain(Math.Abs(sum - total))} 分，请核对。";
    }

    // A weight or score that does not read as a number counts as blank here; the save reports it.
    private static IndicatorScores? Sums(IEnumerable<IndicatorInput> indicators) =>
        IndicatorScores.Of(indicators.Select(i => (FieldReader.TryNumber(i.Weight), FieldReader.TryNumber(i.Score))));

    private static string? Describe(IndicatorScores? sums) =>
        sums is null ? null : $"分值合计 {S.Plain(sums.Weights)}，得分合计 {S.Plain(sums.Scores)}";

    /// <summary>Why a new evaluation's kind and name cannot be taken, or null.</summary>
    public static string? NewEvaluationProblem(string? kind, string? name) =>
        EvaluationKindText.Parse(kind) is null ? "请选择自评表的种类：整体绩效自评表或项目绩效自评表。"
        : string.IsNullOrEmpty(name) ? (EvaluationKindText.Parse(kind) == EvaluationKind.Overall ? "请填写单位名称。" : "请填写项目名称。")
        : name.Length > PerformanceEvaluation.MaxNameLength ? $"名称共 {name.Length} 个字，超过上限 {PerformanceEvaluation.MaxNameLength} 个字。"
        : TextInput.Problem(name, multiline: false);
}
