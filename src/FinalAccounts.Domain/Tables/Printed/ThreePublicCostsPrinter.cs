using static FinalAccounts.Domain.Tables.Printed.ColumnHeading;

namespace FinalAccounts.Domain.Tables.Printed;

/// <summary>
/// Prints 公开09表: 预算数 and 决算数 side by side, each with 合计, 因公出国（境）费, 公务用车购置及运行维护费
/// (小计, 公务用车购置费, 公务用车运行维护费) and 公务接待费 — twelve amount columns, one row, and a 栏次
/// row of bare numbers because the table has no label column to print "栏次" in.
/// </summary>
internal static class ThreePublicCostsPrinter
{
    private const double AmountWidth = 1.0;

    public static TableGrid Print(ThreePublicCosts costs)
    {
        IReadOnlyList<PrintedCell> amounts = [.. costs.Budget.Cells.Concat(costs.Actual.Cells).Select(PrintedCell.Money)];
        return new TableGrid(
            [.. Enumerable.Repeat(AmountWidth, amounts.Count)],
            [.. PrintedHeader.Rows(Side("预算数"), Side("决算数")), [.. PrintedHeader.ColumnNumbers(1, amounts.Count)]],
            [amounts],
            ["注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。"]);
    }

    // In the order of ThreePublicColumns.Cells.
    private static ColumnHeading Side(string text) => Group(text,
        Leaf("合计"),
        Leaf("因公出国（境）费"),
        Group("公务用车购置及运行维护费", Leaf("小计"), Leaf("公务用车购置费"), Leaf("公务用车运行维护费")),
        Leaf("公务接待费"));
}
