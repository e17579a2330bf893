using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Performance;
using S = FinalAccounts.Domain.Performance.EvaluationScoring;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>
/// The arithmetic of the self-evaluation forms (第六部分 附件), checked with <see cref="EvaluationScoring"/>.
/// Each finding names the 附件 and the evaluation, the row or indicator, and both figures.
/// </summary>
internal abstract class EvaluationRule : IValidationRule
{
    public abstract string Id { get; }

    public abstract string Title { get; }

    public IEnumerable<Finding> Check(ValidationContext context) =>
        context.Version.Evaluations.OrderBy(e => e.Sequence)
            .SelectMany((evaluation, index) => Check(evaluation, index + 1));

    protected abstract IEnumerable<Finding> Check(PerformanceEvaluation evaluation, int attachment);

    /// <summary>"附件2“公共法律服务工作经费”".</summary>
    internal static string Name(PerformanceEvaluation evaluation, int attachment) => $"附件{attachment}“{evaluation.Name}”";

    protected static string Score(decimal value) => S.Plain(value);
}

/// <summary>年度资金总额 is the sum of its sources, and on the overall form of each breakdown, in every column.</summary>
internal sealed class EvaluationFundsAddUpRule : EvaluationRule
{
    public override string Id => "evaluation-funds";

    public override string Title => "自评表资金情况：年度资金总额等于其中各项之和";

    protected override IEnumerable<Finding> Check(PerformanceEvaluation evaluation, int attachment)
    {
        var total = evaluation.Fund(FundLine.Total);
        foreach (var (parts, description) in new[] { (FundLines.Sources, "当年财政拨款、上年结转资金和其他资金之和"),
                     (FundLines.ByIncome, "按收入性质分各项之和"), (FundLines.BySpending, "按支出性质分各项之和") })
        {
            var lines = parts.Select(evaluation.Fund).ToList();
            foreach (var column in FundColumns.All)
            {
                IReadOnlyCollection<Money?> amounts = lines.Select(l => l?[column]).ToList();
                if (amounts.All(a => a is null))
                {
                    continue;
                }
                var finding = Checks.Sum(Id, FindingLocation.InEvaluation(attachment, FundLine.Total.Label(), column.Label()),
                    $"{Name(evaluation, attachment)}的年度资金总额{column.Label()}", total?[column], amounts, description);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }
}

/// <summary>The 执行率 as published agrees with 全年执行数 / 全年预算数, to the decimals it is printed with.</summary>
internal sealed class EvaluationExecutionRateRule : EvaluationRule
{
    public override string Id => "evaluation-execution-rate";

    public override string Title => "自评表执行率等于全年执行数除以全年预算数";

    protected override IEnumerable<Finding> Check(PerformanceEvaluation evaluation, int attachment)
    {
        if (evaluation.ExecutionRate is not { } printed)
        {
            yield break;
        }
        var at = FindingLocation.InEvaluation(attachment, FundLine.Total.Label(), "执行率");
        if (S.ParseRate(printed) is null)
        {
            yield return new Finding(FindingSeverity.Error, Id, at, null, printed,
                $"{Name(evaluation, attachment)}的执行率“{printed}”不是百分数，请填写如“91.00%”。");
            yield break;
        }
        if (evaluation.Budget is null || evaluation.Executed is null)
        {
            yield return new Finding(FindingSeverity.Warning, Id, at, null, printed,
                $"{Name(evaluation, attachment)}填写了执行率 {printed}，但年度资金总额的全年预算数或全年执行数为空，无法核对，请补充。");
            yield break;
        }
        if (S.ExecutionRate(evaluation) is not { } computed)
        {
            yield break;
        }
        // "100%" is printed without decimals: compare at the decimals printed.
        if (!S.AgreesAsPrinted(printed, computed))
        {
            yield return new Finding(FindingSeverity.Error, Id, at, S.RateText(computed), printed,
                $"{Name(evaluation, attachment)}的执行率填写为 {printed}，按全年执行数 {evaluation.Executed.Value.ToWanYuanString()} 万元除以全年预算数 " +
                $"{evaluation.Budget.Value.ToWanYuanString()} 万元计算为 {S.RateText(computed)}，请核对。");
        }
    }
}

/// <summary>The 年度资金总额 row's 得分 is 执行率 × 分值, capped at 分值.</summary>
internal sealed class EvaluationFundScoreRule : EvaluationRule
{
    public override string Id => "evaluation-fund-score";

    public override string Title => "自评表预算执行得分等于执行率乘以分值（不超过分值）";

    protected override IEnumerable<Finding> Check(PerformanceEvaluation evaluation, int attachment)
    {
        if (evaluation.FundScore is not { } stated || S.FundScore(evaluation) is not { } computed || stated == computed)
        {
            yield break;
        }
        yield return new Finding(FindingSeverity.Error, Id, FindingLocation.InEvaluation(attachment, FundLine.Total.Label(), "得分"),
            Score(computed), Score(stated),
            $"{Name(evaluation, attachment)}的预算执行得分填写为 {S.ScoreText(stated)} 分，按执行率 {S.RateText(S.ExecutionRate(evaluation)!.Value)} " +
            $"乘以分值 {S.ScoreText(evaluation.FundWeight!.Value)} 计算为 {Score(computed)} 分，请核对。");
    }
}

/// <summary>The weights of the 年度资金总额 row and the indicators add up to 100.</summary>
internal sealed class EvaluationWeightsRule : EvaluationRule
{
    public override string Id => "evaluation-weights";

    public override string Title => "自评表各项分值之和为100分";

    protected override IEnumerable<Finding> Check(PerformanceEvaluation evaluation, int attachment)
    {
        if (S.WeightTotal(evaluation) is not { } total || total == S.FullMarks)
        {
            yield break;
        }
        yield return new Finding(FindingSeverity.Warning, Id, FindingLocation.InEvaluation(attachment, "分值合计"),
            Score(S.FullMarks), Score(total),
            $"{Name(evaluation, attachment)}的预算执行和各指标分值合计为 {Score(total)} 分，不是 {Score(S.FullMarks)} 分；" +
            "请核对各指标分值，或说明本表的满分。");
    }
}

/// <summary>A 一级 group's printed weight is the sum of its indicators' weights.</summary>
internal sealed class EvaluationGroupWeightsRule : EvaluationRule
{
    public override string Id => "evaluation-group-weights";

    public override string Title => "自评表一级指标的分值等于其下各指标分值之和";

    protected override IEnumerable<Finding> Check(PerformanceEvaluation evaluation, int attachment)
    {
        foreach (var group in evaluation.Groups.OrderBy(g => g.Sequence))
        {
            var weights = evaluation.Indicators.Where(i => i.Level1 == group.Level1).Select(i => i.Weight).ToList();
            var sum = weights.Sum(w => w ?? 0m);
            if (sum == group.Weight)
            {
                continue;
            }
            yield return new Finding(FindingSeverity.Error, Id, FindingLocation.InEvaluation(attachment, group.Level1, "分值"),
                Score(sum), Score(group.Weight),
                weights.Count == 0
                    ? $"{Name(evaluation, attachment)}的一级指标“{group.Level1}”填写了 {S.ScoreText(group.Weight)} 分，但没有该一级指标下的指标，请核对。"
                    : $"{Name(evaluation, attachment)}的一级指标“{group.Level1}”为 {S.ScoreText(group.Weight)} 分，其下 {weights.Count} 个指标的分值合计为 " +
                      $"{Score(sum)} 分，请核对。");
        }
    }
}

/// <summary>总分 is Σ得分 of the 年度资金总额 row and the indicators.</summary>
internal sealed class EvaluationTotalScoreRule : EvaluationRule
{
    public override string Id => "evaluation-total-score";

    public override string Title => "自评表总分等于预算执行得分与各指标得分之和";

    protected override IEnumerable<Finding> Check(PerformanceEvaluation evaluation, int attachment)
    {
        if (evaluation.TotalScore is not { } stated || S.SuggestedTotal(evaluation) is not { } sum || sum == stated)
        {
            yield break;
        }
        yield return new Finding(FindingSeverity.Error, Id, FindingLocation.InEvaluation(attachment, "总分"), Score(sum), Score(stated),
            $"{Name(evaluation, attachment)}的总分填写为 {S.ScoreText(stated)} 分，预算执行得分与各指标得分之和为 {Score(sum)} 分，" +
            $"相差 {Score(Math.Abs(stated - sum))} 分，请核对。");
    }
}

/// <summary>The grade is the band of the total score (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below).</summary>
internal sealed class EvaluationGradeRule : EvaluationRule
{
    public override string Id => "evaluation-grade";

    public override string Title => "自评等级与总分所在档次一致（优≥90，良≥80，中≥60，差<60）";

    protected override IEnumerable<Finding> Check(PerformanceEvaluation evaluation, int attachment)
    {
        var total = evaluation.TotalScore ?? S.SuggestedTotal(evaluation);
        if (evaluation.Grade is not { } grade || total is not { } score || S.GradeOf(score) is var band && band == grade.Trim())
        {
            yield break;
        }
        yield return new Finding(FindingSeverity.Warning, Id, FindingLocation.InEvaluation(attachment, "自评等级"), band, grade,
            $"{Name(evaluation, attachment)}的自评等级为“{grade}”，按总分 {Score(score)} 分应为“{band}”；如本地区等级标准不同，请说明。");
    }
}
