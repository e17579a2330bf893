using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>
/// The comparisons almost every rule makes — a stated amount against a sum of parts, against the same
/// figure elsewhere, or against a whole it is part of — with the one tolerance policy, blank handling
/// and wording in one place. A blank is never taken for a zero: a blank total over non-zero parts is an error.
/// </summary>
internal static class Checks
{
    /// <summary>What a finance officer is asked to do about a gap beyond rounding.</summary>
    private const string Correct = "请核对";

    /// <summary>What a rule that asks for a reason (a warning) says instead.</summary>
    private const string Explain = "请核对，如无误请在说明中写明原因";

    /// <param name="what">The stated amount, e.g. "公开05表“合计”行的项目支出".</param>
    /// <param name="partsDescription">What the parts are, e.g. "各类之和".</param>
    public static Finding? Sum(string ruleId, FindingLocation at, string what, Money? stated,
        IReadOnlyCollection<Money?> parts, string partsDescription, FindingSeverity beyond = FindingSeverity.Error)
    {
        var (sum, summands) = Tolerance.SumOf(parts);
        return Same(ruleId, at, what, stated, sum, partsDescription, summands, beyond);
    }

    /// <param name="expected">The amount the rule expects, computed or read from elsewhere.</param>
    /// <param name="summands">How many printed figures went into <paramref name="expected"/> (ADR 0014).</param>
    /// <param name="beyond">
    /// The severity of a gap beyond rounding: an error, or a warning where a difference may be right but
    /// needs a reason (last year's publication, income against spending).
    /// </param>
    public static Finding? Same(string ruleId, FindingLocation at, string what, Money? stated, Money? expected,
        string expectedDescription, int summands = 1, FindingSeverity beyond = FindingSeverity.Error)
    {
        if (Tolerance.JudgeStated(stated, expected, summands) is not { } judged)
        {
            return null;
        }
        var severity = judged == FindingSeverity.Error ? beyond : judged;
        return (stated, expected) switch
        {
            (null, { } e) => new Finding(severity, ruleId, at, e.ToWanYuanString(), null,
                $"{what}为空，但{expectedDescription}为 {e}；空白不等于零，请填写金额。"),
            ({ } s, null) => new Finding(severity, ruleId, at, null, s.ToWanYuanString(),
                $"{what}为 {s}，但{expectedDescription}为空；空白不等于零，{Ending(severity, beyond)}。"),
            _ => new Finding(severity, ruleId, at, expected!.Value.ToWanYuanString(), stated!.Value.ToWanYuanString(),
                $"{what}为 {stated.Value}，{expectedDescription}为 {expected.Value}，{Tolerance.Gap(expected.Value, stated.Value)}，" +
                $"{Ending(severity, beyond)}。"),
        };
    }

    /// <summary>
    /// A part that cannot exceed its whole (a 三公 line of 公开06表 and the 三公 决算; SME awards and all
    /// procurement): more than the whole beyond rounding is <paramref name="beyond"/>, within it a note.
    /// </summary>
    /// <param name="whole">Null when the whole is blank, which counts as zero here: a blank whole holds nothing.</param>
    public static Finding? AtMost(string ruleId, FindingLocation at, string what, Money? part, string wholeDescription,
        Money? whole, FindingSeverity beyond = FindingSeverity.Error)
    {
        var ceiling = whole ?? Money.Zero;
        if (part is not { } amount || amount <= ceiling)
        {
            return null;
        }
        var severity = Tolerance.Judge(ceiling, amount, 1) == FindingSeverity.Note ? FindingSeverity.Note : beyond;
        return new Finding(severity, ruleId, at, whole?.ToWanYuanString(), amount.ToWanYuanString(),
            $"{what}为 {amount}，超过{wholeDescription}{(whole is null ? "（空白）" : $" {ceiling}")}，" +
            $"{Tolerance.Gap(ceiling, amount)}，{Ending(severity, beyond)}。");
    }

    /// <summary>"在尾数误差范围内" for a note, else what the officer is asked to do.</summary>
    private static string Ending(FindingSeverity severity, FindingSeverity beyond) =>
        severity == FindingSeverity.Note ? "在尾数误差范围内" : beyond == FindingSeverity.Error ? Correct : Explain;

    /// <summary>The one finding, or none.</summary>
    public static IEnumerable<Finding> AsFindings(this Finding? finding) => finding is null ? [] : [finding];

    public static IEnumerable<Finding> WhereFound(this IEnumerable<Finding?> findings) =>
        findings.Where(f => f is not null)!;
}
