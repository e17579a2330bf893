using System.Globalization;

namespace FinalAccounts.Domain.Tables.Printed;

/// <summary>
/// A column heading of a printed table: a group spans the columns of its children, a leaf spans its
/// own columns (more than one where a heading stands over several printed columns, as
/// 功能分类科目编码 stands over 类, 款 and 项).
/// </summary>
internal sealed record ColumnHeading(string Text, IReadOnlyList<ColumnHeading> Children, int OwnColumns = 1)
{
    public static ColumnHeading Leaf(string text, int columns = 1) => new(text, [], columns);

    public static ColumnHeading Group(string text, params ColumnHeading[] children) => new(text, children);

    public bool IsLeaf => Children.Count == 0;

    /// <summary>How many grid columns the heading covers.</summary>
    public int Width => IsLeaf ? OwnColumns : Children.Sum(c => c.Width);

    /// <summary>How many header rows the heading and its descendants take.</summary>
    public int Depth => IsLeaf ? 1 : 1 + Children.Max(c => c.Depth);
}

/// <summary>
/// Turns a tree of column headings into header rows with HTML span semantics, so that every table
/// states its headings once, as they nest, instead of counting spans by hand.
/// </summary>
internal static class PrintedHeader
{
    /// <summary>
    /// One row per heading level: a group spans its children's columns; a leaf above the deepest
    /// level spans the rows down to the bottom, so a cell covered from above is never repeated.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<PrintedCell>> Rows(params ColumnHeading[] roots)
    {
        var depth = roots.Max(r => r.Depth);
        var rows = Enumerable.Range(0, depth).Select(_ => new List<PrintedCell>()).ToList();
        foreach (var root in roots)
        {
            Place(root, 0, rows);
        }
        return rows;
    }

    /// <summary>The 栏次 numbers "1", "2", … of the amount columns.</summary>
    public static IEnumerable<PrintedCell> ColumnNumbers(int first, int count) =>
        Enumerable.Range(first, count).Select(n => PrintedCell.Heading(n.ToString(CultureInfo.InvariantCulture)));

    // Depth-first, left to right: each row receives its cells in column order.
    private static void Place(ColumnHeading heading, int level, List<List<PrintedCell>> rows)
    {
        if (heading.IsLeaf)
        {
            rows[level].Add(PrintedCell.Heading(heading.Text, heading.OwnColumns, rows.Count - level));
            return;
        }
        rows[level].Add(PrintedCell.Heading(heading.Text, heading.Width));
        foreach (var child in heading.Children)
        {
            Place(child, level + 1, rows);
        }
    }
}
