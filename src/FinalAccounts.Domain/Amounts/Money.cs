using System.Globalization;

namespace FinalAccounts.Domain.Amounts;

/// <summary>
/// An exact amount of money in 元 (to the 分). Published tables show 万元 with two decimals; that
/// rounding happens only for display, so sums are always taken on the exact 元 amounts.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private const decimal YuanPerWan = 10_000m;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private Money(decimal yuan) => Yuan = yuan;

    public static Money Zero { get; } = new(0m);

    /// <summary>
    /// Every stored amount is smaller than a trillion 万元 in size: what the database's numeric(18,2)
    /// in 元 holds, and far beyond any department. Forms, imports and content all refuse larger ones.
    /// </summary>
    public const decimal LargestWanYuan = 1_000_000_000_000m;

    /// <summary>Too large in size to store (see <see cref="LargestWanYuan"/>).</summary>
    public bool IsTooLarge => Math.Abs(WanYuan) >= LargestWanYuan;

    /// <summary>The sentence that refuses an amount too large to store.</summary>
    public const string TooLargeMessage = "金额过大：须小于一万亿万元，请核对单位（万元）和位数。";

    /// <summary>The exact amount in 元.</summary>
    public decimal Yuan { get; }

    /// <summary>The exact amount in 万元 (up to six decimals).</summary>
    public decimal WanYuan => Yuan / YuanPerWan;

    /// <summary>The amount in 万元 rounded half away from zero to two decimals, as published.</summary>
    public decimal DisplayWanYuan => Math.Round(WanYuan, 2, MidpointRounding.AwayFromZero);

    public bool IsNegative => Yuan < 0m;

    public static Money FromYuan(decimal yuan)
    {
        if (decimal.Round(yuan, 2) != yuan)
        {
            throw new ArgumentException($"金额 {yuan} 元精确到分以下，无法保存。", nameof(yuan));
        }
        return new Money(yuan);
    }

    public static Money FromWanYuan(decimal wanYuan) => FromYuan(wanYuan * YuanPerWan);

    /// <summary>Formats in 万元 with thousands separators and two decimals: "3,469.73".</summary>
    public string ToWanYuanString() => DisplayWanYuan.ToString("#,##0.00", Invariant);

    public override string ToString() => ToWanYuanString() + " 万元";

    /// <summary>
    /// Parses an amount in 万元 as people and PDF extractions write it: "3,469.73", "3469.73",
    /// "3, 469. 73" (spaces anywhere), full-width digits and punctuation, a leading minus.
    /// </summary>
    public static Money ParseWanYuan(string text) =>
        TryParseWanYuan(text, out var money)
            ? money
            : throw new FormatException($"“{text}”不是有效的金额（万元）。");

    public static bool TryParseWanYuan(string? text, out Money money)
    {
        money = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = Normalize(text);
        if (!IsWellFormed(normalized))
        {
            return false;
        }

        if (!decimal.TryParse(normalized.Replace(",", "", StringComparison.Ordinal),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var wan))
        {
            return false;
        }

        if (Math.Abs(wan) > decimal.MaxValue / YuanPerWan)
        {
            return false;
        }
        var yuan = wan * YuanPerWan;
        if (decimal.Round(yuan, 2) != yuan)
        {
            return false;
        }
        money = new Money(yuan);
        return true;
    }

    private static string Normalize(string text)
    {
        var chars = new List<char>(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            chars.Add(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '，' => ',',
                '．' or '。' => '.',
                '－' or '−' => '-',
                _ => c,
            });
        }
        return new string([.. chars]);
    }

    // Thousands separators, when present, must sit every three digits of the integer part.
    private static bool IsWellFormed(string s)
    {
        var body = s.StartsWith('-') ? s[1..] : s;
        var parts = body.Split('.');
        if (parts.Length > 2 || parts[0].Length == 0 || (parts.Length == 2 && parts[1].Length == 0))
        {
            return false;
        }
        if (parts.Length == 2 && !parts[1].All(char.IsAsciiDigit))
        {
            return false;
        }
        var groups = parts[0].Split(',');
        if (!groups.All(g => g.Length > 0 && g.All(char.IsAsciiDigit)))
        {
            return false;
        }
        return groups.Length == 1 || (groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3));
    }

    public int CompareTo(Money other) => Yuan.CompareTo(other.Yuan);

    public static Money operator +(Money a, Money b) => new(a.Yuan + b.Yuan);
    public static Money operator -(Money a, Money b) => new(a.Yuan - b.Yuan);
    public static Money operator -(Money a) => new(-a.Yuan);
    public static bool operator <(Money a, Money b) => a.Yuan < b.Yuan;
    public static bool operator >(Money a, Money b) => a.Yuan > b.Yuan;
    public static bool operator <=(Money a, Money b) => a.Yuan <= b.Yuan;
    public static bool operator >=(Money a, Money b) => a.Yuan >= b.Yuan;
}

public static class MoneyExtensions
{
    /// <summary>Sums exact amounts; blanks (null) are skipped, and an all-blank sequence sums to null.</summary>
    public static Money? Sum(this IEnumerable<Money?> amounts)
    {
        Money? total = null;
        foreach (var amount in amounts)
        {
            if (amount is { } value)
            {
                total = (total ?? Money.Zero) + value;
            }
        }
        return total;
    }

    public static Money Sum(this IEnumerable<Money> amounts) =>
        amounts.Aggregate(Money.Zero, (total, amount) => total + amount);

    /// <summary>"3,469.73" for an amount, "" for a blank cell.</summary>
    public static string ToWanYuanString(this Money? amount) => amount?.ToWanYuanString() ?? string.Empty;
}
