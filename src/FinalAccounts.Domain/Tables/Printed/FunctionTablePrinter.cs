using static FinalAccounts.Domain.Tables.Printed.ColumnHeading;

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
        var layout = LayoutOf(table.Table);
        var amountColumns = layout.AmountHeadings.Sum(h => h.Width);
        var header = PrintedHeader.Rows(
        [
            Group("项目", Leaf(layout.CodeHeading, CodeColumns), Leaf("科目名称")),
            .. layout.AmountHeadings,
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
            [layout.Note]);
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

    // Headings as the seeds print them: 公开02/03/07表 say 功能分类科目, 公开05/08表 功能分类科目编码.
    private static FunctionTableLayout LayoutOf(PublishedTable table) => table switch
    {
        PublishedTable.Income => new("功能分类科目", Leaves(IncomeRow.Columns),
            "注：本表反映部门本年度取得的各项收入情况。"),
        PublishedTable.Expenditure => new("功能分类科目", Leaves(ExpenditureRow.Columns),
            "注：本表反映部门本年度各项支出情况。"),
        PublishedTable.GeneralBudgetExpenditure => new("功能分类科目编码", [Group("本年支出", Leaves(GeneralBudgetRow.Columns))],
            "注：本表反映部门本年度一般公共预算财政拨款支出情况。"),
        PublishedTable.GovernmentFund => new("功能分类科目",
            [
                Leaf("年初结转和结余"), Leaf("本年收入"),
                Group("本年支出", Leaf("小计"), Leaf("基本支出"), Leaf("项目支出")),
                Leaf("年末结转和结余"),
            ],
            "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。"),
        PublishedTable.StateCapital => new("功能分类科目编码", [Group("本年支出", Leaves(StateCapitalRow.Columns))],
            "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。"),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "不是按功能分类科目列示的表。"),
    };

    private static ColumnHeading[] Leaves(IEnumerable<string> texts) => [.. texts.Select(t => Leaf(t))];

    private sealed record FunctionTableLayout(string CodeHeading, ColumnHeading[] AmountHeadings, string Note);
}
