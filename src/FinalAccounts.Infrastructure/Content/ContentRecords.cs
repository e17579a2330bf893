namespace FinalAccounts.Infrastructure.Content;

// A disclosure's whole content as one record tree: the exchange shape of editing, the Excel import,
// corrections, the carry-over to a new year and the seed files under data/seed/disclosures.
// Amounts are strings in 万元 exactly as published ("3,469.73"); a missing or null amount is a
// blank cell, never a zero. Counts are integers. Every list keeps the published order.

public sealed record DisclosureContent(
    string DepartmentCode,
    int Year,
    VersionContent Version,
    ProfileContent? Profile,
    TablesContent Tables,
    ThreePublicDetailsContent? ThreePublicDetails,
    OperatingCostsContent? OperatingCosts,
    ProcurementContent? Procurement,
    AssetsContent? Assets,
    ExplanationContent? Explanation,
    IReadOnlyList<KeyWorkItemContent>? KeyWork,
    IReadOnlyList<GlossaryEntryContent>? Glossary,
    IReadOnlyList<EvaluationContent>? Evaluations,
    BasicDataContent? BasicData = null)
{
    /// <summary>
    /// The same content with no text marked as carried from last year: what a copy of checked content,
    /// such as a correction of a published version, starts from.
    /// </summary>
    public DisclosureContent WithoutCarriedMarks() => Explanation is { } explanation
        ? this with { Explanation = explanation with { Texts = explanation.Texts.Select(t => t with { CarriedFromYear = null }).ToList() } }
        : this;
}

/// <summary>Status is "draft", "submitted", "published" or "withdrawn".</summary>
public sealed record VersionContent(
    int Number,
    string Status,
    string Title,
    string ReportingUnit,
    DateOnly? PublishedOn,
    string? CorrectionNote);

public sealed record ProfileContent(
    IReadOnlyList<string> Duties,
    string? Organization,
    StaffingContent? Staffing);

public sealed record StaffingContent(
    int? ActiveAdministrative,
    int? ActiveInstitutional,
    int? RetiredLixiu,
    int? RetiredTuixiu);

public sealed record TablesContent(
    SummaryContent? T01,
    TableContent<IncomeRowContent>? T02,
    TableContent<ExpenditureRowContent>? T03,
    AppropriationSummaryContent? T04,
    TableContent<GeneralBudgetRowContent>? T05,
    BasicExpenditureContent? T06,
    TableContent<GovernmentFundRowContent>? T07,
    TableContent<StateCapitalRowContent>? T08,
    ThreePublicCostsContent? T09);

/// <summary>A coded table. The row whose code is null is the 合计 row.</summary>
public sealed record TableContent<TRow>(IReadOnlyList<TRow> Rows, string? EmptyStatement);

/// <summary>公开01表. Expenditure lines are keyed by function 类 code; blank lines are left out.</summary>
public sealed record SummaryContent(
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
    IReadOnlyList<ClassAmountContent> Expenditure,
    string? ExpenditureTotal,
    string? SurplusDistribution,
    string? ExpenditureClosingBalance,
    string? ExpenditureGrandTotal,
    string? EmptyStatement);

public sealed record ClassAmountContent(string Code, string? Name, string? Amount);

public sealed record IncomeRowContent(
    string? Code, string Name,
    string? Total, string? FiscalAppropriation, string? SuperiorSubsidy, string? BusinessIncome,
    string? OperatingIncome, string? AffiliatedRemittance, string? OtherIncome);

public sealed record ExpenditureRowContent(
    string? Code, string Name,
    string? Total, string? Basic, string? Project, string? RemittedToSuperior,
    string? Operating, string? SubsidyToAffiliates);

/// <summary>公开04表. Each expenditure figure is split by fund: subtotal, 一般公共预算, 政府性基金, 国有资本经营.</summary>
public sealed record AppropriationSummaryContent(
    string? GeneralBudgetIncome,
    string? GovernmentFundIncome,
    string? StateCapitalIncome,
    string? IncomeTotal,
    string? OpeningBalanceTotal,
    string? OpeningGeneralBudget,
    string? OpeningGovernmentFund,
    string? OpeningStateCapital,
    string? IncomeGrandTotal,
    IReadOnlyList<FundSplitLineContent> Expenditure,
    FundSplitContent? ExpenditureTotal,
    FundSplitContent? ClosingBalance,
    FundSplitContent? ExpenditureGrandTotal,
    string? EmptyStatement);

public sealed record FundSplitContent(string? Subtotal, string? GeneralBudget, string? GovernmentFund, string? StateCapital);

public sealed record FundSplitLineContent(
    string Code, string? Name, string? Subtotal, string? GeneralBudget, string? GovernmentFund, string? StateCapital);

/// <summary>公开05表 row; InitialBudget is the 年初预算 the 说明 states for the row.</summary>
public sealed record GeneralBudgetRowContent(
    string? Code, string Name, string? Subtotal, string? Basic, string? Project, string? InitialBudget);

/// <summary>公开06表: Group is "人员经费" or "公用经费"; rows keep the published order within each group.</summary>
public sealed record BasicExpenditureContent(
    IReadOnlyList<EconomicRowContent> Rows,
    string? PersonnelTotal,
    string? PublicTotal,
    string? EmptyStatement);

public sealed record EconomicRowContent(string Group, string Code, string Name, string? Amount);

public sealed record GovernmentFundRowContent(
    string? Code, string Name, string? OpeningBalance, string? Income,
    string? ExpenditureSubtotal, string? ExpenditureBasic, string? ExpenditureProject, string? ClosingBalance);

public sealed record StateCapitalRowContent(string? Code, string Name, string? Total, string? Basic, string? Project);

public sealed record ThreePublicCostsContent(ThreePublicColumnsContent? Budget, ThreePublicColumnsContent? Actual, string? EmptyStatement);

public sealed record ThreePublicColumnsContent(
    string? Total, string? Abroad, string? VehicleSubtotal, string? VehiclePurchase, string? VehicleOperation, string? Reception);

public sealed record ThreePublicDetailsContent(
    int? TripGroups,
    int? TripPersons,
    int? VehiclesPurchased,
    int? FleetAtYearEnd,
    string? VehicleOperationUse,
    int? ReceptionBatches,
    int? ReceptionPersons,
    string? ReceptionVisitors);

public sealed record OperatingCostsContent(string? Amount, string? InitialBudget);

public sealed record ProcurementContent(
    string? Total, string? Goods, string? Works, string? Services,
    string? AwardedToSmes, string? AwardedToMicroAndSmall,
    string? GoodsToSmes, string? WorksToSmes, string? ServicesToSmes);

public sealed record AssetsContent(
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
public sealed record ExplanationContent(
    IReadOnlyList<ExplanationTextContent> Texts,
    IReadOnlyList<NarrativeFigureContent> Figures,
    IReadOnlyList<ProjectSummaryContent> Projects);

/// <summary>
/// A 说明 text. CarriedFromYear is set while the text is a copy of that year's, made when a new year was
/// started from last year, and staff have not yet changed or confirmed it (沿用上年、待核对); absent or
/// null for a text written or checked for this year.
/// </summary>
public sealed record ExplanationTextContent(int Item, string Key, string Text, int? CarriedFromYear = null);

/// <summary>Kind is "prior-year" (last year's figure) or "stated" (a number the published sentence gives).</summary>
public sealed record NarrativeFigureContent(string Kind, string Key, string Amount);

public sealed record ProjectSummaryContent(
    string Name, string? Budget, string? Executed, string? Outputs, string? Problems, string? NextSteps);

public sealed record KeyWorkItemContent(string Title, string? Goal, string? Completion);

public sealed record GlossaryEntryContent(string Term, string Definition, string? FunctionCode);

/// <summary>
/// Kind is "整体" or "项目". Funds are the fund block's rows that hold an amount (line keys of
/// <see cref="Domain.Performance.FundLines"/>); scores keep the decimals entered.
/// </summary>
public sealed record EvaluationContent(
    string Kind,
    string Name,
    string? SupervisingDepartment,
    string? ImplementingUnit,
    string? Category,
    string? Attribute,
    string? ProjectType,
    IReadOnlyList<FundLineContent>? Funds,
    decimal? FundWeight,
    string? ExecutionRate,
    decimal? FundScore,
    IReadOnlyList<IndicatorGroupContent>? Groups,
    decimal? TotalScore,
    string? Grade,
    string? DeviationAnalysis,
    string? Improvement,
    string? Report,
    IReadOnlyList<GoalContent> Goals)
{
    /// <summary>A new evaluation with nothing but its kind and name, and one empty goal to fill.</summary>
    public static EvaluationContent Empty(string kind, string name) =>
        new(kind, name, null, null, null, null, null, [], null, null, null, [], null, null, null, null, null, [new GoalContent(null, [])]);
}

/// <summary>How content names an evaluation's kind: "整体" or "项目".</summary>
public static class EvaluationKindText
{
    public static string ToContent(this Domain.Performance.EvaluationKind kind) =>
        kind == Domain.Performance.EvaluationKind.Overall ? "整体" : "项目";

    /// <summary>Null for any other text.</summary>
    public static Domain.Performance.EvaluationKind? Parse(string? kind) => kind switch
    {
        "整体" => Domain.Performance.EvaluationKind.Overall,
        "项目" => Domain.Performance.EvaluationKind.Project,
        _ => null,
    };
}

/// <summary>A row of the fund block: 年初预算数, 全年预算数, 全年执行数 in 万元 as typed.</summary>
public sealed record FundLineContent(string Line, string? InitialBudget, string? FullYearBudget, string? Executed);

/// <summary>The weight printed in a 一级 group's heading: 产出指标 50.</summary>
public sealed record IndicatorGroupContent(string Level1, decimal Weight);

/// <summary>A project evaluation without numbered goals has one goal whose Text is null. Achieved is 实际完成情况.</summary>
public sealed record GoalContent(string? Text, IReadOnlyList<IndicatorContent> Indicators, string? Achieved = null);

/// <summary>An indicator; Deviation is 偏差原因分析及改进措施.</summary>
public sealed record IndicatorContent(
    string Level1, string? Level2, string Level3, string? Target, string? Actual, decimal? Weight, decimal? Score, string? Deviation = null);

/// <summary>
/// 整体支出绩效评价基础数据表: staff numbers, 经费控制情况 lines (keys of <see cref="Domain.Performance.BasicDataLines"/>;
/// a "project" line has the project's name), 楼堂馆所 in ㎡ and 万元, rates as printed, 厉行节约保障措施.
/// </summary>
public sealed record BasicDataContent(
    int? AuthorizedStaff,
    int? ActualStaff,
    string? StaffControlRate,
    IReadOnlyList<BasicDataLineContent> Lines,
    decimal? ApprovedArea,
    decimal? ActualArea,
    string? AreaControlRate,
    string? BudgetedInvestment,
    string? ActualInvestment,
    string? InvestmentControlRate,
    string? Frugality)
{
    public static BasicDataContent Empty { get; } = new(null, null, null, [], null, null, null, null, null, null, null);
}

/// <summary>A line of 经费控制情况: 上年决算数, 本年预算数, 本年决算数 in 万元 as typed.</summary>
public sealed record BasicDataLineContent(string Line, string? Name, string? PriorActual, string? Budget, string? Actual);
