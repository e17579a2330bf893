using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FinalAccounts.UnitTests.Workbooks;

/// <summary>Opens a written template the way a person's spreadsheet program would, to look at it or change it.</summary>
internal static class WorkbookFile
{
    /// <summary>A copy of the file with the change made.</summary>
    public static byte[] Edit(byte[] bytes, Action<SpreadsheetDocument> change)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            change(document);
        }
        return stream.ToArray();
    }

    public static byte[] SetText(byte[] bytes, string sheet, string reference, string text) =>
        Edit(bytes, d => SetText(d, sheet, reference, text));

    public static byte[] SetNumber(byte[] bytes, string sheet, string reference, string number) =>
        Edit(bytes, d => SetNumber(d, sheet, reference, number));

    public static void SetText(SpreadsheetDocument document, string sheet, string reference, string text)
    {
        var cell = CellAt(document, sheet, reference);
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
    }

    public static void SetNumber(SpreadsheetDocument document, string sheet, string reference, string number)
    {
        var cell = CellAt(document, sheet, reference);
        cell.InlineString = null;
        cell.DataType = null;
        cell.CellValue = new CellValue(number);
    }

    public static void Clear(SpreadsheetDocument document, string sheet, string reference)
    {
        var cell = CellAt(document, sheet, reference);
        cell.InlineString = null;
        cell.DataType = null;
        cell.CellValue = null;
    }

    public static WorksheetPart Part(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        var entry = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
        return (WorksheetPart)workbook.GetPartById(entry.Id!);
    }

    /// <summary>The cell, created in its place (rows and cells in order) if the sheet has none there.</summary>
    public static Cell CellAt(SpreadsheetDocument document, string sheet, string reference)
    {
        var data = Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!;
        var rowIndex = uint.Parse(new string([.. reference.SkipWhile(char.IsLetter)]), CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            data.InsertBefore(row, data.Elements<Row>().FirstOrDefault(r => r.RowIndex! > rowIndex));
        }
        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            row.InsertBefore(cell, row.Elements<Cell>().FirstOrDefault(c => ColumnIndex(c.CellReference!) > ColumnIndex(reference)));
        }
        return cell;
    }

    /// <summary>Inserts an empty row above the given one, moving the rows below down, as Excel's 插入行 does.</summary>
    public static void InsertRow(SpreadsheetDocument document, string sheet, uint rowIndex)
    {
        var data = Part(document, sheet).Worksheet.GetFirstChild<SheetData>()!;
        foreach (var row in data.Elements<Row>().Where(r => r.RowIndex! >= rowIndex).Reverse())
        {
            row.RowIndex = row.RowIndex! + 1;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = new string([.. cell.CellReference!.Value!.TakeWhile(char.IsLetter)]);
                cell.CellReference = column + row.RowIndex.Value.ToString(CultureInfo.InvariantCulture);
            }
        }
        Part(document, sheet).Worksheet.RemoveAllChildren<MergeCells>();
    }

    /// <summary>Every sheet's cells that hold something, by sheet name and reference, as a program reading the file sees them.</summary>
    public static Dictionary<string, Dictionary<string, string>> Values(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(
            s => s.Name!.Value!,
            s => ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet.Descendants<Cell>()
                .Where(c => c.CellValue is not null || c.InlineString is not null)
                .ToDictionary(c => c.CellReference!.Value!, c => Value(c, strings)));
    }

    /// <summary>Row numbers of a sheet by the text of column A ("项目名称"), or of A and B joined by "|" for a heading row.</summary>
    public static Dictionary<string, int> RowsByLabel(byte[] bytes, string sheet)
    {
        var values = Values(bytes)[sheet];
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (reference, text) in values.Where(v => v.Key.StartsWith('A') && char.IsDigit(v.Key[1])))
        {
            var row = int.Parse(reference[1..], System.Globalization.CultureInfo.InvariantCulture);
            rows.TryAdd(text, row);
            if (values.TryGetValue($"B{row}", out var b))
            {
                rows.TryAdd($"{text}|{b}", row);
            }
        }
        return rows;
    }

    public static string Value(Cell cell, IReadOnlyList<string> strings) =>
        cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
        : cell.CellValue!.Text;

    private static int ColumnIndex(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1));
}
