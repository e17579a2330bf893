using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Disclosures;

using static FinalAccounts.Domain.Tables.Printed.ColumnHeading;

namespace FinalAccounts.Domain.Tables.Printed;

/// <summary>
/// 公开01表 and 公开04表 share one shape: an income side (项目, 行次, one amount) beside an
/// expenditure side (项目, 行次, one amount in 公开01表, four fund columns in 公开04表), every line
/// numbered; so one method prints both and the two layouts only supply their lines.
/// </summary>
internal static class SummaryTablePrinter
{
    private const double LabelWidth = 4.2;
    private const double LineNumberWidth = 0.7;
    private const double AmountWidth = 1.5;

    public static TableGrid IncomeExpenditure(DisclosureVersion version, IReadOnlyDictionary<string, string> classNames)
    {
        var lines = SummaryTableLayout.Build(version.Summary, version.SummaryExpenditure, classNames)
            .Select(l => new SideBySideLine(l.IncomeLabel, l.IncomeLineNumber, l.IncomeAmount,
                l.ExpenditureLabel, l.ExpenditureLineNumber, [l.ExpenditureAmount]));
        return Print("金额", Leaf("金额"), lines,
            ["注：1. 本表反映部门本年度的总收支和年末结转结余情况。", "2. 本套报表金额单位转换时可能存在尾数误差。"]);
    }

    public static TableGrid Appropriation(DisclosureVersion version, IReadOnlyDictionary<string, string> classNames)
    {
        var lines = AppropriationSummaryLayout.Build(version.AppropriationSummary, version.AppropriationExpenditure, classNames)
            .Select(l => new SideBySideLine(l.IncomeLabel, l.IncomeLineNumber, l.IncomeAmount,
                l.ExpenditureLabel, l.ExpenditureLineNumber, l.ExpenditureAmounts.Cells));
        var funds = Group("决算数",
            Leaf("小计"), Leaf("一般公共预算财政拨款"), Leaf("政府性基金预算财政拨款"), Leaf("国有资本经营预算财政拨款"));
        return Print("决算数", funds, lines,
            ["注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。"]);
    }

    private static TableGrid Print(string incomeAmountHeading, ColumnHeading expenditureAmounts,
        IEnumerable<SideBySideLine> lines, IReadOnlyList<string> notes)
    {
        var amountColumns = expenditureAmounts.Width;
        IReadOnlyList<PrintedCell> numbers =
        [
            PrintedCell.Heading("栏次"), PrintedCell.Heading(""), .. PrintedHeader.ColumnNumbers(1, 1),
            PrintedCell.Heading("栏次"), PrintedCell.Heading(""), .. PrintedHeader.ColumnNumbers(2, amountColumns),
        ];
        var header = PrintedHeader.Rows(
            Group("收入", Leaf("项目"), Leaf("行次"), Leaf(incomeAmountHeading)),
            Group("支出", Leaf("项目"), Leaf("行次"), expenditureAmounts));
        return new TableGrid(
            [LabelWidth, LineNumberWidth, AmountWidth, LabelWidth, LineNumberWidth, .. Enumerable.Repeat(AmountWidth, amountColumns)],
            [.. header, numbers],
            [.. lines.Select(Row)],
            notes);
    }

    private static IReadOnlyList<PrintedCell> Row(SideBySideLine line) =>
    [
        PrintedCell.Label(line.IncomeLabel), LineNumber(line.IncomeLineNumber), PrintedCell.Money(line.IncomeAmount),
        PrintedCell.Label(line.ExpenditureLabel), LineNumber(line.ExpenditureLineNumber),
        .. line.ExpenditureAmounts.Select(PrintedCell.Money),
    ];

    private static PrintedCell LineNumber(int number) => PrintedCell.Centered(number.ToString(CultureInfo.InvariantCulture));

    private sealed record SideBySideLine(
        string IncomeLabel, int IncomeLineNumber, Money? IncomeAmount,
        string ExpenditureLabel, int ExpenditureLineNumber, IReadOnlyList<Money?> ExpenditureAmounts);
}
