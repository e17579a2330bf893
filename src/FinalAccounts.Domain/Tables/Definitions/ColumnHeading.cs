namespace FinalAccounts.Domain.Tables.Definitions;

/// <summary>
/// A column heading of a table: a group spans the columns of its children, a leaf spans its own
/// columns (more than one where a heading stands over several printed columns, as 功能分类科目编码
/// stands over 类, 款 and 项). A leaf over an amount column names the column it heads.
/// </summary>
public sealed record ColumnHeading(string Text, IReadOnlyList<ColumnHeading> Children, int OwnColumns = 1)
{
    /// <summary>The amount column under this leaf; null for a group or a label column.</summary>
    public TableColumn? Column { get; init; }

    public static ColumnHeading Leaf(string text, int columns = 1) => new(text, [], columns);

    /// <summary>A leaf over an amount column, printed as <paramref name="text"/> or else the column's name.</summary>
    public static ColumnHeading Leaf(TableColumn column, string? text = null) => new(text ?? column.Name, []) { Column = column };

    public static ColumnHeading Group(string text, params ColumnHeading[] children) => new(text, children);

    /// <summary>Leaves for columns, each printed under its own name.</summary>
    public static ColumnHeading[] Leaves(IEnumerable<TableColumn> columns) => [.. columns.Select(c => Leaf(c))];

    public bool IsLeaf => Children.Count == 0;

    /// <summary>How many grid columns the heading covers.</summary>
    public int Width => IsLeaf ? OwnColumns : Children.Sum(c => c.Width);

    /// <summary>How many header rows the heading and its descendants take.</summary>
    public int Depth => IsLeaf ? 1 : 1 + Children.Max(c => c.Depth);

    /// <summary>The amount columns under this heading, left to right.</summary>
    public IEnumerable<TableColumn> Columns =>
        IsLeaf ? Column is { } column ? [column] : [] : Children.SelectMany(c => c.Columns);
}

/// <summary>A cell of the header rows a heading tree gives, with HTML span semantics.</summary>
/// <param name="IsGroup">A heading over other headings (scope="colgroup" in HTML).</param>
public sealed record HeadingCell(string Text, int ColumnSpan, int RowSpan, bool IsGroup);

/// <summary>
/// Turns a tree of column headings into header rows with HTML span semantics, so that every table
/// states its headings once, as they nest, instead of counting spans by hand. The printed table, the
/// edit grid and the template all take their header rows from here.
/// </summary>
public static class HeadingRows
{
    /// <summary>
    /// One row per heading level: a group spans its children's columns; a leaf above the deepest
    /// level spans the rows down to the bottom, so a cell covered from above is never repeated.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<HeadingCell>> Of(params ColumnHeading[] roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var depth = roots.Max(r => r.Depth);
        var rows = Enumerable.Range(0, depth).Select(_ => new List<HeadingCell>()).ToList();
        foreach (var root in roots)
        {
            Place(root, 0, rows);
        }
        return rows;
    }

    /// <summary>The 栏次 numbers "1", "2", … of the amount columns.</summary>
    public static IEnumerable<string> ColumnNumbers(int first, int count) =>
        Enumerable.Range(first, count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // Depth-first, left to right: each row receives its cells in column order.
    private static void Place(ColumnHeading heading, int level, List<List<HeadingCell>> rows)
    {
        if (heading.IsLeaf)
        {
            rows[level].Add(new HeadingCell(heading.Text, heading.OwnColumns, rows.Count - level, false));
            return;
        }
        rows[level].Add(new HeadingCell(heading.Text, heading.Width, 1, true));
        foreach (var child in heading.Children)
        {
            Place(child, level + 1, rows);
        }
    }
}
