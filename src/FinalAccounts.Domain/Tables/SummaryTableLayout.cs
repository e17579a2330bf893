using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;

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
        (string Label, Money? Amount)[] income =
        [
            ("一、一般公共预算财政拨款收入", summary.GeneralBudgetAppropriation),
            ("二、政府性基金预算财政拨款收入", summary.GovernmentFundAppropriation),
            ("三、国有资本经营预算财政拨款收入", summary.StateCapitalAppropriation),
            ("四、上级补助收入", summary.SuperiorSubsidy),
            ("五、事业收入", summary.BusinessIncome),
            ("六、经营收入", summary.OperatingIncome),
            ("七、附属单位上缴收入", summary.AffiliatedRemittance),
            ("八、其他收入", summary.OtherIncome),
        ];

        var lines = new List<SummaryTableLine>();
        var classes = ClassLines(classNames);
        var classCount = classes.Count;
        for (var i = 0; i < classCount; i++)
        {
            var (code, label) = classes[i];
            var (incomeLabel, incomeAmount) = i < income.Length ? income[i] : ("", null);
            lines.Add(new SummaryTableLine(incomeLabel, i + 1, incomeAmount, label, classCount + 5 + i, amounts.GetValueOrDefault(code)));
        }

        var incomeLine = classCount + 1;
        var expenditureLine = 2 * classCount + 5;
        lines.Add(new("本年收入合计", incomeLine, summary.IncomeTotal, "本年支出合计", expenditureLine, summary.ExpenditureTotal));
        lines.Add(new("使用非财政拨款结余（含专用结余）", incomeLine + 1, summary.NonFiscalBalanceUsed,
            "结余分配", expenditureLine + 1, summary.SurplusDistribution));
        lines.Add(new("年初结转和结余", incomeLine + 2, summary.IncomeOpeningBalance,
            "年末结转和结余", expenditureLine + 2, summary.ExpenditureClosingBalance));
        lines.Add(new("总计", incomeLine + 3, summary.IncomeGrandTotal, "总计", expenditureLine + 3, summary.ExpenditureGrandTotal));
        return lines;
    }
}
