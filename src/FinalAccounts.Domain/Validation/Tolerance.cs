using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Validation;

/// <summary>
/// How far two amounts may differ. Identities hold exactly on stored amounts; but tables are
/// published in 万元 with two decimals, so each summand may carry up to 0.01 万元 of rounding.
/// A difference within that is a note; beyond it, an error.
/// </summary>
public static class Tolerance
{
    /// <summary>The rounding one displayed summand may carry: 0.01 万元.</summary>
    public static Money PerSummand { get; } = Money.FromWanYuan(0.01m);

    /// <summary>
    /// A stated amount against the amount expected of it, blanks included: two blanks agree; a blank
    /// against a zero agrees; a blank against anything else is an error, because a blank is not a
    /// zero; two amounts are judged by <see cref="Judge"/>. The validator and the staff grid's
    /// running totals both judge this way.
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

    /// <returns>Null when the amounts agree exactly.</returns>
    public static FindingSeverity? Judge(Money expected, Money found, int summands)
    {
        if (expected == found)
        {
            return null;
        }
        var difference = Math.Abs(expected.DisplayWanYuan - found.DisplayWanYuan);
        return difference <= PerSummand.WanYuan * Math.Max(1, summands) ? FindingSeverity.Note : FindingSeverity.Error;
    }

    /// <summary>"相差 0.02 万元".</summary>
    public static string Gap(Money expected, Money found)
    {
        var gap = expected - found;
        var size = gap.IsNegative ? -gap : gap;
        // Below 0.01 万元 the difference is only visible in 元.
        return size.DisplayWanYuan == 0m
            ? $"相差 {size.Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} 元"
            : $"相差 {size.ToWanYuanString()} 万元";
    }
}
