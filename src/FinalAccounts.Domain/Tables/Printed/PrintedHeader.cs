using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Domain.Tables.Printed;

/// <summary>The header rows of a printed table: the heading tree's rows as heading cells.</summary>
internal static class PrintedHeader
{
    public static IReadOnlyList<IReadOnlyList<PrintedCell>> Rows(params ColumnHeading[] roots) =>
        [.. HeadingRows.Of(roots).Select(row => (IReadOnlyList<PrintedCell>)[.. row.Select(c => PrintedCell.Heading(c.Text, c.ColumnSpan, c.RowSpan))])];

    /// <summary>The 栏次 numbers "1", "2", … of the amount columns.</summary>
    public static IEnumerable<PrintedCell> ColumnNumbers(int first, int count) =>
        HeadingRows.ColumnNumbers(first, count).Select(n => PrintedCell.Heading(n));
}
