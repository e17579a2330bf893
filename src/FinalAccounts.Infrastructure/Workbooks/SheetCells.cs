using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FinalAccounts.Infrastructure.Workbooks;

internal enum CellKind
{
    Text = 1,
    Number,
    Boolean,
    /// <summary>A formula that failed, "#DIV/0!".</summary>
    Error,
    /// <summary>A formula the file holds no result for (saved by a program that does not calculate).</summary>
    Uncalculated,
}

/// <summary>What a cell holds as the file stores it: a number as its invariant text, a string as typed.</summary>
internal readonly record struct CellContent(CellKind Kind, string Value);

/// <summary>"D8" from a row (1-based, as Excel counts) and a column (0-based, as the grids count).</summary>
internal static class CellAddress
{
    public static string Of(int row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    public static bool TryParse(string? reference, out int row, out int column)
    {
        row = 0;
        column = -1;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }
        var i = 0;
        var letters = 0;
        for (; i < reference.Length && char.IsAsciiLetterUpper(reference[i]) && letters < 3; i++, letters++)
        {
            column = (column + 1) * 26 + (reference[i] - 'A');
        }
        return letters > 0
               && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row)
               && row is >= 1 and <= 1_048_576;
    }
}

/// <summary>
/// The non-empty cells of one worksheet by row and column. Reading stops at the first content below
/// the row limit (<see cref="TemplateLayout.MaxRows"/> unless told), which no file of the kind has.
/// </summary>
internal sealed class SheetCells
{
    private readonly Dictionary<(int Row, int Column), CellContent> _cells = [];
    private ILookup<int, (int Column, CellContent Content)>? _byRow;

    public int LastRow { get; private set; }

    public bool TooManyRows { get; private set; }

    public IEnumerable<(int Row, int Column, CellContent Content)> All =>
        _cells.OrderBy(c => c.Key.Row).ThenBy(c => c.Key.Column).Select(c => (c.Key.Row, c.Key.Column, c.Value));

    /// <summary>The cells of one row that hold anything, left to right.</summary>
    public IEnumerable<(int Column, CellContent Content)> InRow(int row)
    {
        _byRow ??= _cells.ToLookup(c => c.Key.Row, c => (c.Key.Column, c.Value));
        return _byRow[row].OrderBy(c => c.Column);
    }

    public CellContent? this[int row, int column] => _cells.TryGetValue((row, column), out var content) ? content : null;

    /// <summary>The cell's text with surrounding spaces removed; "" for an empty cell; a number as stored.</summary>
    public string Text(int row, int column) => this[row, column]?.Value.Trim() ?? "";

    public bool IsEmpty(int row, int column) => this[row, column] is null;

    public bool RowIsEmpty(int row, int fromColumn, int toColumn)
    {
        for (var c = fromColumn; c <= toColumn; c++)
        {
            if (!IsEmpty(row, c))
            {
                return false;
            }
        }
        return true;
    }

    public static SheetCells Read(WorksheetPart part, IReadOnlyList<string> sharedStrings, int maxRows = TemplateLayout.MaxRows)
    {
        var cells = new SheetCells();
        var sheetData = part.Worksheet.GetFirstChild<SheetData>();
        var rowIndex = 0;
        foreach (var row in sheetData?.Elements<Row>() ?? [])
        {
            rowIndex = row.RowIndex?.Value is { } index ? (int)index : rowIndex + 1;
            var column = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                column = CellAddress.TryParse(cell.CellReference?.Value, out _, out var c) ? c : column + 1;
                if (Content(cell, sharedStrings) is not { } content)
                {
                    continue;
                }
                if (rowIndex > maxRows)
                {
                    cells.TooManyRows = true;
                    return cells;
                }
                cells._cells[(rowIndex, column)] = content;
                cells.LastRow = Math.Max(cells.LastRow, rowIndex);
            }
        }
        return cells;
    }

    private static CellContent? Content(Cell cell, IReadOnlyList<string> sharedStrings)
    {
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        CellContent? content = type switch
        {
            _ when value is null && cell.CellFormula is not null && type != CellValues.InlineString => new(CellKind.Uncalculated, ""),
            CellValues.SharedString => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count
                ? new(CellKind.Text, sharedStrings[i])
                : null,
            CellValues.InlineString => new(CellKind.Text, StringText(cell.InlineString)),
            CellValues.String or CellValues.Date => new(CellKind.Text, value ?? ""),
            CellValues.Boolean => new(CellKind.Boolean, value == "1" ? "TRUE" : "FALSE"),
            CellValues.Error => new(CellKind.Error, value ?? ""),
            _ => string.IsNullOrEmpty(value) ? null : new(CellKind.Number, value),
        };
        return content is { Kind: CellKind.Text } text && string.IsNullOrWhiteSpace(text.Value) ? null : content;
    }

    /// <summary>The text of a string item: plain, or the runs of rich text; phonetic guides are not text.</summary>
    public static string StringText(DocumentFormat.OpenXml.OpenXmlCompositeElement? item) =>
        item is null ? ""
        : item.GetFirstChild<Text>() is { } text ? text.Text
        : string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
}
