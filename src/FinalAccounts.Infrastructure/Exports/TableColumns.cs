using FinalAccounts.Domain.Tables.Printed;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// A column of a printed table as a flat file has it: the path of headings above it, and the grid
/// columns it stands over (a heading may stand over several, as 功能分类科目 stands over 类, 款 and 项).
/// </summary>
/// <param name="Name">The headings from the top down, joined: "本年支出/基本支出".</param>
internal sealed record TableColumn(int Index, string Name, int FirstGridColumn, int GridWidth)
{
    public bool Contains(int gridColumn) => gridColumn >= FirstGridColumn && gridColumn < FirstGridColumn + GridWidth;
}

/// <summary>
/// Flattens the multi-level headings of a printed table into one name per column — the one way the
/// CSV header line and the data package's measures name a column.
/// </summary>
internal static class TableColumns
{
    public const string Separator = "/";

    private static readonly string[] ColumnNumberLabels = ["", "栏次", "类", "款", "项"];

    /// <summary>One column per lowest heading, in grid order; the 栏次 row is left out.</summary>
    public static IReadOnlyList<TableColumn> Of(PrintedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var headings = PrintedGrid.Positions(HeadingRows(table));
        var columns = new List<TableColumn>();
        var gridColumn = 0;
        while (gridColumn < table.ColumnCount)
        {
            var path = headings.Where(h => h.Covers(gridColumn)).OrderBy(h => h.Row).ToList();
            var width = path.Count == 0 ? 1 : path[^1].LastColumn - gridColumn + 1;
            var name = string.Join(Separator, path.Select(h => h.Cell.Text.Trim()).Where(t => t.Length > 0));
            columns.Add(new TableColumn(columns.Count, name, gridColumn, width));
            gridColumn += width;
        }
        return columns;
    }

    /// <summary>The cell of a body row that starts under each column; null where none does.</summary>
    public static IReadOnlyList<PrintedCell?> CellsUnder(IReadOnlyList<TableColumn> columns, IEnumerable<GridPosition> row)
    {
        var cells = row.ToList();
        return [.. columns.Select(column => cells.Where(c => column.Contains(c.Column)).Select(c => (PrintedCell?)c.Cell).FirstOrDefault())];
    }

    /// <summary>
    /// The header rows that name columns. The 栏次 row under them ("栏次", "1", "2", … and 类, 款, 项
    /// under the code heading) numbers the columns for the printed page and is no name of its own.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<PrintedCell>> HeadingRows(PrintedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.HeaderRows.Count > 1 && NumbersColumns(table.HeaderRows[^1])
            ? [.. table.HeaderRows.Take(table.HeaderRows.Count - 1)]
            : table.HeaderRows;
    }

    private static bool NumbersColumns(IReadOnlyList<PrintedCell> row) =>
        row.All(c => c.RowSpan == 1 && (ColumnNumberLabels.Contains(c.Text) || c.Text.All(char.IsAsciiDigit)))
        && row.Any(c => c.Text.Length > 0 && c.Text.All(char.IsAsciiDigit));
}
