using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Domain.Tables;

/// <summary>One printed line of 公开01表: an income cell on the left and an expenditure cell on the right.</summary>
public sealed record SummaryTableLine(
    string IncomeLabel, int IncomeLineNumber, Money? IncomeAmount,
    string ExpenditureLabel, int ExpenditureLineNumber, Money? ExpenditureAmount);

/// <summary>
/// Lays out 公开01表 as published: eight income lines beside the 26 function 类 (行 1–26 and 31–56),
/// then 本年收入合计/本年支出合计, the balance lines and 总计 (行 27–30 and 57–60).
/// </summary>
public static class SummaryTableLayout
{
    /// <summary>The 26 function 类 of the table, in published order, with their standard names.</summary>
    public static IReadOnlyList<(string Code, string Name)> StandardClasses { get; } =
    [
        ("201", "一般公共服务支出"), ("202", "外交支出"), ("203", "国防支出"), ("204", "公共安全支出"),
        ("205", "教育支出"), ("206", "科学技术支出"), ("207", "文化旅游体育与传媒支出"), ("208", "社会保障和就业支出"),
        ("210", "卫生健康支出"), ("211", "节能环保支出"), ("212", "城乡社区支出"), ("213", "农林水支出"),
        ("214", "交通运输支出"), ("215", "资源勘探工业信息等支出"), ("216", "商业服务业等支出"), ("217", "金融支出"),
        ("219", "援助其他地区支出"), ("220", "自然资源海洋气象等支出"), ("221", "住房保障支出"), ("222", "粮油物资储备支出"),
        ("223", "国有资本经营预算支出"), ("224", "灾害防治及应急管理支出"), ("229", "其他支出"), ("231", "债务还本支出"),
        ("232", "债务付息支出"), ("234", "抗疫特别国债安排的支出"),
    ];

    /// <summary>
    /// The 26 类 lines of the expenditure side of 公开01表 and 公开04表: each code with its printed
    /// label, "四、公共安全支出", named as the year's catalog names it.
    /// </summary>
    public static IReadOnlyList<(string Code, string Label)> ClassLines(IReadOnlyDictionary<string, string> classNames) =>
        StandardClasses.Select((c, i) => (c.Code, $"{ChineseNumerals.Ordinal(i + 1)}、{classNames.GetValueOrDefault(c.Code, c.Name)}")).ToList();

    public static IReadOnlyList<SummaryTableLine> Build(
        IncomeExpenditureSummary summary,
        IEnumerable<SummaryExpenditureLine> expenditure,
        IReadOnlyDictionary<string, string> classNames)
    {
        var amounts = expenditure.ToDictionary(l => l.ClassCode.Value, l => l.Amount);
        var figures = Figures(summary);
        var definition = TableDefinitions.IncomeExpenditureSummary;
        var income = definition.IncomeLines;

        var lines = new List<SummaryTableLine>();
        var classes = ClassLines(classNames);
        var firstExpenditureLine = definition.FirstExpenditureLineNumber(classes.Count);
        for (var i = 0; i < classes.Count; i++)
        {
            var (code, label) = classes[i];
            var (incomeLabel, incomeAmount) = i < income.Count ? (income[i].Printed, figures[income[i].Key]) : ("", null);
            lines.Add(new SummaryTableLine(incomeLabel, i + 1, incomeAmount, label, firstExpenditureLine + i, amounts.GetValueOrDefault(code)));
        }
        for (var i = 0; i < definition.ClosingLines.Count; i++)
        {
            var (left, right) = definition.ClosingLines[i];
            lines.Add(new SummaryTableLine(left?.Printed ?? "", classes.Count + 1 + i, left is null ? null : figures[left.Key],
                right?.Printed ?? "", firstExpenditureLine + classes.Count + i, right is null ? null : figures[right.Key]));
        }
        return lines;
    }

    // The fixed lines' figures by the definition's keys.
    private static Dictionary<string, Money?> Figures(IncomeExpenditureSummary s) => new(StringComparer.Ordinal)
    {
        ["generalBudgetAppropriation"] = s.GeneralBudgetAppropriation,
        ["governmentFundAppropriation"] = s.GovernmentFundAppropriation,
        ["stateCapitalAppropriation"] = s.StateCapitalAppropriation,
        ["superiorSubsidy"] = s.SuperiorSubsidy,
        ["businessIncome"] = s.BusinessIncome,
        ["operatingIncome"] = s.OperatingIncome,
        ["affiliatedRemittance"] = s.AffiliatedRemittance,
        ["otherIncome"] = s.OtherIncome,
        ["incomeTotal"] = s.IncomeTotal,
        ["nonFiscalBalanceUsed"] = s.NonFiscalBalanceUsed,
        ["incomeOpeningBalance"] = s.IncomeOpeningBalance,
        ["incomeGrandTotal"] = s.IncomeGrandTotal,
        ["expenditureTotal"] = s.ExpenditureTotal,
        ["surplusDistribution"] = s.SurplusDistribution,
        ["expenditureClosingBalance"] = s.ExpenditureClosingBalance,
        ["expenditureGrandTotal"] = s.ExpenditureGrandTotal,
    };
}
