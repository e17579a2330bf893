using System.Globalization;

namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>A column heading of an edit form: a group spans its children's columns.</summary>
internal sealed record FormHeading(string Text, IReadOnlyList<FormHeading> Children)
{
    public static FormHeading Leaf(string text) => new(text, []);

    public static FormHeading Group(string text, params FormHeading[] children) => new(text, children);

    public static FormHeading[] Leaves(IEnumerable<string> texts) => [.. texts.Select(Leaf)];

    public bool IsLeaf => Children.Count == 0;

    public int Width => IsLeaf ? 1 : Children.Sum(c => c.Width);

    public int Depth => IsLeaf ? 1 : 1 + Children.Max(c => c.Depth);
}

/// <summary>Header rows with HTML span semantics from a tree of headings, as the published tables nest them.</summary>
internal static class FormHeadings
{
    /// <summary>One row per level; a leaf above the deepest level spans down to the last row.</summary>
    public static List<IReadOnlyList<HeaderCell>> Rows(params FormHeading[] roots)
    {
        var depth = roots.Max(r => r.Depth);
        var rows = Enumerable.Range(0, depth).Select(_ => new List<HeaderCell>()).ToList();
        foreach (var root in roots)
        {
            Place(root, 0, rows);
        }
        return [.. rows];
    }

    /// <summary>The 栏次 numbers "1", "2", … of amount columns.</summary>
    public static IEnumerable<HeaderCell> ColumnNumbers(int first, int count) =>
        Enumerable.Range(first, count).Select(n => new HeaderCell(n.ToString(CultureInfo.InvariantCulture)));

    public static IEnumerable<HeaderCell> Blanks(int count) => Enumerable.Range(0, count).Select(_ => new HeaderCell(""));

    private static void Place(FormHeading heading, int level, List<List<HeaderCell>> rows)
    {
        if (heading.IsLeaf)
        {
            rows[level].Add(new HeaderCell(heading.Text, RowSpan: rows.Count - level));
            return;
        }
        rows[level].Add(new HeaderCell(heading.Text, heading.Width, IsGroup: true));
        foreach (var child in heading.Children)
        {
            Place(child, level + 1, rows);
        }
    }
}
