using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Validation;

/// <summary>
/// The one tolerance policy (docs/decisions/0014-one-tolerance-policy.md). Identities hold exactly on
/// stored amounts; but tables are printed in 万元 with two decimals, and each printed figure is off its
/// exact amount by at most 0.005 万元. A gap that the rounding of the printed figures a comparison reads
/// can explain is a note; a larger gap is an error. Every rule, and the staff grid's running totals,
/// judge through this class.
/// </summary>
public static class Tolerance
{
    /// <summary>The most rounding one printed figure carries: half of 0.01 万元.</summary>
    public static Money PerPrintedFigure { get; } = Money.FromWanYuan(0.005m);

    /// <summary>
    /// A stated amount against the amount expected of it, blanks included: two blanks agree; a blank
    /// against a zero agrees; a blank against anything else is an error, because a blank is not a
    /// zero; two amounts are judged by <see cref="Judge"/>.
    /// </summary>
    /// <returns>Null when they agree.</returns>
    public static FindingSeverity? JudgeStated(Money? stated, Money? expected, int summands) => (stated, expected) switch
    {
        (null, null) => null,
        (null, { } e) => e.Yuan == 0m ? null : FindingSeverity.Error,
        ({ } s, null) => s.Yuan == 0m ? null : FindingSeverity.Error,
        ({ } s, { } e) => Judge(e, s, summands),
    };

    /// <summary>The sum of parts, blank when every part is blank, and how many figures went into it (at least 1).</summary>
    public static (Money? Sum, int Summands) SumOf(IReadOnlyCollection<Money?> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return (parts.Sum(), Math.Max(1, parts.Count(p => p is not null)));
    }

    /// <summary>
    /// How far a stated figure may be from an expected one made of <paramref name="summands"/> printed
    /// figures: (summands + 1) × 0.005 万元 — 0.01 between two figures that should be the same, 0.02 for
    /// a total against three parts.
    /// </summary>
    public static Money Allowed(int summands) =>
        Money.FromYuan(PerPrintedFigure.Yuan * (Math.Max(1, summands) + 1));

    /// <param name="summands">How many printed figures went into <paramref name="expected"/> (at least 1).</param>
    /// <returns>Null when the amounts agree exactly in 元.</returns>
    public static FindingSeverity? Judge(Money expected, Money found, int summands)
    {
        if (expected == found)
        {
            return null;
        }
        return Size(expected - found) <= Allowed(summands) ? FindingSeverity.Note : FindingSeverity.Error;
    }

    /// <summary>"相差 0.02 万元".</summary>
    public static string Gap(Money expected, Money found)
    {
        var size = Size(expected - found);
        // Below 0.01 万元 the difference is only visible in 元.
        return size.DisplayWanYuan == 0m
            ? $"相差 {size.Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} 元"
            : $"相差 {size.ToWanYuanString()} 万元";
    }

    private static Money Size(Money gap) => gap.IsNegative ? -gap : gap;
}
