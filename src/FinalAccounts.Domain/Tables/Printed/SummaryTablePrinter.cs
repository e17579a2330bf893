using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Disclosures;

using FinalAccounts.Domain.Tables.Definitions;

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
        return Print(TableDefinitions.IncomeExpenditureSummary, lines);
    }

    public static TableGrid Appropriation(DisclosureVersion version, IReadOnlyDictionary<string, string> classNames)
    {
        var lines = AppropriationSummaryLayout.Build(version.AppropriationSummary, version.AppropriationExpenditure, classNames)
            .Select(l => new SideBySideLine(l.IncomeLabel, l.IncomeLineNumber, l.IncomeAmount,
                l.ExpenditureLabel, l.ExpenditureLineNumber, l.ExpenditureAmounts.Cells));
        return Print(TableDefinitions.AppropriationSummary, lines);
    }

    private static TableGrid Print(TableDefinition definition, IEnumerable<SideBySideLine> lines)
    {
        var amountColumns = definition.Headings.Sum(h => h.Width);
        IReadOnlyList<PrintedCell> numbers =
        [
            PrintedCell.Heading("栏次"), PrintedCell.Heading(""), .. PrintedHeader.ColumnNumbers(1, 1),
            PrintedCell.Heading("栏次"), PrintedCell.Heading(""), .. PrintedHeader.ColumnNumbers(2, amountColumns),
        ];
        var header = PrintedHeader.Rows(TableDefinitions.SideBySideHeadings(definition));
        return new TableGrid(
            [LabelWidth, LineNumberWidth, AmountWidth, LabelWidth, LineNumberWidth, .. Enumerable.Repeat(AmountWidth, amountColumns)],
            [.. header, numbers],
            [.. lines.Select(Row)],
            definition.Notes);
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
