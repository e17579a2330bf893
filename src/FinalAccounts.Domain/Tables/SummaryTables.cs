using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;

namespace FinalAccounts.Domain.Tables;

/// <summary>
/// 公开01表 收入支出决算总表: the fixed income lines, the totals as published, and one expenditure
/// line per function 类 (blank 类 lines are not stored).
/// </summary>
public sealed class IncomeExpenditureSummary
{
    public Money? GeneralBudgetAppropriation { get; set; }
    public Money? GovernmentFundAppropriation { get; set; }
    public Money? StateCapitalAppropriation { get; set; }
    public Money? SuperiorSubsidy { get; set; }
    public Money? BusinessIncome { get; set; }
    public Money? OperatingIncome { get; set; }
    public Money? AffiliatedRemittance { get; set; }
    public Money? OtherIncome { get; set; }
    /// <summary>本年收入合计.</summary>
    public Money? IncomeTotal { get; set; }
    /// <summary>使用非财政拨款结余（含专用结余）.</summary>
    public Money? NonFiscalBalanceUsed { get; set; }
    /// <summary>年初结转和结余.</summary>
    public Money? IncomeOpeningBalance { get; set; }
    /// <summary>收入总计.</summary>
    public Money? IncomeGrandTotal { get; set; }

    /// <summary>本年支出合计.</summary>
    public Money? ExpenditureTotal { get; set; }
    /// <summary>结余分配.</summary>
    public Money? SurplusDistribution { get; set; }
    /// <summary>年末结转和结余.</summary>
    public Money? ExpenditureClosingBalance { get; set; }
    /// <summary>支出总计.</summary>
    public Money? ExpenditureGrandTotal { get; set; }
}

/// <summary>An expenditure 类 line of 公开01表.</summary>
public sealed class SummaryExpenditureLine
{
    /// <summary>The longest a 类 name the database keeps.</summary>
    public const int MaxNameLength = FunctionRow.MaxNameLength;

    private SummaryExpenditureLine() { Name = null!; }

    public SummaryExpenditureLine(FunctionCode classCode, string name, Money? amount)
    {
        if (classCode.Level != FunctionLevel.Class)
        {
            throw new ArgumentException($"公开01表支出行必须是类级科目，“{classCode}”不是。", nameof(classCode));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ClassCode = classCode;
        Name = name.Trim();
        Amount = amount;
    }

    public long Id { get; private set; }
    public FunctionCode ClassCode { get; private set; }
    public string Name { get; private set; }
    public Money? Amount { get; private set; }
}

/// <summary>An amount split by fund: 小计, 一般公共预算, 政府性基金预算, 国有资本经营预算 财政拨款.</summary>
public sealed class FundSplit
{
    public Money? Subtotal { get; set; }
    public Money? GeneralBudget { get; set; }
    public Money? GovernmentFund { get; set; }
    public Money? StateCapital { get; set; }

    public IReadOnlyList<Money?> Cells => [Subtotal, GeneralBudget, GovernmentFund, StateCapital];
}

/// <summary>公开04表 财政拨款收入支出决算总表.</summary>
public sealed class AppropriationSummary
{
    public Money? GeneralBudgetIncome { get; set; }
    public Money? GovernmentFundIncome { get; set; }
    public Money? StateCapitalIncome { get; set; }
    public Money? IncomeTotal { get; set; }
    /// <summary>年初财政拨款结转和结余 and its three fund lines.</summary>
    public Money? OpeningBalanceTotal { get; set; }
    public Money? OpeningGeneralBudget { get; set; }
    public Money? OpeningGovernmentFund { get; set; }
    public Money? OpeningStateCapital { get; set; }
    public Money? IncomeGrandTotal { get; set; }

    public FundSplit ExpenditureTotal { get; set; } = new();
    /// <summary>年末财政拨款结转和结余.</summary>
    public FundSplit ClosingBalance { get; set; } = new();
    public FundSplit ExpenditureGrandTotal { get; set; } = new();
}

/// <summary>An expenditure 类 line of 公开04表.</summary>
public sealed class AppropriationExpenditureLine
{
    /// <summary>The longest a 类 name the database keeps.</summary>
    public const int MaxNameLength = FunctionRow.MaxNameLength;

    private AppropriationExpenditureLine() { Name = null!; Amounts = null!; }

    public AppropriationExpenditureLine(FunctionCode classCode, string name, FundSplit amounts)
    {
        if (classCode.Level != FunctionLevel.Class)
        {
            throw new ArgumentException($"公开04表支出行必须是类级科目，“{classCode}”不是。", nameof(classCode));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ClassCode = classCode;
        Name = name.Trim();
        Amounts = amounts;
    }

    public long Id { get; private set; }
    public FunctionCode ClassCode { get; private set; }
    public string Name { get; private set; }
    public FundSplit Amounts { get; private set; }
}

/// <summary>公开09表: one set of columns for the budget and one for the actual.</summary>
public sealed class ThreePublicCosts
{
    public ThreePublicColumns Budget { get; set; } = new();
    public ThreePublicColumns Actual { get; set; } = new();
}

public sealed class ThreePublicColumns
{
    public Money? Total { get; set; }
    /// <summary>因公出国（境）费.</summary>
    public Money? Abroad { get; set; }
    /// <summary>公务用车购置及运行维护费 小计.</summary>
    public Money? VehicleSubtotal { get; set; }
    public Money? VehiclePurchase { get; set; }
    public Money? VehicleOperation { get; set; }
    /// <summary>公务接待费.</summary>
    public Money? Reception { get; set; }

    public IReadOnlyList<Money?> Cells => [Total, Abroad, VehicleSubtotal, VehiclePurchase, VehicleOperation, Reception];
}
