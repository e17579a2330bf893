using FinalAccounts.Domain.Tables.Printed;

namespace FinalAccounts.Infrastructure.Pdf.Layout;

/// <summary>A cell placed on the grid, with its text already broken into lines.</summary>
internal sealed record PlacedCell(int Row, int Column, int RowSpan, int ColumnSpan, PrintedCell Cell, TextStyle Style, IReadOnlyList<string> Lines);

/// <summary>Rows of a table (its header or its body) with their cells placed and their heights known.</summary>
internal sealed record PlacedRows(IReadOnlyList<PlacedCell> Cells, IReadOnlyList<double> Heights)
{
    public double Height(int from, int count) => Heights.Skip(from).Take(count).Sum();

    /// <summary>
    /// Consecutive rows that must stay on one page because a cell spans them; a page may break
    /// only between groups.
    /// </summary>
    public IEnumerable<(int First, int Count)> Groups()
    {
        var first = 0;
        while (first < Heights.Count)
        {
            var end = first + 1;
            for (var row = first; row < end; row++)
            {
                foreach (var cell in Cells.Where(c => c.Row == row))
                {
                    end = Math.Max(end, cell.Row + cell.RowSpan);
                }
            }
            yield return (first, end - first);
            first = end;
        }
    }
}

/// <summary>
/// Measures a ruled table: columns from the relative widths, cells placed as HTML places them
/// (a cell covered by a span from above is skipped), text wrapped inside the padding, row heights
/// from the tallest cell.
/// </summary>
internal sealed class GridLayout(TextMeasurer measurer)
{
    private const double Padding = Typography.CellPadding;

    public IReadOnlyList<double> ColumnEdges(GridBlock grid, double width)
    {
        var total = grid.ColumnWidths.Sum();
        var edges = new double[grid.ColumnWidths.Count + 1];
        for (var i = 0; i < grid.ColumnWidths.Count; i++)
        {
            edges[i + 1] = edges[i] + grid.ColumnWidths[i] / total * width;
        }
        return edges;
    }

    /// <summary>
    /// Whether the table can be printed this wide at this scale of the table type: amounts and codes
    /// on one line, headings at least four characters wide and names at least ten.
    /// </summary>
    public bool Fits(GridBlock grid, double width, double scale)
    {
        var edges = ColumnEdges(grid, width);
        var cells = PrintedGrid.Positions(grid.HeaderRows).Concat(PrintedGrid.Positions(grid.BodyRows)).Where(c => c.Cell.ColumnSpan == 1);
        return cells.All(c => edges[c.Column + 1] - edges[c.Column] >= MinimumWidth(c.Cell, scale));
    }

    /// <summary>The table type at full size if the table fits the width, otherwise set smaller until it does (to 70%).</summary>
    public double ScaleToFit(GridBlock grid, double width) =>
        new[] { 1, 0.9, 0.8, 0.7 }.FirstOrDefault(scale => Fits(grid, width, scale), 0.7);

    public PlacedRows Place(IReadOnlyList<IReadOnlyList<PrintedCell>> rows, IReadOnlyList<double> edges, double scale = 1)
    {
        var cells = new List<PlacedCell>();
        foreach (var (row, column, cell) in PrintedGrid.Positions(rows))
        {
            var style = StyleOf(cell, scale);
            var width = edges[Math.Min(column + cell.ColumnSpan, edges.Count - 1)] - edges[column] - 2 * Padding;
            // An amount is never split: at worst it runs into the padding.
            IReadOnlyList<string> lines = cell.Text.Length == 0 ? []
                : cell.Amount is not null ? [cell.Text]
                : Text.LineBreaker.Break(cell.Text, width, s => measurer.Width(s, style));
            cells.Add(new PlacedCell(row, column, cell.RowSpan, cell.ColumnSpan, cell, style, lines));
        }

        var heights = new double[rows.Count];
        Array.Fill(heights, Typography.TableCell.LinePitch * scale + 2 * Padding);
        foreach (var cell in cells.OrderBy(c => c.RowSpan))
        {
            var needed = cell.Lines.Count * cell.Style.LinePitch + 2 * Padding;
            var last = Math.Min(cell.Row + cell.RowSpan, heights.Length) - 1;
            var available = heights.Skip(cell.Row).Take(last - cell.Row + 1).Sum();
            if (needed > available)
            {
                heights[last] += needed - available;
            }
        }
        return new PlacedRows(cells, heights);
    }

    public static TextStyle StyleOf(PrintedCell cell, double scale = 1)
    {
        var style = cell.IsHeading ? Typography.TableHeading : Typography.TableCell;
        style = style with { Size = style.Size * scale };
        var align = cell.Alignment switch
        {
            CellAlignment.Center => TextAlign.Center,
            CellAlignment.Right => TextAlign.Right,
            _ => TextAlign.Left,
        };
        return style with { Align = align };
    }

    private double MinimumWidth(PrintedCell cell, double scale)
    {
        if (cell.Text.Length == 0)
        {
            return 0;
        }
        var style = StyleOf(cell, scale);
        var full = measurer.Width(cell.Text, style);
        var em = style.Size;
        var minimum = cell.Amount is not null || cell.Text.All(c => c < 0x2000)
            ? full
            : Math.Min(full, (cell.IsHeading ? 4 : 10) * em);
        return minimum + 2 * Padding;
    }
}
