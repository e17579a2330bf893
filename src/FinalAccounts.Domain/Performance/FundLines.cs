using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Performance;

/// <summary>
/// A row of a self-evaluation's fund block (项目资金 / 资金情况, 万元). Every form has 年度资金总额 and
/// its three sources; the overall form adds the breakdowns 按收入性质 and 按支出性质.
/// </summary>
public enum FundLine
{
    /// <summary>年度资金总额: the row that carries 分值, 执行率 and 得分.</summary>
    Total = 1,
    /// <summary>其中：当年财政拨款.</summary>
    CurrentAppropriation = 2,
    /// <summary>上年结转资金.</summary>
    CarriedOver = 3,
    /// <summary>其他资金.</summary>
    Other = 4,
    /// <summary>按收入性质分：财政拨款.</summary>
    IncomeAppropriation = 5,
    /// <summary>按收入性质分：其他资金.</summary>
    IncomeOther = 6,
    /// <summary>按支出性质分：基本支出.</summary>
    Basic = 7,
    /// <summary>按支出性质分：项目支出.</summary>
    Project = 8,
}

/// <summary>The one definition of the fund block's rows: their keys in content and forms, labels as printed, and which form has them.</summary>
public static class FundLines
{
    /// <summary>The three sources that make up 年度资金总额.</summary>
    public static IReadOnlyList<FundLine> Sources { get; } = [FundLine.CurrentAppropriation, FundLine.CarriedOver, FundLine.Other];

    /// <summary>The overall form's breakdown by the nature of income.</summary>
    public static IReadOnlyList<FundLine> ByIncome { get; } = [FundLine.IncomeAppropriation, FundLine.IncomeOther];

    /// <summary>The overall form's breakdown by the nature of spending.</summary>
    public static IReadOnlyList<FundLine> BySpending { get; } = [FundLine.Basic, FundLine.Project];

    /// <summary>The rows of a form of this kind, in printed order.</summary>
    public static IReadOnlyList<FundLine> Of(EvaluationKind kind) => kind == EvaluationKind.Overall
        ? [FundLine.Total, .. Sources, .. ByIncome, .. BySpending]
        : [FundLine.Total, .. Sources];

    /// <summary>"total", "current-appropriation", …: the key in the content file and the form.</summary>
    public static string Key(this FundLine line) => line switch
    {
        FundLine.Total => "total",
        FundLine.CurrentAppropriation => "current-appropriation",
        FundLine.CarriedOver => "carried-over",
        FundLine.Other => "other",
        FundLine.IncomeAppropriation => "income-appropriation",
        FundLine.IncomeOther => "income-other",
        FundLine.Basic => "basic",
        FundLine.Project => "project",
        _ => throw new ArgumentOutOfRangeException(nameof(line)),
    };

    /// <summary>The row's label as the forms print it.</summary>
    public static string Label(this FundLine line) => line switch
    {
        FundLine.Total => "年度资金总额",
        FundLine.CurrentAppropriation => "其中：当年财政拨款",
        FundLine.CarriedOver => "上年结转资金",
        FundLine.Other => "其他资金",
        FundLine.IncomeAppropriation => "按收入性质分：财政拨款",
        FundLine.IncomeOther => "按收入性质分：其他资金",
        FundLine.Basic => "按支出性质分：基本支出",
        FundLine.Project => "按支出性质分：项目支出",
        _ => throw new ArgumentOutOfRangeException(nameof(line)),
    };

    public static FundLine? Parse(string? key) =>
        Enum.GetValues<FundLine>().Cast<FundLine?>().FirstOrDefault(l => l!.Value.Key() == key);
}

/// <summary>The three columns of the fund block, in printed order.</summary>
public enum FundColumn
{
    /// <summary>年初预算数.</summary>
    InitialBudget = 1,
    /// <summary>全年预算数.</summary>
    FullYearBudget = 2,
    /// <summary>全年执行数.</summary>
    Executed = 3,
}

public static class FundColumns
{
    public static IReadOnlyList<FundColumn> All { get; } = [FundColumn.InitialBudget, FundColumn.FullYearBudget, FundColumn.Executed];

    public static string Label(this FundColumn column) => column switch
    {
        FundColumn.InitialBudget => "年初预算数",
        FundColumn.FullYearBudget => "全年预算数",
        FundColumn.Executed => "全年执行数",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };
}

/// <summary>One row of the fund block with its three amounts; any of them may be blank.</summary>
public sealed class PerformanceFundLine
{
    private PerformanceFundLine() { }

    public PerformanceFundLine(FundLine line, Money? initialBudget, Money? fullYearBudget, Money? executed)
    {
        Line = line;
        InitialBudget = initialBudget;
        FullYearBudget = fullYearBudget;
        Executed = executed;
    }

    public long Id { get; private set; }
    public FundLine Line { get; private set; }
    public Money? InitialBudget { get; private set; }
    public Money? FullYearBudget { get; private set; }
    public Money? Executed { get; private set; }

    public Money? this[FundColumn column] => column switch
    {
        FundColumn.InitialBudget => InitialBudget,
        FundColumn.FullYearBudget => FullYearBudget,
        _ => Executed,
    };

    public bool IsBlank => InitialBudget is null && FullYearBudget is null && Executed is null;
}
