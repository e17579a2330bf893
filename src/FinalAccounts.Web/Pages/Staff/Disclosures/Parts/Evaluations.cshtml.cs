using System.Globalization;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>
/// 第六部分 附件: the performance self-evaluations, one per form (an overall one has dozens of
/// indicators): its fields, its numbered goals and each goal's indicators (一级 → 二级 → 三级, 年初目标值,
/// 实际完成值, 分值, 得分), with the sums of weights and scores shown against the total score.
/// </summary>
public sealed class EvaluationsModel(DraftEditor editor) : PartPageModel<EvaluationsModel.EvaluationInput>(editor)
{
    public static readonly ListNoun Goal = new("个", "年度目标");

    /// <summary>Which evaluation the form edits, counted from 1 in the published order.</summary>
    [BindProperty(SupportsGet = true, Name = "evaluation")]
    public int Number { get; set; } = 1;

    public override ContentPart Part => ContentPart.Evaluations;

    public override string Address => base.Address + "?evaluation=" + Number.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<EvaluationContent> All => Stored.Evaluations ?? [];

    /// <summary>The evaluation as saved; null when the version has none.</summary>
    public EvaluationContent? Saved => Number >= 1 && Number <= All.Count ? All[Number - 1] : null;

    public bool IsOverall => Saved?.Kind == "整体";

    protected override bool Exists => All.Count == 0 ? Number == 1 : Saved is not null;

    public override bool HasFields => Saved is not null;

    public static string Title(EvaluationContent evaluation) =>
        (evaluation.Kind == "整体" ? "整体绩效自评表：" : "项目绩效自评表：") + evaluation.Name;

    public string Link(int number) =>
        base.Address + "?evaluation=" + number.ToString(CultureInfo.InvariantCulture);

    public static ListNoun IndicatorsOf(int goal) => new("个", "指标", Goal.Of(goal) + " ");

    /// <summary>Whether the form shows a field: those of the evaluation's kind, and any other that holds a value.</summary>
    public bool Shows(string property, string? value) =>
        !string.IsNullOrWhiteSpace(value) || property switch
        {
            nameof(EvaluationInput.BasicExpenditureTotal) or nameof(EvaluationInput.ProjectExpenditureTotal) => IsOverall,
            nameof(EvaluationInput.SupervisingDepartment) or nameof(EvaluationInput.ImplementingUnit) or nameof(EvaluationInput.Category)
                or nameof(EvaluationInput.Attribute) or nameof(EvaluationInput.ProjectType) => !IsOverall,
            _ => true,
        };

    protected override void ShowContent()
    {
        if (Saved is not { } e)
        {
            return;
        }
        Input = new EvaluationInput
        {
            Name = e.Name,
            SupervisingDepartment = e.SupervisingDepartment,
            ImplementingUnit = e.ImplementingUnit,
            Category = e.Category,
            Attribute = e.Attribute,
            ProjectType = e.ProjectType,
            BasicExpenditureTotal = e.BasicExpenditureTotal,
            ProjectExpenditureTotal = e.ProjectExpenditureTotal,
            Budget = e.Budget,
            Executed = e.Executed,
            ExecutionRate = e.ExecutionRate,
            TotalScore = Text(e.TotalScore),
            Grade = e.Grade,
            DeviationAnalysis = e.DeviationAnalysis,
            Improvement = e.Improvement,
            Report = e.Report,
            Goals = e.Goals.Select(g => new GoalInput
            {
                Text = g.Text,
                Indicators = g.Indicators.Select(i => new IndicatorInput
                {
                    Level1 = i.Level1, Level2 = i.Level2, Level3 = i.Level3, Target = i.Target, Actual = i.Actual,
                    Weight = Text(i.Weight), Score = Text(i.Score),
                }).ToList(),
            }).ToList(),
        };
    }

    protected override Func<DisclosureContent, DisclosureContent> ReadInput(FieldReader read)
    {
        if (Saved is null)
        {
            // A version without evaluations has no fields; a post changes nothing rather than failing on them.
            return content => content;
        }
        var e = Input;
        var name = read.Required(e.Name, "Input.Name", IsOverall ? "单位名称" : "项目名称");
        var basic = read.Amount(e.BasicExpenditureTotal, "Input.BasicExpenditureTotal", "基本支出总额");
        var project = read.Amount(e.ProjectExpenditureTotal, "Input.ProjectExpenditureTotal", "项目支出总额");
        var budget = read.Amount(e.Budget, "Input.Budget", "年度预算数");
        var executed = read.Amount(e.Executed, "Input.Executed", "执行数");
        var totalScore = read.Number(e.TotalScore, "Input.TotalScore", "总分");
        var goals = new List<GoalContent>();
        for (var g = 0; g < e.Goals.Count; g++)
        {
            var indicators = new List<IndicatorContent>();
            var goal = e.Goals[g];
            for (var k = 0; k < goal.Indicators.Count; k++)
            {
                var n = goal.Indicators[k];
                if (FieldReader.IsBlank(n.Level1, n.Level2, n.Level3, n.Target, n.Actual, n.Weight, n.Score))
                {
                    continue;
                }
                var at = $"Input.Goals[{g}].Indicators[{k}]";
                var label = IndicatorsOf(g).Of(k);
                var level1 = read.Required(n.Level1, at + ".Level1", label + "的一级指标");
                var level3 = read.Required(n.Level3, at + ".Level3", label + "的三级指标");
                var weight = read.Number(n.Weight, at + ".Weight", label + "的分值");
                var score = read.Number(n.Score, at + ".Score", label + "的得分");
                if (score > weight)
                {
                    read.Fail(at + ".Score", $"“{label}的得分”{score} 超过了分值 {weight}。");
                }
                indicators.Add(new IndicatorContent(level1?.Trim() ?? "", FieldReader.Text(n.Level2)?.Trim(), level3?.Trim() ?? "",
                    FieldReader.Text(n.Target), FieldReader.Text(n.Actual), weight, score));
            }
            goals.Add(new GoalContent(FieldReader.Text(goal.Text), indicators));
        }

        var index = Number - 1;
        return content => content with
        {
            Evaluations = (content.Evaluations ?? []).Select((saved, i) => i != index ? saved : saved with
            {
                Name = name?.Trim() ?? "",
                SupervisingDepartment = FieldReader.Text(e.SupervisingDepartment),
                ImplementingUnit = FieldReader.Text(e.ImplementingUnit),
                Category = FieldReader.Text(e.Category),
                Attribute = FieldReader.Text(e.Attribute),
                ProjectType = FieldReader.Text(e.ProjectType),
                BasicExpenditureTotal = basic,
                ProjectExpenditureTotal = project,
                Budget = budget,
                Executed = executed,
                ExecutionRate = FieldReader.Text(e.ExecutionRate),
                TotalScore = totalScore,
                Grade = FieldReader.Text(e.Grade),
                DeviationAnalysis = FieldReader.Text(e.DeviationAnalysis),
                Improvement = FieldReader.Text(e.Improvement),
                Report = FieldReader.Text(e.Report),
                Goals = goals,
            }).ToList(),
        };
    }

    /// <summary>The kind of evaluation to add: 整体 (the department's overall) or 项目 (one project).</summary>
    [BindProperty] public string? NewKind { get; set; }
    [BindProperty] public string? NewName { get; set; }
    /// <summary>Ticked to confirm removing the evaluation shown.</summary>
    [BindProperty] public bool ConfirmRemoval { get; set; }

    /// <summary>Adds an evaluation after the others, empty but for its kind and name, and opens it.</summary>
    public Task<IActionResult> OnPostAddEvaluationAsync(CancellationToken cancellationToken)
    {
        var kind = NewKind is "整体" or "项目" ? NewKind : null;
        var name = NewName?.Trim();
        var problem = kind is null ? "请选择自评表的种类：整体绩效自评表或项目绩效自评表。"
            : string.IsNullOrEmpty(name) ? (kind == "整体" ? "请填写单位名称。" : "请填写项目名称。")
            : name.Length > PerformanceEvaluation.MaxNameLength ? $"名称共 {name.Length} 个字，超过上限 {PerformanceEvaluation.MaxNameLength} 个字。"
            : Domain.TextInput.Problem(name, multiline: false);
        return ChangeEvaluationsAsync(problem, evaluations =>
            [.. evaluations, new EvaluationContent(kind!, name!, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                [new GoalContent(null, [])])], () => All.Count + 1, cancellationToken);
    }

    /// <summary>Removes the evaluation shown, once the person ticked the confirmation.</summary>
    public Task<IActionResult> OnPostRemoveEvaluationAsync(CancellationToken cancellationToken)
    {
        var index = Number - 1;
        return ChangeEvaluationsAsync(ConfirmRemoval ? null : "请勾选“确认删除”后再删除这张自评表。",
            evaluations => [.. evaluations.Where((_, i) => i != index)], () => 1, cancellationToken);
    }

    private async Task<IActionResult> ChangeEvaluationsAsync(string? problem,
        Func<IReadOnlyList<EvaluationContent>, IReadOnlyList<EvaluationContent>> change, Func<int> opens, CancellationToken cancellationToken)
    {
        if (await OpenForChangeAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        // These forms post no evaluation fields: a refusal shows the evaluation as saved.
        ShowContent();
        if (problem is not null)
        {
            Refusal = problem;
            return Page();
        }
        // The evaluation to open after the change, counted on the content as it was opened.
        return await SaveAsync(content => content with { Evaluations = change(content.Evaluations ?? []) }, Link(opens()), cancellationToken);
    }

    protected override (ListNoun Noun, int Count)? EditList(ListEdit edit)
    {
        if (edit.List == "goals")
        {
            return Edit(edit, Input.Goals, Goal, () => new GoalInput { Indicators = [new IndicatorInput()] });
        }
        var parts = edit.List.Split('.');
        return parts is ["goals", var goal, "indicators"]
               && int.TryParse(goal, NumberStyles.None, CultureInfo.InvariantCulture, out var g) && g < Input.Goals.Count
            ? Edit(edit, Input.Goals[g].Indicators, IndicatorsOf(g), () => new IndicatorInput())
            : null;
    }

    // ---- Sums shown beside the indicators -----------------------------------------------------------

    /// <summary>"分值合计 20，得分合计 19.5" for one goal's indicators; null when none has a weight or score.</summary>
    public static string? GoalSums(GoalInput goal) => Describe(Sums(goal.Indicators));

    /// <summary>The weights and scores of all goals against the 总分.</summary>
    public string ScoreSummary
    {
        get
        {
            var sums = Sums(Input.Goals.SelectMany(g => g.Indicators));
            if (sums is null)
            {
                return "各指标未填写分值和得分。";
            }
            var text = $"全部指标{Describe(sums)}";
            if (FieldReader.TryNumber(Input.TotalScore) is not { } total)
            {
                return text + "；总分未填写。";
            }
            return sums.Scores == total
                ? $"{text}，与总分 {Plain(total)} 分一致。"
                : $"{text}，与总分 {Plain(total)} 分相差 {Plain(Math.Abs(sums.Scores - total))} 分，请核对。";
        }
    }

    /// <summary>执行率 B/A as computed from the typed 预算数 and 执行数, beside the published one.</summary>
    public string? ExecutionRateHint =>
        PerformanceEvaluation.ExecutionRateOf(FieldReader.TryAmount(Input.Budget), FieldReader.TryAmount(Input.Executed)) is { } rate
            ? $"按预算数和执行数计算为 {rate.Exact.ToString("0.00", CultureInfo.InvariantCulture)}%。"
            : null;

    // A weight or score that does not read as a number counts as blank here; the save reports it.
    private static IndicatorScores? Sums(IEnumerable<IndicatorInput> indicators) =>
        IndicatorScores.Of(indicators.Select(i => (FieldReader.TryNumber(i.Weight), FieldReader.TryNumber(i.Score))));

    private static string? Describe(IndicatorScores? sums) =>
        sums is null ? null : $"分值合计 {Plain(sums.Weights)}，得分合计 {Plain(sums.Scores)}";

    private static string Plain(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public sealed class EvaluationInput
    {
        public string? Name { get; set; }
        public string? SupervisingDepartment { get; set; }
        public string? ImplementingUnit { get; set; }
        public string? Category { get; set; }
        public string? Attribute { get; set; }
        public string? ProjectType { get; set; }
        public string? BasicExpenditureTotal { get; set; }
        public string? ProjectExpenditureTotal { get; set; }
        public string? Budget { get; set; }
        public string? Executed { get; set; }
        public string? ExecutionRate { get; set; }
        public string? TotalScore { get; set; }
        public string? Grade { get; set; }
        public string? DeviationAnalysis { get; set; }
        public string? Improvement { get; set; }
        public string? Report { get; set; }
        public List<GoalInput> Goals { get; set; } = [];
    }

    public sealed class GoalInput
    {
        public string? Text { get; set; }
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
    }
}
