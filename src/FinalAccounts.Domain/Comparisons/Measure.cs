using System.Globalization;
using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Comparisons;

public enum MeasureUnit
{
    /// <summary>An amount in 元, shown in 万元.</summary>
    Yuan = 1,
    /// <summary>A count of people.</summary>
    People = 2,
    /// <summary>An amount in 元 per person (to the 分), shown in 万元/人.</summary>
    YuanPerPerson = 3,
}

/// <summary>
/// A figure auditors compare across years and departments (收支总计, 人员经费, 人均公用经费 …): its key
/// in addresses and data, its Chinese name and its unit. The values are in 元 or people, exact.
/// </summary>
public sealed record Measure(string Key, string Name, MeasureUnit Unit)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>How the unit is printed beside the figures: 万元, 人, 万元/人.</summary>
    public string UnitName => Unit switch
    {
        MeasureUnit.People => "人",
        MeasureUnit.YuanPerPerson => "万元/人",
        _ => "万元",
    };

    public bool IsMoney => Unit != MeasureUnit.People;

    /// <summary>The value as printed: "1,712.45" (万元, two decimals), "59"; empty for a blank, never 0.</summary>
    public string Format(decimal? value) => value is not { } v ? ""
        : IsMoney ? Money.FromYuan(v).ToWanYuanString() : v.ToString("#,##0.##", Invariant);

    /// <summary>The value in the unit printed (万元 rounded to two decimals, or people), as a workbook stores it.</summary>
    public decimal? Displayed(decimal? value) => value is not { } v ? null : IsMoney ? Money.FromYuan(v).DisplayWanYuan : v;
}
