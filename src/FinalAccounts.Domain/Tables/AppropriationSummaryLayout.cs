using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Domain.Tables;

/// <summary>One printed line of 公开04表: an income cell on the left and the four fund cells of an expenditure line on the right.</summary>
public sealed record AppropriationSummaryLine(
    string IncomeLabel, int IncomeLineNumber, Money? IncomeAmount,
    string ExpenditureLabel, int ExpenditureLineNumber, FundSplit ExpenditureAmounts);

/// <summary>
/// Lays out 公开04表 as published: the three appropriation income lines beside the 26 function 类
/// (行 1–26 and 33–58), then 本年收入合计/本年支出合计, 年初财政拨款结转和结余 with its three fund
/// lines beside 年末财政拨款结转和结余 (whose fund split fills the expenditure side's four columns),
/// and 总计 (行 27–32 and 59–64). Income lines without a label keep their line number, as printed.
/// </summary>
public static class AppropriationSummaryLayout
{
    public static IReadOnlyList<AppropriationSummaryLine> Build(
        AppropriationSummary summary,
        IEnumerable<AppropriationExpenditureLine> expenditure,
        IReadOnlyDictionary<string, string> classNames)
    {
        var amounts = expenditure.ToDictionary(l => l.ClassCode.Value, l => l.Amounts);
        var definition = TableDefinitions.AppropriationSummary;
        var income = definition.IncomeLines;
        Dictionary<string, Money?> incomeFigures = new(StringComparer.Ordinal)
        {
            ["generalBudgetIncome"] = summary.GeneralBudgetIncome,
            ["governmentFundIncome"] = summary.GovernmentFundIncome,
            ["stateCapitalIncome"] = summary.StateCapitalIncome,
            ["incomeTotal"] = summary.IncomeTotal,
            ["openingBalanceTotal"] = summary.OpeningBalanceTotal,
            ["openingGeneralBudget"] = summary.OpeningGeneralBudget,
            ["openingGovernmentFund"] = summary.OpeningGovernmentFund,
            ["openingStateCapital"] = summary.OpeningStateCapital,
            ["incomeGrandTotal"] = summary.IncomeGrandTotal,
        };
        Dictionary<string, FundSplit> expenditureFigures = new(StringComparer.Ordinal)
        {
            ["expenditureTotal"] = summary.ExpenditureTotal,
            ["closingBalance"] = summary.ClosingBalance,
            ["expenditureGrandTotal"] = summary.ExpenditureGrandTotal,
        };

        var classes = SummaryTableLayout.ClassLines(classNames);
        var firstExpenditureLine = definition.FirstExpenditureLineNumber(classes.Count);
        var lines = new List<AppropriationSummaryLine>();
        for (var i = 0; i < classes.Count; i++)
        {
            var (code, label) = classes[i];
            var (incomeLabel, incomeAmount) = i < income.Count ? (income[i].Printed, incomeFigures[income[i].Key]) : ("", null);
            lines.Add(new(incomeLabel, i + 1, incomeAmount, label, firstExpenditureLine + i,
                amounts.GetValueOrDefault(code) ?? new FundSplit()));
        }
        for (var i = 0; i < definition.ClosingLines.Count; i++)
        {
            var (left, right) = definition.ClosingLines[i];
            lines.Add(new(left?.Printed ?? "", classes.Count + 1 + i, left is null ? null : incomeFigures[left.Key],
                right?.Printed ?? "", firstExpenditureLine + classes.Count + i, right is null ? new FundSplit() : expenditureFigures[right.Key]));
        }
        return lines;
    }
}
