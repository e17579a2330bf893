using FinalAccounts.Domain.Amounts;

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
        (string Label, Money? Amount)[] income =
        [
            ("一、一般公共预算财政拨款", summary.GeneralBudgetIncome),
            ("二、政府性基金预算财政拨款", summary.GovernmentFundIncome),
            ("三、国有资本经营预算财政拨款", summary.StateCapitalIncome),
        ];
        (string Label, Money? Amount, string ExpenditureLabel, FundSplit ExpenditureAmounts)[] closing =
        [
            ("本年收入合计", summary.IncomeTotal, "本年支出合计", summary.ExpenditureTotal),
            ("年初财政拨款结转和结余", summary.OpeningBalanceTotal, "年末财政拨款结转和结余", summary.ClosingBalance),
            ("一般公共预算财政拨款", summary.OpeningGeneralBudget, "", new FundSplit()),
            ("政府性基金预算财政拨款", summary.OpeningGovernmentFund, "", new FundSplit()),
            ("国有资本经营预算财政拨款", summary.OpeningStateCapital, "", new FundSplit()),
            ("总计", summary.IncomeGrandTotal, "总计", summary.ExpenditureGrandTotal),
        ];

        var classes = SummaryTableLayout.ClassLines(classNames);
        var firstExpenditureLine = classes.Count + closing.Length + 1;
        var lines = new List<AppropriationSummaryLine>();
        for (var i = 0; i < classes.Count; i++)
        {
            var (code, label) = classes[i];
            var (incomeLabel, incomeAmount) = i < income.Length ? income[i] : ("", null);
            lines.Add(new(incomeLabel, i + 1, incomeAmount, label, firstExpenditureLine + i,
                amounts.GetValueOrDefault(code) ?? new FundSplit()));
        }
        for (var i = 0; i < closing.Length; i++)
        {
            var (label, amount, expenditureLabel, expenditureAmounts) = closing[i];
            lines.Add(new(label, classes.Count + 1 + i, amount,
                expenditureLabel, firstExpenditureLine + classes.Count + i, expenditureAmounts));
        }
        return lines;
    }
}
