using System.Globalization;
using System.Text;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// Text as the portal writes it into spreadsheets and CSV files, whatever was stored before the
/// input boundary refused it: characters XML 1.0 cannot carry are dropped (a workbook with one cannot
/// be written, and for a published version only a correction could repair that), and text a
/// spreadsheet would evaluate is made inert.
/// </summary>
internal static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The text without characters XML 1.0 forbids (controls other than tab and line breaks, U+FFFE, U+FFFF, lone surrogates).</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(IsAllowedAlone))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (IsAllowedAlone(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    /// <summary>
    /// A text that starts like a formula, prefixed with an apostrophe, which spreadsheets read as
    /// "this is text"; a number or a percentage, signed ones included ("-1.50", "+14.2%"), stays as it is.
    /// </summary>
    public static string Inert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && FormulaStarts.Contains(text[0])
               && !decimal.TryParse(text.EndsWith('%') ? text[..^1] : text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? "'" + text
            : text;
    }

    private static bool IsAllowedAlone(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c > '\uDFFF' && c < '\uFFFE');
}
