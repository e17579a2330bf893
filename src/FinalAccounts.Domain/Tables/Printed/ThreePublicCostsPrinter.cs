using FinalAccounts.Domain.Tables.Definitions;

using static FinalAccounts.Domain.Tables.Definitions.ColumnHeading;

namespace FinalAccounts.Domain.Tables.Printed;

/// <summary>
/// Prints 公开09表: its sides (预算数, 决算数) side by side, each under the table's heading tree, one
/// row, and a 栏次 row of bare numbers because the table has no label column to print "栏次" in.
/// </summary>
internal static class ThreePublicCostsPrinter
{
    private const double AmountWidth = 1.0;

    public static TableGrid Print(ThreePublicCosts costs)
    {
        var definition = TableDefinitions.ThreePublicCosts;
        IReadOnlyList<PrintedCell> amounts = [.. costs.Budget.Cells.Concat(costs.Actual.Cells).Select(PrintedCell.Money)];
        return new TableGrid(
            [.. Enumerable.Repeat(AmountWidth, amounts.Count)],
            [.. PrintedHeader.Rows([.. definition.Sides.Select(side => Group(side.Name, [.. definition.Headings]))]),
                [.. PrintedHeader.ColumnNumbers(1, amounts.Count)]],
            [amounts],
            definition.Notes);
    }
}
