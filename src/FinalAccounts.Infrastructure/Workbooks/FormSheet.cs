using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Infrastructure.Exports;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// One cell of a <see cref="FormSheet"/>: text, an amount in 万元 (written as an exact number shown with two
/// decimals) or nothing, spanning one or more columns.
/// </summary>
internal sealed record FormCell(string? Text, decimal? Amount, uint Style, int Span = 1)
{
    public static FormCell Heading(string text, int span = 1) => new(text, null, WorkbookStyles.Heading, span);

    public static FormCell Label(string text, int span = 1) => new(text, null, WorkbookStyles.Label, span);

    /// <summary>A value to fill, written as text so that "9.10" and "98.50%" stay as typed.</summary>
    public static FormCell Value(string? text, int span = 1) => new(text, null, WorkbookStyles.Label, span);

    /// <summary>An amount written as the number it is, however the text had it ("129.6" and "129.60" alike).</summary>
    public static FormCell Money(string? wanYuan) =>
        new(null, wanYuan is not null && Domain.Amounts.Money.TryParseWanYuan(wanYuan, out var money)
                ? decimal.Parse(money.WanYuan.ToString("0.######", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                : null,
            WorkbookStyles.Amount);
}

/// <summary>
/// A sheet laid out as a form rather than a printed table: a title over the full width, a line under
/// it, a note, then rows of cells with their own styles. Every cell of a row up to the form's width is
/// written with its style, so the borders of an empty value cell show where to type.
/// </summary>
internal sealed class FormSheet(IReadOnlyList<double> widths, DisclosureWorkbook.SharedStrings strings)
{
    private const double LineHeight = 15;

    private readonly List<Row> _rows = [];
    private readonly List<string> _merges = [];

    /// <summary>The number of the row the next <see cref="Add"/> writes, as Excel numbers it.</summary>
    public int NextRow => _rows.Count + 1;

    public FormSheet Title(string text) => Line(text, WorkbookStyles.Title, 24);

    public FormSheet Subtitle(string text) => Line(text, WorkbookStyles.Centered);

    public FormSheet Note(string text) => Line(text, WorkbookStyles.Note,
        Math.Max(1, Math.Ceiling(text.Sum(c => c < 0x2000 ? 1.0 : 2.0) / (widths.Sum() - 4))) * LineHeight);

    public FormSheet Blank() => Add([]);

    public FormSheet Add(IReadOnlyList<FormCell> cells)
    {
        var index = NextRow;
        var row = new Row { RowIndex = (uint)index };
        var column = 0;
        var height = LineHeight;
        foreach (var cell in cells)
        {
            row.Append(Cell(index, column, cell));
            for (var c = column + 1; c < column + cell.Span; c++)
            {
                row.Append(new Cell { CellReference = CellAddress.Of(index, c), StyleIndex = cell.Style });
            }
            if (cell.Span > 1)
            {
                _merges.Add($"{CellAddress.Of(index, column)}:{CellAddress.Of(index, column + cell.Span - 1)}");
            }
            var width = widths.Skip(column).Take(cell.Span).Sum();
            height = Math.Max(height, Math.Ceiling((cell.Text ?? "").Sum(ch => ch < 0x2000 ? 1.0 : 2.0) / Math.Max(4, width - 2)) * LineHeight);
            column += cell.Span;
        }
        if (height > LineHeight)
        {
            row.Height = Math.Min(height, 400);
            row.CustomHeight = true;
        }
        _rows.Add(row);
        return this;
    }

    public Worksheet Worksheet() => new(
        new SheetProperties(new PageSetupProperties { FitToPage = true }),
        new SheetFormatProperties { DefaultRowHeight = LineHeight },
        new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })),
        new SheetData(_rows),
        new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count },
        new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
        new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });

    private FormSheet Line(string text, uint style, double height = LineHeight)
    {
        Add([new FormCell(text, null, style, widths.Count)]);
        if (height > LineHeight)
        {
            _rows[^1].Height = height;
            _rows[^1].CustomHeight = true;
        }
        return this;
    }

    // A text cell of an .xlsx is never evaluated, so text is written as typed and reads back the same.
    private Cell Cell(int row, int column, FormCell cell)
    {
        var reference = CellAddress.Of(row, column);
        if (cell.Amount is { } amount)
        {
            return new Cell
            {
                CellReference = reference,
                CellValue = new CellValue(amount.ToString(CultureInfo.InvariantCulture)),
                StyleIndex = cell.Style,
            };
        }
        return string.IsNullOrEmpty(cell.Text)
            ? new Cell { CellReference = reference, StyleIndex = cell.Style }
            : new Cell
            {
                CellReference = reference,
                DataType = CellValues.SharedString,
                CellValue = new CellValue(strings.IndexOf(cell.Text)),
                StyleIndex = cell.Style,
            };
    }
}
