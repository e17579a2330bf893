namespace FinalAccounts.Domain.Tables;

/// <summary>一, 二, … 二十六: the ordinals of published headings and table lines.</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Ordinal(int n) => n switch
    {
        < 1 or > 99 => throw new ArgumentOutOfRangeException(nameof(n), n, null),
        < 10 => Digits[n],
        10 => "十",
        < 20 => "十" + Digits[n % 10],
        _ => Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10]),
    };
}
