using FinalAccounts.Domain.Tables.Definitions;

using static FinalAccounts.Domain.Tables.Definitions.ColumnHeading;

namespace FinalAccounts.Domain.Tables.Printed;

/// <summary>
/// Prints the five tables keyed by 功能分类 code (公开02, 03, 05, 07, 08表), which differ only in
/// their amount headings, the wording of the code heading and the 注 line.
/// </summary>
/// <remarks>
/// The grid keeps separate 类, 款 and 项 columns because the bottom header row prints them (beside
/// 栏次, under 科目名称); a row's code is printed once in a cell spanning all three, which is how the
/// publications show "2040601" starting under 类, and it is never clipped to the 类 column's width.
/// The 合计 row comes first and is printed even when the table is empty, as the published empty
/// tables show it; the coded rows follow in code order, which is the printed 类 → 款 → 项 order.
/// </remarks>
internal static class FunctionTablePrinter
{
    private const int CodeColumns = 3;
    private const double CodeColumnWidth = 0.75;
    private const double NameWidth = 4.0;
    private const double AmountWidth = 1.5;

    public static TableGrid Print(FunctionTable table)
    {
        var definition = FunctionTable.DefinitionOf(table.Table);
        var amountColumns = definition.Headings.Sum(h => h.Width);
        var header = PrintedHeader.Rows(
        [
            Group("项目", Leaf(definition.CodeHeading!, CodeColumns), Leaf(TableDefinitions.NameHeading)),
            .. definition.Headings,
        ]);
        IReadOnlyList<PrintedCell> numbers =
        [
            PrintedCell.Heading("类"), PrintedCell.Heading("款"), PrintedCell.Heading("项"),
            PrintedCell.Heading("栏次"), .. PrintedHeader.ColumnNumbers(1, amountColumns),
        ];
        return new TableGrid(
            [.. Enumerable.Repeat(CodeColumnWidth, CodeColumns), NameWidth, .. Enumerable.Repeat(AmountWidth, amountColumns)],
            [.. header, numbers],
            [TotalRow(table, amountColumns), .. table.Rows.Where(r => !r.IsTotal).OrderBy(r => r.Code?.Value, StringComparer.Ordinal).Select(Row)],
            definition.Notes);
    }

    private static IReadOnlyList<PrintedCell> TotalRow(FunctionTable table, int amountColumns) =>
        table.TotalRow is { } total
            ? Row(total)
            : [PrintedCell.Label("", CodeColumns), PrintedCell.Label("合计"), .. Enumerable.Repeat(PrintedCell.Money(null), amountColumns)];

    private static IReadOnlyList<PrintedCell> Row(FunctionRow row) =>
    [
        PrintedCell.Label(row.Code?.Value ?? "", CodeColumns),
        PrintedCell.Label(row.IsTotal ? "合计" : row.Name),
        .. row.Cells.Select(PrintedCell.Money),
    ];
}
