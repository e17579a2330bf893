using System.Globalization;
using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Infrastructure.Content;

/// <summary>
/// Writes an amount in 万元 as a version's content keeps it: "3,469.73", with thousands separators,
/// at least two decimals and as many more as the exact amount needs (one 分 is "0.000001"). Unlike
/// the published two-decimal display it never rounds, so content copied, edited or exported and
/// read back with <see cref="Money.TryParseWanYuan"/> holds the same amounts to the 分.
/// </summary>
public static class WanYuanText
{
    // Money is whole 分, so its 万元 value never has more than six decimals and nothing is rounded here.
    private const string Pattern = "#,##0.00####";

    public static string Of(Money amount) => amount.WanYuan.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>Null for a blank cell.</summary>
    public static string? Of(Money? amount) => amount is { } value ? Of(value) : null;
}
