using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Printed;

namespace FinalAccounts.Web.Rendering;

/// <summary>A cell of a printed table as the page writes it: th or td, with the ids and headers a screen reader follows.</summary>
/// <param name="Headers">For a body cell, the ids of the column and row headings it falls under, space separated.</param>
public sealed record HtmlCell(PrintedCell Cell, bool IsHeader, string? Id, string? Scope, string? Headers)
{
    public string CssClass => ClassOf(Cell);

    /// <summary>The CSS class of a printed cell's alignment, for every table the pages write.</summary>
    public static string ClassOf(PrintedCell cell) => cell.Alignment switch
    {
        CellAlignment.Right => "amount",
        CellAlignment.Center => "center",
        _ => "",
    };
}

/// <summary>
/// One of the nine tables as HTML: the multi-level header rows with their spans as th with scope
/// and ids, the 栏次 row, and body rows whose cells name their headings through the headers
/// attribute — the published grid of <see cref="PrintedTable"/>, readable cell by cell.
/// </summary>
public sealed class HtmlTable
{
    private const string ColumnNumbersLabel = "栏次";

    private HtmlTable(PrintedTable table, string id, IReadOnlyList<IReadOnlyList<HtmlCell>> headerRows,
        IReadOnlyList<IReadOnlyList<HtmlCell>> bodyRows, int? columnNumbersRow)
    {
        Table = table;
        Id = id;
        HeaderRows = headerRows;
        BodyRows = bodyRows;
        ColumnNumbersRow = columnNumbersRow;
    }

    public PrintedTable Table { get; }

    /// <summary>The anchor of the table's section: "table-01".</summary>
    public string Id { get; }

    public IReadOnlyList<IReadOnlyList<HtmlCell>> HeaderRows { get; }

    public IReadOnlyList<IReadOnlyList<HtmlCell>> BodyRows { get; }

    /// <summary>The index of the 栏次 row among the header rows, which numbers the columns rather than heading them.</summary>
    public int? ColumnNumbersRow { get; }

    public static string AnchorOf(PublishedTable table) => $"table-{table.Key()}";

    public static HtmlTable From(PrintedTable table)
    {
        var id = AnchorOf(table.Table);
        var columnHeadings = new List<(GridPosition Position, string Id)>();
        var headerRows = table.HeaderRows.Select(_ => new List<HtmlCell>()).ToList();
        int? columnNumbersRow = null;
        foreach (var position in PrintedGrid.Positions(table.HeaderRows))
        {
            var cell = position.Cell;
            var numbersRow = table.HeaderRows[position.Row].Any(c => c.Text == ColumnNumbersLabel);
            if (numbersRow)
            {
                columnNumbersRow = position.Row;
                headerRows[position.Row].Add(new HtmlCell(cell, false, null, null, null));
                continue;
            }
            var cellId = $"{id}-h{position.Row}-{position.Column}";
            if (cell.Text.Length > 0)
            {
                columnHeadings.Add((position, cellId));
            }
            headerRows[position.Row].Add(new HtmlCell(cell, true, cellId, cell.ColumnSpan > 1 ? "colgroup" : "col", null));
        }

        var bodyRows = new List<IReadOnlyList<HtmlCell>>();
        var rowCells = new List<HtmlCell>();
        var rowHeadings = new List<string>();
        var bodyRow = -1;
        foreach (var position in PrintedGrid.Positions(table.BodyRows))
        {
            if (position.Row != bodyRow)
            {
                if (bodyRow >= 0)
                {
                    bodyRows.Add(rowCells);
                }
                rowCells = [];
                rowHeadings.Clear();
                bodyRow = position.Row;
            }
            var cell = position.Cell;
            var columnIds = columnHeadings
                .Where(h => h.Position.Column <= position.Column && position.Column <= h.Position.LastColumn)
                .Select(h => h.Id);
            if (cell.Alignment == CellAlignment.Right)
            {
                // An amount is read with its column headings and the row labels since the previous amount.
                rowCells.Add(new HtmlCell(cell, false, null, null, string.Join(' ', columnIds.Concat(rowHeadings))));
                rowHeadings.Clear();
            }
            else if (cell.Text.Length > 0)
            {
                var cellId = $"{id}-r{position.Row}-{position.Column}";
                rowHeadings.Add(cellId);
                rowCells.Add(new HtmlCell(cell, true, cellId, "row", string.Join(' ', columnIds)));
            }
            else
            {
                rowCells.Add(new HtmlCell(cell, false, null, null, null));
            }
        }
        if (bodyRow >= 0)
        {
            bodyRows.Add(rowCells);
        }
        return new HtmlTable(table, id, headerRows, bodyRows, columnNumbersRow);
    }
}
