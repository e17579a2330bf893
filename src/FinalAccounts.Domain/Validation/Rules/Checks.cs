using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>
/// The two comparisons almost every rule makes — a stated amount against a sum of parts, and a
/// stated amount against the same figure elsewhere — with tolerance, blank handling and wording in
/// one place. A blank is never taken for a zero: a blank total over non-zero parts is an error.
/// </summary>
internal static class Checks
{
    /// <param name="what">The stated amount, e.g. "公开05表“合计”行的项目支出".</param>
    /// <param name="partsDescription">What the parts are, e.g. "各类之和".</param>
    public static Finding? Sum(string ruleId, FindingLocation at, string what, Money? stated,
        IReadOnlyCollection<Money?> parts, string partsDescription)
    {
        var (sum, summands) = Tolerance.SumOf(parts);
        return Same(ruleId, at, what, stated, sum, partsDescription, summands);
    }

    /// <param name="expected">The amount the rule expects, computed or read from elsewhere.</param>
    /// <param name="summands">How many displayed figures went into <paramref name="expected"/>; each may carry 0.01 万元 of rounding.</param>
    public static Finding? Same(string ruleId, FindingLocation at, string what, Money? stated, Money? expected,
        string expectedDescription, int summands = 1)
    {
        if (Tolerance.JudgeStated(stated, expected, summands) is not { } severity)
        {
            return null;
        }
        return (stated, expected) switch
        {
            (null, { } e) => new Finding(severity, ruleId, at, e.ToWanYuanString(), null,
                $"{what}为空，但{expectedDescription}为 {e.ToWanYuanString()} 万元；空白不等于零，请填写金额。"),
            ({ } s, null) => new Finding(severity, ruleId, at, null, s.ToWanYuanString(),
                $"{what}为 {s.ToWanYuanString()} 万元，但{expectedDescription}为空；空白不等于零，请核对。"),
            _ => Differs(severity, ruleId, at, what, stated!.Value, expected!.Value, expectedDescription),
        };
    }

    private static Finding Differs(FindingSeverity severity, string ruleId, FindingLocation at, string what, Money stated, Money expected,
        string expectedDescription)
    {
        var ending = severity == FindingSeverity.Note ? "在尾数误差范围内" : "请核对";
        return new Finding(severity, ruleId, at, expected.ToWanYuanString(), stated.ToWanYuanString(),
            $"{what}为 {stated.ToWanYuanString()} 万元，{expectedDescription}为 {expected.ToWanYuanString()} 万元，" +
            $"{Tolerance.Gap(expected, stated)}，{ending}。");
    }

    public static IEnumerable<Finding> WhereFound(this IEnumerable<Finding?> findings) =>
        findings.Where(f => f is not null)!;
}
