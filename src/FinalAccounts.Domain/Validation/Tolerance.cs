using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Validation;

/// <summary>
/// How far two amounts may differ. Identities hold exactly on stored amounts; but tables are
/// published in 万元 with two decimals, so each summand may carry up to 0.01 万元 of rounding.
/// A difference within that is a note; beyond it, an error.
/// </summary>
public static class Tolerance
{
    private static readonly Money PerSummand = Money.FromWanYuan(0.01m);

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
