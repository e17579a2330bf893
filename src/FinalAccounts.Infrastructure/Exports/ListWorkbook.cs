using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>One sheet of a <see cref="ListWorkbook"/>: a heading row, then rows of text (or whole numbers, written as numbers).</summary>
public sealed record ListSheetData(string Name, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// A plain workbook of lists — the sample files administrators fill in, the on-time table people
/// download: per sheet a heading row and records below it, the heading row repeated on every printed page.
/// </summary>
public static class ListWorkbook
{
    public const string ContentType = DisclosureWorkbook.ContentType;

    public static byte[] Write(IReadOnlyList<ListSheetData> sheets, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Fixed relationship ids, so the same lists always give the same bytes.
            var workbookPart = document.AddNewPart<WorkbookPart>(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var strings = new DisclosureWorkbook.SharedStrings();
            var list = new Sheets();
            var definedNames = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var id = $"rId{i + 1}";
                workbookPart.AddNewPart<WorksheetPart>(id).Worksheet = Sheet(sheets[i], strings);
                list.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
                definedNames.Append(new DefinedName($"'{sheets[i].Name}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }
            workbookPart.AddNewPart<SharedStringTablePart>($"rId{sheets.Count + 1}").SharedStringTable = strings.Table();
            workbookPart.Workbook = new Workbook(list, definedNames);
        }
        return OfficePackage.Finish(stream.ToArray(), timestamp);
    }

    private static Worksheet Sheet(ListSheetData sheet, DisclosureWorkbook.SharedStrings strings)
    {
        var widths = sheet.Headings.Select(h => Width(h)).ToArray();
        var data = new SheetData();
        data.Append(Row(1, sheet.Headings, strings, widths));
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            data.Append(Row(r + 2, sheet.Rows[r], strings, widths));
        }
        var columns = new Columns(widths.Select((w, c) =>
            new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Min(w, 60), CustomWidth = true }));
        return new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft })
                { WorkbookViewId = 0 }),
            columns, data);
    }

    private static Row Row(int number, IReadOnlyList<object?> values, DisclosureWorkbook.SharedStrings strings, double[] widths)
    {
        var row = new Row { RowIndex = (uint)number };
        for (var c = 0; c < values.Count; c++)
        {
            var reference = Workbooks.CellAddress.Of(number, c);
            switch (values[c])
            {
                case null:
                    break;
                case int or long or decimal:
                    row.Append(new Cell
                    {
                        CellReference = reference,
                        CellValue = new CellValue(Convert.ToString(values[c], CultureInfo.InvariantCulture)!),
                    });
                    break;
                default:
                    var text = SpreadsheetText.Inert(Convert.ToString(values[c], CultureInfo.InvariantCulture) ?? "");
                    if (c < widths.Length)
                    {
                        widths[c] = Math.Max(widths[c], Width(text));
                    }
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.IndexOf(text)) });
                    break;
            }
        }
        return row;
    }

    /// <summary>A column width that fits the text: Chinese characters count double.</summary>
    private static double Width(string text) => 2 + text.Sum(ch => ch > '\u2E80' ? 2.1 : 1.1);
}
