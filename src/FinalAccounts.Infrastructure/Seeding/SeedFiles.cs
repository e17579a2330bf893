namespace FinalAccounts.Infrastructure.Seeding;

// The shape of the readable seed files under data/seed. Amounts are strings in 万元 exactly as
// published ("3,469.73"); a missing or null amount is a blank cell, never a zero. Counts are
// integers. Every list keeps the published order.

public sealed record RegionSeed(string Code, string Name, string? ParentCode);

public sealed record DepartmentSeed(
    string Code,
    string Name,
    string ShortName,
    string RegionCode,
    IReadOnlyList<BudgetUnitSeed> Units);

/// <summary>Kind is "本级" or "二级".</summary>
public sealed record BudgetUnitSeed(string Name, string Kind);

public sealed record CatalogSeed(
    IReadOnlyList<int> Years,
    IReadOnlyList<CatalogEntrySeed> FunctionCodes,
    IReadOnlyList<CatalogEntrySeed> EconomicCodes);

public sealed record CatalogEntrySeed(string Code, string Name, string? Explanation);

public sealed record DisclosureSeed(
    string DepartmentCode,
    int Year,
    VersionSeed Version,
    ProfileSeed? Profile,
    TablesSeed Tables,
    ThreePublicDetailsSeed? ThreePublicDetails,
    OperatingCostsSeed? OperatingCosts,
    ProcurementSeed? Procurement,
    AssetsSeed? Assets,
    ExplanationSeed? Explanation,
    IReadOnlyList<KeyWorkItemSeed>? KeyWork,
    IReadOnlyList<GlossaryEntrySeed>? Glossary,
    IReadOnlyList<EvaluationSeed>? Evaluations);

/// <summary>Status is "draft", "submitted", "published" or "withdrawn".</summary>
public sealed record VersionSeed(
    int Number,
    string Status,
    string Title,
    string ReportingUnit,
    DateOnly? PublishedOn,
    string? CorrectionNote);

public sealed record ProfileSeed(
    IReadOnlyList<string> Duties,
    string? Organization,
    StaffingSeed? Staffing);

public sealed record StaffingSeed(
    int? ActiveAdministrative,
    int? ActiveInstitutional,
    int? RetiredLixiu,
    int? RetiredTuixiu);

public sealed record TablesSeed(
    SummarySeed? T01,
    TableSeed<IncomeRowSeed>? T02,
    TableSeed<ExpenditureRowSeed>? T03,
    AppropriationSummarySeed? T04,
    TableSeed<GeneralBudgetRowSeed>? T05,
    BasicExpenditureSeed? T06,
    TableSeed<GovernmentFundRowSeed>? T07,
    TableSeed<StateCapitalRowSeed>? T08,
    ThreePublicCostsSeed? T09);

/// <summary>A coded table. The row whose code is null is the 合计 row.</summary>
public sealed record TableSeed<TRow>(IReadOnlyList<TRow> Rows, string? EmptyStatement);

/// <summary>公开01表. Expenditure lines are keyed by function 类 code; blank lines are left out.</summary>
public sealed record SummarySeed(
    string? GeneralBudgetAppropriation,
    string? GovernmentFundAppropriation,
    string? StateCapitalAppropriation,
    string? SuperiorSubsidy,
    string? BusinessIncome,
    string? OperatingIncome,
    string? AffiliatedRemittance,
    string? OtherIncome,
    string? IncomeTotal,
    string? NonFiscalBalanceUsed,
    string? IncomeOpeningBalance,
    string? IncomeGrandTotal,
    IReadOnlyList<ClassAmountSeed> Expenditure,
    string? ExpenditureTotal,
    string? SurplusDistribution,
    string? ExpenditureClosingBalance,
    string? ExpenditureGrandTotal,
    string? EmptyStatement);

public sealed record ClassAmountSeed(string Code, string? Name, string? Amount);

public sealed record IncomeRowSeed(
    string? Code, string Name,
    string? Total, string? FiscalAppropriation, string? SuperiorSubsidy, string? BusinessIncome,
    string? OperatingIncome, string? AffiliatedRemittance, string? OtherIncome);

public sealed record ExpenditureRowSeed(
    string? Code, string Name,
    string? Total, string? Basic, string? Project, string? RemittedToSuperior,
    string? Operating, string? SubsidyToAffiliates);

/// <summary>公开04表. Each expenditure figure is split by fund: subtotal, 一般公共预算, 政府性基金, 国有资本经营.</summary>
public sealed record AppropriationSummarySeed(
    string? GeneralBudgetIncome,
    string? GovernmentFundIncome,
    string? StateCapitalIncome,
    string? IncomeTotal,
    string? OpeningBalanceTotal,
    string? OpeningGeneralBudget,
    string? OpeningGovernmentFund,
    string? OpeningStateCapital,
    string? IncomeGrandTotal,
    IReadOnlyList<FundSplitLineSeed> Expenditure,
    FundSplitSeed? ExpenditureTotal,
    FundSplitSeed? ClosingBalance,
    FundSplitSeed? ExpenditureGrandTotal,
    string? EmptyStatement);

public sealed record FundSplitSeed(string? Subtotal, string? GeneralBudget, string? GovernmentFund, string? StateCapital);

public sealed record FundSplitLineSeed(
    string Code, string? Name, string? Subtotal, string? GeneralBudget, string? GovernmentFund, string? StateCapital);

/// <summary>公开05表 row; InitialBudget is the 年初预算 the 说明 states for the row.</summary>
public sealed record GeneralBudgetRowSeed(
    string? Code, string Name, string? Subtotal, string? Basic, string? Project, string? InitialBudget);

/// <summary>公开06表: Group is "人员经费" or "公用经费"; rows keep the published order within each group.</summary>
public sealed record BasicExpenditureSeed(
    IReadOnlyList<EconomicRowSeed> Rows,
    string? PersonnelTotal,
    string? PublicTotal,
    string? EmptyStatement);

public sealed record EconomicRowSeed(string Group, string Code, string Name, string? Amount);

public sealed record GovernmentFundRowSeed(
    string? Code, string Name, string? OpeningBalance, string? Income,
    string? ExpenditureSubtotal, string? ExpenditureBasic, string? ExpenditureProject, string? ClosingBalance);

public sealed record StateCapitalRowSeed(string? Code, string Name, string? Total, string? Basic, string? Project);

public sealed record ThreePublicCostsSeed(ThreePublicColumnsSeed? Budget, ThreePublicColumnsSeed? Actual, string? EmptyStatement);

public sealed record ThreePublicColumnsSeed(
    string? Total, string? Abroad, string? VehicleSubtotal, string? VehiclePurchase, string? VehicleOperation, string? Reception);

public sealed record ThreePublicDetailsSeed(
    int? TripGroups,
    int? TripPersons,
    int? VehiclesPurchased,
    int? FleetAtYearEnd,
    string? VehicleOperationUse,
    int? ReceptionBatches,
    int? ReceptionPersons,
    string? ReceptionVisitors);

public sealed record OperatingCostsSeed(string? Amount, string? InitialBudget);

public sealed record ProcurementSeed(
    string? Total, string? Goods, string? Works, string? Services,
    string? AwardedToSmes, string? AwardedToMicroAndSmall,
    string? GoodsToSmes, string? WorksToSmes, string? ServicesToSmes);

public sealed record AssetsSeed(
    int? SeniorLeaderVehicles,
    int? PrincipalLeaderVehicles,
    int? ConfidentialCommunicationVehicles,
    int? EmergencyVehicles,
    int? LawEnforcementVehicles,
    int? SpecialTechnicalVehicles,
    int? RetiredCadreVehicles,
    int? OtherVehicles,
    int? GeneralEquipmentOver500K,
    int? SpecialEquipmentOver1M);

/// <summary>
/// The typed parts of the 说明: staff-written texts keyed by item and purpose, figures the text
/// states (previous-year figures and numbers typed into sentences), and per-project summaries.
/// </summary>
public sealed record ExplanationSeed(
    IReadOnlyList<ExplanationTextSeed> Texts,
    IReadOnlyList<NarrativeFigureSeed> Figures,
    IReadOnlyList<ProjectSummarySeed> Projects);

public sealed record ExplanationTextSeed(int Item, string Key, string Text);

/// <summary>Kind is "prior-year" (last year's figure) or "stated" (a number the published sentence gives).</summary>
public sealed record NarrativeFigureSeed(string Kind, string Key, string Amount);

public sealed record ProjectSummarySeed(
    string Name, string? Budget, string? Executed, string? Outputs, string? Problems, string? NextSteps);

public sealed record KeyWorkItemSeed(string Title, string? Goal, string? Completion);

public sealed record GlossaryEntrySeed(string Term, string Definition, string? FunctionCode);

/// <summary>Kind is "整体" or "项目".</summary>
public sealed record EvaluationSeed(
    string Kind,
    string Name,
    string? SupervisingDepartment,
    string? ImplementingUnit,
    string? Category,
    string? Attribute,
    string? ProjectType,
    string? BasicExpenditureTotal,
    string? ProjectExpenditureTotal,
    string? Budget,
    string? Executed,
    string? ExecutionRate,
    decimal? TotalScore,
    string? Grade,
    string? DeviationAnalysis,
    string? Improvement,
    string? Report,
    IReadOnlyList<GoalSeed> Goals);

/// <summary>A project evaluation without numbered goals has one goal whose Text is null.</summary>
public sealed record GoalSeed(string? Text, IReadOnlyList<IndicatorSeed> Indicators);

public sealed record IndicatorSeed(
    string Level1, string? Level2, string Level3, string? Target, string? Actual, decimal? Weight, decimal? Score);
