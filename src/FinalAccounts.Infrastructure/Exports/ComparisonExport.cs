using FinalAccounts.Infrastructure.Comparisons;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// A comparison as people download it: the XLSX has a sheet per <see cref="ComparisonSheet"/>, the
/// CSV the sheets one after another (caption, headings, rows, an empty line). Both hold the cells
/// the page shows, as the page shows them; the workbook stores amounts and rates as numbers.
/// </summary>
public static class ComparisonExport
{
    /// <param name="timestamp">Written into the workbook, so the same comparison always gives the same bytes.</param>
    public static ExportedFile Xlsx(string fileName, IReadOnlyList<ComparisonSheet> sheets, DateTimeOffset timestamp) =>
        new(ListWorkbook.Write(
                [.. sheets.Select(s => new ListSheetData(s.Name, s.Headings,
                    [.. s.Rows.Select(r => (IReadOnlyList<object?>)[.. r.Select(c => c.Number is { } n ? n : c.Text.Length == 0 ? null : (object)c.Text)])]))],
                timestamp),
            ListWorkbook.ContentType, fileName + ".xlsx");

    public static ExportedFile Csv(string fileName, IReadOnlyList<ComparisonSheet> sheets) =>
        new(CsvText.Encode(sheets.SelectMany(s => (IEnumerable<IEnumerable<string?>>)
                [[s.Caption], s.Headings, .. s.Rows.Select(r => r.Select(c => c.Text)), []]), byteOrderMark: true),
            CsvText.ContentType, fileName + ".csv");
}
