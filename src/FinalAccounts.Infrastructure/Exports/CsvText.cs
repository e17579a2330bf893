using System.Text;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted when
/// it holds a comma, a quote or a line break, and a quote inside doubled. Files for people start with
/// the UTF-8 byte order mark, without which Excel and WPS read Chinese as the ANSI code page.
/// A text that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage
/// return) is written with a leading apostrophe, so opening an export never runs what a department
/// typed; numbers ("-1.50") are left as they are. Characters XML cannot carry are dropped, as in the
/// workbooks, so the CSV and the XLSX of a version say the same.
/// </summary>
internal static class CsvText
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Field(string? value)
    {
        var text = SpreadsheetText.Inert(SpreadsheetText.Clean(value ?? ""));
        return text.IndexOfAny(NeedsQuotes) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static string Record(IEnumerable<string?> fields) => string.Join(",", fields.Select(Field)) + "\r\n";

    public static byte[] Encode(IEnumerable<IEnumerable<string?>> records, bool byteOrderMark)
    {
        ArgumentNullException.ThrowIfNull(records);
        var text = new StringBuilder();
        foreach (var record in records)
        {
            text.Append(Record(record));
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return byteOrderMark ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes;
    }
}
