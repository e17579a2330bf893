using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>The header rows of an edit grid: a table definition's heading tree laid out as the printed table lays it out.</summary>
internal static class FormHeadings
{
    /// <summary>One row per level; a leaf above the deepest level spans down to the last row.</summary>
    public static List<IReadOnlyList<HeaderCell>> Rows(params ColumnHeading[] roots) =>
        [.. HeadingRows.Of(roots).Select(row => (IReadOnlyList<HeaderCell>)[.. row.Select(c => new HeaderCell(c.Text, c.ColumnSpan, c.RowSpan, c.IsGroup))])];

    /// <summary>The 栏次 numbers "1", "2", … of amount columns.</summary>
    public static IEnumerable<HeaderCell> ColumnNumbers(int first, int count) =>
        HeadingRows.ColumnNumbers(first, count).Select(n => new HeaderCell(n));

    public static IEnumerable<HeaderCell> Blanks(int count) => Enumerable.Range(0, count).Select(_ => new HeaderCell(""));
}
