using System.Text.RegularExpressions;

namespace FinalAccounts.Domain.Amounts;

/// <summary>
/// Amounts of money a text states in words: digits followed by 元, 万元 or 亿元 ("12.39万元", "3,469.73 万元",
/// "5000元"). The validator uses them to tell staff that a text carried from last year still quotes that
/// year's figures.
/// </summary>
public static partial class AmountMentions
{
    /// <summary>Each amount as written, in the order the text gives them, each once.</summary>
    public static IReadOnlyList<string> In(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : Pattern().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    // Digits (half- or full-width, with thousands separators and decimals), optional spaces, the unit.
    [GeneratedRegex(@"[0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?\s*[万亿]?元")]
    private static partial Regex Pattern();
}
