using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;
using FinalAccounts.Domain.Validation.Rules;

namespace FinalAccounts.Domain.Validation;

/// <summary>The rules of the standard disclosure (docs/domain.md, "Identities a correct disclosure satisfies"), in table order.</summary>
public static class StandardRules
{
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        new SummaryTotalsRule(),
        new SummaryBalancedRule(),
        new SummaryIncomeMatchesIncomeTableRule(),
        new SummaryExpenditureMatchesExpenditureTableRule(),
        new RowTotalRule("T02-row-total", TableDefinitions.Income, TableDefinitions.Income.RowSums[0]),
        new HierarchyRule("T02-hierarchy", PublishedTable.Income),
        new RowTotalRule("T03-row-total", TableDefinitions.Expenditure, TableDefinitions.Expenditure.RowSums[0]),
        new HierarchyRule("T03-hierarchy", PublishedTable.Expenditure),
        new IncomeMirrorsExpenditureRule(),
        new AppropriationTotalsRule(),
        new AppropriationIncomeRule(),
        new AppropriationFundBalanceRule(),
        new AppropriationMatchesDetailRule("T04-T05-general-budget", PublishedTable.GeneralBudgetExpenditure,
            "一般公共预算财政拨款", split => split.GeneralBudget, row => ((GeneralBudgetRow)row).Subtotal),
        new AppropriationMatchesDetailRule("T04-T07-government-fund", PublishedTable.GovernmentFund,
            "政府性基金预算财政拨款", split => split.GovernmentFund, row => ((GovernmentFundRow)row).ExpenditureSubtotal),
        new AppropriationMatchesDetailRule("T04-T08-state-capital", PublishedTable.StateCapital,
            "国有资本经营预算财政拨款", split => split.StateCapital, row => ((StateCapitalRow)row).Total),
        new RowTotalRule("T05-row-subtotal", TableDefinitions.GeneralBudget, TableDefinitions.GeneralBudget.RowSums[0]),
        new HierarchyRule("T05-hierarchy", PublishedTable.GeneralBudgetExpenditure),
        new GeneralBudgetBasicMatchesDetailRule(),
        new BasicExpenditureTotalsRule(),
        new ThreePublicLinesWithinActualRule(),
        new RowTotalRule("T07-row-subtotal", TableDefinitions.GovernmentFund, TableDefinitions.GovernmentFund.RowSums[0]),
        new GovernmentFundBalanceRule(),
        new HierarchyRule("T07-hierarchy", PublishedTable.GovernmentFund),
        new RowTotalRule("T08-row-total", TableDefinitions.StateCapital, TableDefinitions.StateCapital.RowSums[0]),
        new HierarchyRule("T08-hierarchy", PublishedTable.StateCapital),
        new ThreePublicTotalsRule(),
        new ThreePublicWithinBudgetRule(),
        new OperatingCostsMatchPublicCostsRule(),
        new ProcurementRule(),
        new PlausibleFiguresRule(),
        new EmptyTableRule(),
        new CodeInCatalogRule(),
        new ParentRowPresentRule(),
        new NameMatchesCatalogRule(),
        new RequiredPartsRule(),
        new StaffTextRule(),
        new StatedFigureMatchesTablesRule(),
        new ReasonSuppliedRule(),
        new PriorYearMatchesPublishedRule(),
        new UnreportedFactsRule(),
        new PublishedOnTimeRule(),
        new EvaluationFundsAddUpRule(),
        new EvaluationExecutionRateRule(),
        new EvaluationFundScoreRule(),
        new EvaluationWeightsRule(),
        new EvaluationGroupWeightsRule(),
        new EvaluationTotalScoreRule(),
        new EvaluationGradeRule(),
        new BasicDataMatchesTablesRule(),
        new BasicDataStaffRateRule(),
        new EvaluationSpendingRule(),
    ];
}
