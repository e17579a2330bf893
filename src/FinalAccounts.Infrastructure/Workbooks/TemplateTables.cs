using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// A table keyed by 功能分类 code as the template holds it: the code, the name and the amount
/// columns left to right, and how a row is taken apart and put back together.
/// </summary>
internal sealed record CodedTable<TRow>(
    PublishedTable Table,
    Func<TablesContent, TableContent<TRow>?> Of,
    Func<TRow, string?> Code,
    Func<TRow, string> Name,
    Func<TRow, IReadOnlyList<string?>> Amounts,
    Func<string?, string, IReadOnlyList<string?>, TRow> Create);

/// <summary>The template's tables that are not fixed lines, and the fixed figures of those that are.</summary>
internal static class TemplateTables
{
    public static CodedTable<IncomeRowContent> Income { get; } = new(PublishedTable.Income, t => t.T02,
        r => r.Code, r => r.Name,
        r => [r.Total, r.FiscalAppropriation, r.SuperiorSubsidy, r.BusinessIncome, r.OperatingIncome, r.AffiliatedRemittance, r.OtherIncome],
        (code, name, a) => new IncomeRowContent(code, name, a[0], a[1], a[2], a[3], a[4], a[5], a[6]));

    public static CodedTable<ExpenditureRowContent> Expenditure { get; } = new(PublishedTable.Expenditure, t => t.T03,
        r => r.Code, r => r.Name,
        r => [r.Total, r.Basic, r.Project, r.RemittedToSuperior, r.Operating, r.SubsidyToAffiliates],
        (code, name, a) => new ExpenditureRowContent(code, name, a[0], a[1], a[2], a[3], a[4], a[5]));

    /// <summary>年初预算 last, in the column the template adds.</summary>
    public static CodedTable<GeneralBudgetRowContent> GeneralBudget { get; } = new(PublishedTable.GeneralBudgetExpenditure, t => t.T05,
        r => r.Code, r => r.Name,
        r => [r.Subtotal, r.Basic, r.Project, r.InitialBudget],
        (code, name, a) => new GeneralBudgetRowContent(code, name, a[0], a[1], a[2], a[3]));

    public static CodedTable<GovernmentFundRowContent> GovernmentFund { get; } = new(PublishedTable.GovernmentFund, t => t.T07,
        r => r.Code, r => r.Name,
        r => [r.OpeningBalance, r.Income, r.ExpenditureSubtotal, r.ExpenditureBasic, r.ExpenditureProject, r.ClosingBalance],
        (code, name, a) => new GovernmentFundRowContent(code, name, a[0], a[1], a[2], a[3], a[4], a[5]));

    public static CodedTable<StateCapitalRowContent> StateCapital { get; } = new(PublishedTable.StateCapital, t => t.T08,
        r => r.Code, r => r.Name,
        r => [r.Total, r.Basic, r.Project],
        (code, name, a) => new StateCapitalRowContent(code, name, a[0], a[1], a[2]));

    /// <summary>
    /// 公开01表's lines as published, with no amounts: the labels, the 行次 and the 26 类 lines first.
    /// </summary>
    public static IReadOnlyList<SummaryTableLine> SummaryLines(IReadOnlyDictionary<string, string> classNames) =>
        SummaryTableLayout.Build(new IncomeExpenditureSummary(), [], classNames);

    public static IReadOnlyList<AppropriationSummaryLine> AppropriationLines(IReadOnlyDictionary<string, string> classNames) =>
        AppropriationSummaryLayout.Build(new AppropriationSummary(), [], classNames);

    public static int ClassLineCount => SummaryTableLayout.StandardClasses.Count;

    // The fixed figures of each side in the order their labels are printed, top to bottom, which is
    // also the order of the content record's parameters.

    public static SummaryContent EmptySummary { get; } = new(null, null, null, null, null, null, null, null,
        null, null, null, null, [], null, null, null, null, null);

    public static AppropriationSummaryContent EmptyAppropriation { get; } = new(null, null, null, null, null, null, null, null, null,
        [], null, null, null, null);

    public static string?[] SummaryIncome(SummaryContent s) =>
    [
        s.GeneralBudgetAppropriation, s.GovernmentFundAppropriation, s.StateCapitalAppropriation, s.SuperiorSubsidy,
        s.BusinessIncome, s.OperatingIncome, s.AffiliatedRemittance, s.OtherIncome,
        s.IncomeTotal, s.NonFiscalBalanceUsed, s.IncomeOpeningBalance, s.IncomeGrandTotal,
    ];

    public static string?[] SummaryExpenditure(SummaryContent s) =>
        [s.ExpenditureTotal, s.SurplusDistribution, s.ExpenditureClosingBalance, s.ExpenditureGrandTotal];

    public static SummaryContent Summary(IReadOnlyList<string?> income, IReadOnlyList<ClassAmountContent> lines,
        IReadOnlyList<string?> expenditure, string? emptyStatement) => new(
        income[0], income[1], income[2], income[3], income[4], income[5], income[6], income[7],
        income[8], income[9], income[10], income[11],
        lines, expenditure[0], expenditure[1], expenditure[2], expenditure[3], emptyStatement);

    public static string?[] AppropriationIncome(AppropriationSummaryContent s) =>
    [
        s.GeneralBudgetIncome, s.GovernmentFundIncome, s.StateCapitalIncome, s.IncomeTotal,
        s.OpeningBalanceTotal, s.OpeningGeneralBudget, s.OpeningGovernmentFund, s.OpeningStateCapital, s.IncomeGrandTotal,
    ];

    public static FundSplitContent?[] AppropriationExpenditure(AppropriationSummaryContent s) =>
        [s.ExpenditureTotal, s.ClosingBalance, s.ExpenditureGrandTotal];

    public static AppropriationSummaryContent Appropriation(IReadOnlyList<string?> income, IReadOnlyList<FundSplitLineContent> lines,
        IReadOnlyList<FundSplitContent?> expenditure, string? emptyStatement) => new(
        income[0], income[1], income[2], income[3], income[4], income[5], income[6], income[7], income[8],
        lines, expenditure[0], expenditure[1], expenditure[2], emptyStatement);

    public static IReadOnlyList<string?> Cells(FundSplitContent? s) => [s?.Subtotal, s?.GeneralBudget, s?.GovernmentFund, s?.StateCapital];

    /// <summary>In the printed order of 公开09表's columns, under 预算数 and again under 决算数.</summary>
    public static IReadOnlyList<string?> Cells(ThreePublicColumnsContent? s) =>
        [s?.Total, s?.Abroad, s?.VehicleSubtotal, s?.VehiclePurchase, s?.VehicleOperation, s?.Reception];

    /// <summary>Four blank cells are no figure at all, as the seeds leave an unused split out.</summary>
    public static FundSplitContent? FundSplit(IReadOnlyList<string?> a) =>
        a.All(x => x is null) ? null : new FundSplitContent(a[0], a[1], a[2], a[3]);

    public static ThreePublicColumnsContent? ThreePublicColumns(IReadOnlyList<string?> a) =>
        a.All(x => x is null) ? null : new ThreePublicColumnsContent(a[0], a[1], a[2], a[3], a[4], a[5]);
}
