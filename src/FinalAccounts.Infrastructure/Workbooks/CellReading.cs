using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// How a template cell is read as an amount, a score, a count, an area or a rate: a number as the
/// spreadsheet stores it or the same written as text; blank is no value. A cell that cannot be read
/// gives null and one sentence, for the caller to report at the cell, that says what to write instead.
/// </summary>
internal static class CellReading
{
    /// <summary>
    /// An amount in 万元: a number, or text such as "1,234.50"; the exact amount as content keeps it
    /// (thousands separators, at least two decimals), or null.
    /// </summary>
    public static string? Amount(CellContent? cell, Action<string> problem)
    {
        if (cell is not { } content)
        {
            return null;
        }
        var shown = TemplateText.Quote(content.Value);
        Money money;
        switch (content.Kind)
        {
            case CellKind.Number when decimal.TryParse(content.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                                      && Math.Abs(value) < Money.LargestWanYuan:
                // A spreadsheet keeps binary fractions: a typed 2171.2 may come back as 2171.1999999999998.
                var rounded = Math.Round(value, 6, MidpointRounding.AwayFromZero);
                if (Math.Abs(value - rounded) > Math.Max(Math.Abs(value) * 1e-12m, 1e-9m))
                {
                    problem($"金额 {shown} 超过六位小数（万元精确到分只需六位）。请核对，或改为两位小数。");
                    return null;
                }
                money = Money.FromWanYuan(rounded);
                shown = rounded.ToString("0.######", CultureInfo.InvariantCulture);
                break;
            case CellKind.Text when Money.TryParseWanYuan(content.Value, out var parsed) && !parsed.IsTooLarge:
                money = parsed;
                break;
            case CellKind.Text when TooPrecise(content.Value):
                problem($"金额“{shown}”超过六位小数（万元精确到分只需六位）。请核对，或改为两位小数。");
                return null;
            default:
                problem(NotReadable(content, "金额", "请填写数字（万元）；没有金额的留空。"));
                return null;
        }
        if (money.IsNegative)
        {
            problem($"金额 {shown} 是负数。决算表中的金额不能为负数，请核对。");
            return null;
        }
        return WanYuanText.Of(money);
    }

    /// <summary>A 分值 or 得分 with the decimals typed ("9.10" stays 9.10); null when blank or unreadable.</summary>
    public static decimal? Score(CellContent? cell, Action<string> problem) =>
        Number(cell, problem, "分值", "请填写数字，如 10 或 9.50；没有的留空。");

    /// <summary>An area in ㎡; null when blank or unreadable.</summary>
    public static decimal? Area(CellContent? cell, Action<string> problem) =>
        Number(cell, problem, "面积", "请填写平方米数，如 1200 或 1200.5；没有的留空。");

    /// <summary>A count of people: a whole number.</summary>
    public static int? Count(CellContent? cell, Action<string> problem)
    {
        if (Number(cell, problem, "人数", "请填写整数；没有的留空。") is not { } value)
        {
            return null;
        }
        if (value != decimal.Truncate(value) || value is < 0 or > int.MaxValue)
        {
            problem($"人数“{value.ToString(CultureInfo.InvariantCulture)}”不是零或正整数。请填写整数；没有的留空。");
            return null;
        }
        return (int)value;
    }

    /// <summary>
    /// A rate as printed ("98.50%"). Text is kept as typed. A number is what Excel stores for a cell
    /// formatted as a percentage — 0.985 for 98.5% — and a rate can exceed 100%, so a number up to 2
    /// is read as such a fraction and a larger one as the percentage itself.
    /// </summary>
    public static string? Rate(CellContent? cell, Action<string> problem)
    {
        switch (cell)
        {
            case null:
                return null;
            case { Kind: CellKind.Text } text:
                return text.Value.Trim();
            case { Kind: CellKind.Number } number when decimal.TryParse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                                                      && value is >= 0 and < 1_000_000:
                var percent = Math.Round(value <= 2 ? value * 100 : value, 2, MidpointRounding.AwayFromZero);
                return percent.ToString("0.00", CultureInfo.InvariantCulture) + "%";
            default:
                problem(NotReadable(cell.Value, "比率", "请按“98.50%”的样式填写；没有的留空。"));
                return null;
        }
    }

    /// <summary>Text as typed, surrounding spaces removed; a number as the spreadsheet stores it; null when blank.</summary>
    public static string? Text(CellContent? cell) =>
        cell is { Kind: CellKind.Text or CellKind.Number or CellKind.Boolean } content && content.Value.Trim() is { Length: > 0 } text ? text : null;

    private static decimal? Number(CellContent? cell, Action<string> problem, string noun, string instead)
    {
        if (cell is not { } content)
        {
            return null;
        }
        var text = content.Value.Trim();
        if (content.Kind is CellKind.Number or CellKind.Text
            && decimal.TryParse(text, content.Kind == CellKind.Number ? NumberStyles.Float : NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var value))
        {
            // A typed 9.1 may come back as 9.0999999999999996; text keeps its decimals.
            return content.Kind == CellKind.Number
                ? decimal.Parse(Math.Round(value, 6, MidpointRounding.AwayFromZero).ToString("0.######", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                : value;
        }
        problem(NotReadable(content, noun, instead));
        return null;
    }

    private static string NotReadable(CellContent content, string noun, string instead) => content.Kind switch
    {
        CellKind.Error => $"公式出错（{TemplateText.Quote(content.Value)}）。请改正公式，或直接填写{noun}。",
        CellKind.Uncalculated => $"公式没有计算结果。请在 Excel 中打开文件、保存后再上传，或直接填写{noun}。",
        _ => $"“{TemplateText.Quote(content.Value)}”不是{noun}，{instead}",
    };

    /// <summary>A well-written amount but for its decimals, which go below the 分.</summary>
    private static bool TooPrecise(string cell)
    {
        var text = cell.Trim();
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point >= 0 && text.Length - point - 1 > 6
               && Money.TryParseWanYuan(text[..(point + 7)], out _) && text[(point + 7)..].All(char.IsAsciiDigit);
    }
}
