using System.Globalization;
using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Figures;

/// <summary>What a percentage states; the kind decides how it is rounded.</summary>
public enum PercentKind
{
    /// <summary>A change against last year or against the budget: 下降 12.2%.</summary>
    Change = 1,
    /// <summary>A part of a whole: 占本年支出 71.1%.</summary>
    Share = 2,
    /// <summary>Actual against budget: 完成年初预算的 98.3%.</summary>
    Completion = 3,
    /// <summary>A 类's part of general-budget spending (说明 五(二)): 占 79.58%.</summary>
    ClassShare = 4,
}

/// <summary>
/// A percentage, kept exact and rounded only when shown. The rounding of every percentage of the
/// 说明 is decided here: the seeds print one decimal for changes, completion rates and shares, and
/// two for a 类's share of general-budget spending; trailing zeros are dropped ("93%", "6.6%").
/// </summary>
public readonly record struct Percentage(decimal Exact, PercentKind Kind)
{
    public int Decimals => Kind == PercentKind.ClassShare ? 2 : 1;

    public decimal Rounded => Math.Round(Exact, Decimals, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>; null when either is blank or the whole is zero.</summary>
    public static Percentage? Of(Money? part, Money? whole, PercentKind kind) =>
        part is { } p && whole is { } w && w.Yuan != 0m ? new Percentage(p.Yuan / w.Yuan * 100m, kind) : null;

    public override string ToString() => Rounded.ToString(Decimals == 2 ? "0.##" : "0.#", CultureInfo.InvariantCulture) + "%";
}
