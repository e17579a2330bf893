using System.Globalization;
using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Performance;

/// <summary>
/// The arithmetic of a self-evaluation form, in one place for the staff form's hints, the validator
/// and the 说明: 执行率 = 全年执行数 / 全年预算数 to two decimals as the forms print it; the 年度资金总额
/// row's 得分 = 执行率 × 分值, capped at 分值 (91.00% of 10 → 9.10); 总分 = Σ得分 of that row and the
/// indicators; the grade band (优 ≥ 90, 良 80–89.99, 中 60–79.99, 差 below). What the department typed
/// is kept as typed; these are what it is checked against.
/// </summary>
public static class EvaluationScoring
{
    /// <summary>What the weights of a form add up to unless the form states otherwise.</summary>
    public const decimal FullMarks = 100m;

    /// <summary>The largest 分值 or 得分 taken: a whole form is out of 100, a typo of a few digits is caught.</summary>
    public const decimal MaxScore = 1000m;

    /// <summary>Scores are printed to at most two decimals (9.10).</summary>
    public const int MaxScoreDecimals = 2;

    /// <summary>Why a typed 分值 or 得分 cannot be taken, or null when it can.</summary>
    public static string? ScoreProblem(decimal score) =>
        score < 0 ? "不能为负数。"
        : score > MaxScore ? $"不能大于 {Plain(MaxScore)}。"
        : score.Scale > MaxScoreDecimals ? $"最多保留 {MaxScoreDecimals} 位小数。"
        : null;

    /// <summary>执行率 in percent, to two decimals; null when either amount is blank or the budget is zero.</summary>
    public static decimal? ExecutionRate(Money? fullYearBudget, Money? executed) => RateOf(executed?.Yuan, fullYearBudget?.Yuan);

    /// <summary>
    /// A part of a whole in percent to two decimals, as the forms print every rate (执行率, 控制率 =
    /// 实际在职人数 / 编制数, 规模控制率, 投资概算控制率); null when either is blank or the whole is zero.
    /// </summary>
    public static decimal? RateOf(decimal? part, decimal? whole) =>
        part is { } p && whole is { } w && w != 0m ? Math.Round(p / w * 100m, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>控制率 = 实际在职人数 / 编制数.</summary>
    public static decimal? StaffControlRate(PerformanceBasicData data) => RateOf(data.ActualStaff, data.AuthorizedStaff);

    /// <summary>The evaluation's 执行率 from its 年度资金总额 row.</summary>
    public static decimal? ExecutionRate(PerformanceEvaluation evaluation) =>
        ExecutionRate(evaluation.Budget, evaluation.Executed);

    /// <summary>执行率 as the 附件 prints it: as the department typed it, else computed ("91.00%"); null when neither.</summary>
    public static string? PrintedRate(PerformanceEvaluation evaluation) =>
        evaluation.ExecutionRate ?? (ExecutionRate(evaluation) is { } computed ? RateText(computed) : null);

    /// <summary>总分 as the 附件 prints it: as typed, else Σ得分; null when neither.</summary>
    public static decimal? PrintedTotal(PerformanceEvaluation evaluation) => evaluation.TotalScore ?? SuggestedTotal(evaluation);

    /// <summary>"91.00%": a rate as the forms print it.</summary>
    public static string RateText(decimal rate) => rate.ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>A rate as printed ("91.00%", "100%", "95.81 %", "91"), or null when it is not one.</summary>
    public static decimal? ParseRate(string? text)
    {
        var trimmed = text?.Trim().TrimEnd('%', '％').Trim();
        return decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) ? rate : null;
    }

    /// <summary>
    /// Whether a rate as printed agrees with the computed one at the decimals it is printed with:
    /// "100%" agrees with 100.41, "91.00%" does not. A text that is no rate never agrees.
    /// </summary>
    public static bool AgreesAsPrinted(string printed, decimal computed) =>
        ParseRate(printed) is { } stated && Math.Round(computed, Math.Min(2, (int)stated.Scale), MidpointRounding.AwayFromZero) == stated;

    /// <summary>得分 of the 年度资金总额 row: 执行率 × 分值, to two decimals, never above 分值.</summary>
    public static decimal? FundScore(decimal? rate, decimal? weight) =>
        rate is { } r && weight is { } w ? Math.Min(Math.Round(r / 100m * w, 2, MidpointRounding.AwayFromZero), w) : null;

    /// <summary>The evaluation's 年度资金总额 得分 as computed from its amounts and 分值.</summary>
    public static decimal? FundScore(PerformanceEvaluation evaluation) => FundScore(ExecutionRate(evaluation), evaluation.FundWeight);

    /// <summary>
    /// Σ得分: the 年度资金总额 row's score (as published, else as computed) and every indicator's;
    /// null when nothing is scored.
    /// </summary>
    public static decimal? SuggestedTotal(decimal? fundScore, IEnumerable<decimal?> indicatorScores)
    {
        var scores = indicatorScores.Prepend(fundScore).Where(s => s is not null).Select(s => s!.Value).ToList();
        return scores.Count == 0 ? null : scores.Sum();
    }

    public static decimal? SuggestedTotal(PerformanceEvaluation evaluation) =>
        SuggestedTotal(evaluation.FundScore ?? FundScore(evaluation), evaluation.Indicators.Select(i => i.Score));

    /// <summary>Σ分值 of the 年度资金总额 row and the indicators; null when nothing carries a weight.</summary>
    public static decimal? WeightTotal(decimal? fundWeight, IEnumerable<decimal?> indicatorWeights)
    {
        var weights = indicatorWeights.Prepend(fundWeight).Where(w => w is not null).Select(w => w!.Value).ToList();
        return weights.Count == 0 ? null : weights.Sum();
    }

    public static decimal? WeightTotal(PerformanceEvaluation evaluation) =>
        WeightTotal(evaluation.FundWeight, evaluation.Indicators.Select(i => i.Weight));

    /// <summary>The grade band of a total score: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.</summary>
    public static string GradeOf(decimal total) => total switch
    {
        >= 90m => "优",
        >= 80m => "良",
        >= 60m => "中",
        _ => "差",
    };

    /// <summary>A score as the department entered it, with its decimals: 9.10 stays "9.10", 95.5 stays "95.5".</summary>
    public static string ScoreText(decimal score) => score.ToString(CultureInfo.InvariantCulture);

    /// <summary>A computed score or sum without trailing zeros: 87, 9.1.</summary>
    public static string Plain(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
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
