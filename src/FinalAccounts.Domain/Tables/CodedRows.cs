using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Domain.Tables;

/// <summary>
/// A row of a table keyed by 功能分类 code (公开02, 03, 05, 07, 08表). The row without a code is the
/// table's 合计 row, kept as published so that a total that disagrees with its parts stays visible.
/// </summary>
public abstract class FunctionRow
{
    /// <summary>The longest a 科目名称 the database keeps.</summary>
    public const int MaxNameLength = 128;

    protected FunctionRow() { Name = null!; }

    protected FunctionRow(FunctionCode? code, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code;
        Name = name.Trim();
    }

    public long Id { get; private set; }
    public int Sequence { get; internal set; }
    /// <summary>Null on the 合计 row.</summary>
    public FunctionCode? Code { get; private set; }
    /// <summary>The 科目名称 as printed in this table.</summary>
    public string Name { get; private set; }
    public bool IsTotal => Code is null;

    /// <summary>"204 公共安全支出", or "合计".</summary>
    public string Label => Code is { } code ? $"{code} {Name}" : "合计";

    /// <summary>The cells of the row in published column order (栏次 1, 2, …).</summary>
    public abstract IReadOnlyList<Money?> Cells { get; }
}

/// <summary>公开02表 收入决算表.</summary>
public sealed class IncomeRow : FunctionRow
{
    private IncomeRow() { }

    /// <summary>The printed column headings, in <see cref="Cells"/> order.</summary>
    public static IReadOnlyList<string> Columns { get; } = TableDefinitions.Income.ColumnNames;

    public IncomeRow(FunctionCode? code, string name, Money? total, Money? fiscalAppropriation,
        Money? superiorSubsidy, Money? businessIncome, Money? operatingIncome,
        Money? affiliatedRemittance, Money? otherIncome) : base(code, name)
    {
        Total = total;
        FiscalAppropriation = fiscalAppropriation;
        SuperiorSubsidy = superiorSubsidy;
        BusinessIncome = businessIncome;
        OperatingIncome = operatingIncome;
        AffiliatedRemittance = affiliatedRemittance;
        OtherIncome = otherIncome;
    }

    public Money? Total { get; private set; }
    public Money? FiscalAppropriation { get; private set; }
    public Money? SuperiorSubsidy { get; private set; }
    public Money? BusinessIncome { get; private set; }
    public Money? OperatingIncome { get; private set; }
    public Money? AffiliatedRemittance { get; private set; }
    public Money? OtherIncome { get; private set; }

    public override IReadOnlyList<Money?> Cells =>
        [Total, FiscalAppropriation, SuperiorSubsidy, BusinessIncome, OperatingIncome, AffiliatedRemittance, OtherIncome];
}

/// <summary>公开03表 支出决算表.</summary>
public sealed class ExpenditureRow : FunctionRow
{
    private ExpenditureRow() { }

    /// <summary>The printed column headings, in <see cref="Cells"/> order.</summary>
    public static IReadOnlyList<string> Columns { get; } = TableDefinitions.Expenditure.ColumnNames;

    public ExpenditureRow(FunctionCode? code, string name, Money? total, Money? basic, Money? project,
        Money? remittedToSuperior, Money? operating, Money? subsidyToAffiliates) : base(code, name)
    {
        Total = total;
        Basic = basic;
        Project = project;
        RemittedToSuperior = remittedToSuperior;
        Operating = operating;
        SubsidyToAffiliates = subsidyToAffiliates;
    }

    public Money? Total { get; private set; }
    public Money? Basic { get; private set; }
    public Money? Project { get; private set; }
    public Money? RemittedToSuperior { get; private set; }
    public Money? Operating { get; private set; }
    public Money? SubsidyToAffiliates { get; private set; }

    public override IReadOnlyList<Money?> Cells => [Total, Basic, Project, RemittedToSuperior, Operating, SubsidyToAffiliates];
}

/// <summary>公开05表 一般公共预算财政拨款支出决算表, with the 年初预算 the 说明 compares against.</summary>
public sealed class GeneralBudgetRow : FunctionRow
{
    private GeneralBudgetRow() { }

    /// <summary>The printed column headings, in <see cref="Cells"/> order.</summary>
    public static IReadOnlyList<string> Columns { get; } = TableDefinitions.GeneralBudget.ColumnNames;

    public GeneralBudgetRow(FunctionCode? code, string name, Money? subtotal, Money? basic, Money? project,
        Money? initialBudget) : base(code, name)
    {
        Subtotal = subtotal;
        Basic = basic;
        Project = project;
        InitialBudget = initialBudget;
    }

    public Money? Subtotal { get; private set; }
    public Money? Basic { get; private set; }
    public Money? Project { get; private set; }
    /// <summary>年初预算: not a column of the table, stated in 说明 五(三).</summary>
    public Money? InitialBudget { get; private set; }

    public override IReadOnlyList<Money?> Cells => [Subtotal, Basic, Project];
}

/// <summary>公开07表 政府性基金预算财政拨款收入支出决算表.</summary>
public sealed class GovernmentFundRow : FunctionRow
{
    private GovernmentFundRow() { }

    /// <summary>The printed column headings, in <see cref="Cells"/> order.</summary>
    public static IReadOnlyList<string> Columns { get; } = TableDefinitions.GovernmentFund.ColumnNames;

    public GovernmentFundRow(FunctionCode? code, string name, Money? openingBalance, Money? income,
        Money? expenditureSubtotal, Money? expenditureBasic, Money? expenditureProject, Money? closingBalance)
        : base(code, name)
    {
        OpeningBalance = openingBalance;
        Income = income;
        ExpenditureSubtotal = expenditureSubtotal;
        ExpenditureBasic = expenditureBasic;
        ExpenditureProject = expenditureProject;
        ClosingBalance = closingBalance;
    }

    public Money? OpeningBalance { get; private set; }
    public Money? Income { get; private set; }
    public Money? ExpenditureSubtotal { get; private set; }
    public Money? ExpenditureBasic { get; private set; }
    public Money? ExpenditureProject { get; private set; }
    public Money? ClosingBalance { get; private set; }

    public override IReadOnlyList<Money?> Cells =>
        [OpeningBalance, Income, ExpenditureSubtotal, ExpenditureBasic, ExpenditureProject, ClosingBalance];
}

/// <summary>公开08表 国有资本经营预算财政拨款支出决算表.</summary>
public sealed class StateCapitalRow : FunctionRow
{
    private StateCapitalRow() { }

    /// <summary>The printed column headings, in <see cref="Cells"/> order.</summary>
    public static IReadOnlyList<string> Columns { get; } = TableDefinitions.StateCapital.ColumnNames;

    public StateCapitalRow(FunctionCode? code, string name, Money? total, Money? basic, Money? project)
        : base(code, name)
    {
        Total = total;
        Basic = basic;
        Project = project;
    }

    public Money? Total { get; private set; }
    public Money? Basic { get; private set; }
    public Money? Project { get; private set; }

    public override IReadOnlyList<Money?> Cells => [Total, Basic, Project];
}

/// <summary>A table keyed by 功能分类 code, with its rows and printed column headings.</summary>
public sealed record FunctionTable(PublishedTable Table, IReadOnlyList<FunctionRow> Rows, IReadOnlyList<string> Columns)
{
    /// <summary>The printed column headings of a table keyed by 功能分类 code.</summary>
    public static IReadOnlyList<string> ColumnsOf(PublishedTable table) => DefinitionOf(table).ColumnNames;

    /// <summary>The definition of a table keyed by 功能分类 code.</summary>
    public static TableDefinition DefinitionOf(PublishedTable table) => table switch
    {
        PublishedTable.Income or PublishedTable.Expenditure or PublishedTable.GeneralBudgetExpenditure
            or PublishedTable.GovernmentFund or PublishedTable.StateCapital => TableDefinitions.Of(table),
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "不是按功能分类科目列示的表。"),
    };

    public FunctionRow? TotalRow => Rows.FirstOrDefault(r => r.IsTotal);

    public IEnumerable<FunctionRow> ChildrenOf(FunctionRow? parent) =>
        parent?.Code is { } code
            ? Rows.Where(r => r.Code is { } c && c.Parent == code)
            : Rows.Where(r => r.Code is { Level: FunctionLevel.Class });
}
