namespace FinalAccounts.Domain.Tables.Printed;

/// <summary>A cell of a printed table with the grid row and column its top-left corner falls on.</summary>
public readonly record struct GridPosition(int Row, int Column, PrintedCell Cell)
{
    public int LastRow => Row + Cell.RowSpan - 1;

    public int LastColumn => Column + Cell.ColumnSpan - 1;

    public bool Covers(int column) => column >= Column && column <= LastColumn;
}

/// <summary>
/// Where the cells of printed rows fall on the table's grid. Rows list their cells the way HTML
/// does, so a cell starts at the first column that a row span from above does not cover.
/// </summary>
public static class PrintedGrid
{
    public static IReadOnlyList<GridPosition> Positions(IReadOnlyList<IReadOnlyList<PrintedCell>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var positions = new List<GridPosition>();
        var occupied = new HashSet<(int, int)>();
        for (var row = 0; row < rows.Count; row++)
        {
            var column = 0;
            foreach (var cell in rows[row])
            {
                while (occupied.Contains((row, column)))
                {
                    column++;
                }
                for (var r = row; r < row + cell.RowSpan; r++)
                {
                    for (var c = column; c < column + cell.ColumnSpan; c++)
                    {
                        occupied.Add((r, c));
                    }
                }
                positions.Add(new GridPosition(row, column, cell));
                column += cell.ColumnSpan;
            }
        }
        return positions;
    }
}
