using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Facts;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Infrastructure.Content;

/// <summary>
/// Reads a version's whole content back into the content record shape, the exchange format that edit
/// forms, imports, corrections, next year's drafts and the audit log work on. It is the inverse of
/// writing content with <see cref="ContentWriter.Write"/>: every part is present (an empty table
/// has no rows rather than being left out), amounts are exact <see cref="WanYuanText"/>, and lists come
/// in a fixed order however the version was loaded, so two captures of the same content are equal
/// and have the same fingerprint.
/// </summary>
internal static class DisclosureSnapshot
{
    public static DisclosureContent Capture(DisclosureVersion version, string departmentCode, int year)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(departmentCode);
        return new DisclosureContent(
            departmentCode,
            year,
            Version(version),
            Profile(version),
            Tables(version),
            ThreePublicDetails(version.ThreePublicDetails),
            new OperatingCostsContent(Amount(version.OperatingCosts.Amount), Amount(version.OperatingCosts.InitialBudget)),
            Procurement(version.Procurement),
            Assets(version.Assets),
            Explanation(version),
            version.KeyWork.OrderBy(k => k.Sequence).Select(k => new KeyWorkItemContent(k.Title, k.Goal, k.Completion)).ToList(),
            version.Glossary.OrderBy(g => g.Sequence)
                .Select(g => new GlossaryEntryContent(g.Term, g.Definition, g.FunctionCode?.Value)).ToList(),
            version.Evaluations.OrderBy(e => e.Sequence).Select(Evaluation).ToList(),
            BasicDataMapping.Capture(version));
    }

    private static string? Amount(Money? amount) => WanYuanText.Of(amount);


    private static VersionContent Version(DisclosureVersion version) => new(
        version.Number,
        VersionStatusText.Of(version.Status),
        version.Title,
        version.ReportingUnit,
        version.PublishedOn,
        version.CorrectionNote);

    private static ProfileContent Profile(DisclosureVersion version)
    {
        var staffing = version.Profile.Staffing;
        return new ProfileContent(
            version.Duties.OrderBy(d => d.Sequence).Select(d => d.Text).ToList(),
            version.Profile.Organization,
            new StaffingContent(staffing.ActiveAdministrative, staffing.ActiveInstitutional, staffing.RetiredLixiu, staffing.RetiredTuixiu));
    }

    private static TablesContent Tables(DisclosureVersion version) => new(
        Summary(version),
        new TableContent<IncomeRowContent>(
            version.IncomeRows.OrderBy(r => r.Sequence).Select(r => new IncomeRowContent(r.Code?.Value, r.Name,
                Amount(r.Total), Amount(r.FiscalAppropriation), Amount(r.SuperiorSubsidy), Amount(r.BusinessIncome),
                Amount(r.OperatingIncome), Amount(r.AffiliatedRemittance), Amount(r.OtherIncome))).ToList(),
            version.EmptyStatementFor(PublishedTable.Income)),
        new TableContent<ExpenditureRowContent>(
            version.ExpenditureRows.OrderBy(r => r.Sequence).Select(r => new ExpenditureRowContent(r.Code?.Value, r.Name,
                Amount(r.Total), Amount(r.Basic), Amount(r.Project), Amount(r.RemittedToSuperior), Amount(r.Operating),
                Amount(r.SubsidyToAffiliates))).ToList(),
            version.EmptyStatementFor(PublishedTable.Expenditure)),
        AppropriationSummary(version),
        new TableContent<GeneralBudgetRowContent>(
            version.GeneralBudgetRows.OrderBy(r => r.Sequence).Select(r => new GeneralBudgetRowContent(r.Code?.Value, r.Name,
                Amount(r.Subtotal), Amount(r.Basic), Amount(r.Project), Amount(r.InitialBudget))).ToList(),
            version.EmptyStatementFor(PublishedTable.GeneralBudgetExpenditure)),
        BasicExpenditure(version),
        new TableContent<GovernmentFundRowContent>(
            version.GovernmentFundRows.OrderBy(r => r.Sequence).Select(r => new GovernmentFundRowContent(r.Code?.Value, r.Name,
                Amount(r.OpeningBalance), Amount(r.Income), Amount(r.ExpenditureSubtotal), Amount(r.ExpenditureBasic),
                Amount(r.ExpenditureProject), Amount(r.ClosingBalance))).ToList(),
            version.EmptyStatementFor(PublishedTable.GovernmentFund)),
        new TableContent<StateCapitalRowContent>(
            version.StateCapitalRows.OrderBy(r => r.Sequence).Select(r => new StateCapitalRowContent(r.Code?.Value, r.Name,
                Amount(r.Total), Amount(r.Basic), Amount(r.Project))).ToList(),
            version.EmptyStatementFor(PublishedTable.StateCapital)),
        new ThreePublicCostsContent(
            ThreePublicColumns(version.ThreePublicCosts.Budget),
            ThreePublicColumns(version.ThreePublicCosts.Actual),
            version.EmptyStatementFor(PublishedTable.ThreePublicCosts)));

    // The 类 lines of 公开01表 and 04表 have no stored order; they are published by code, as the
    // database returns them.
    private static SummaryContent Summary(DisclosureVersion version)
    {
        var s = version.Summary;
        return new SummaryContent(
            Amount(s.GeneralBudgetAppropriation), Amount(s.GovernmentFundAppropriation), Amount(s.StateCapitalAppropriation),
            Amount(s.SuperiorSubsidy), Amount(s.BusinessIncome), Amount(s.OperatingIncome), Amount(s.AffiliatedRemittance),
            Amount(s.OtherIncome), Amount(s.IncomeTotal), Amount(s.NonFiscalBalanceUsed), Amount(s.IncomeOpeningBalance),
            Amount(s.IncomeGrandTotal),
            version.SummaryExpenditure.OrderBy(l => l.ClassCode.Value, StringComparer.Ordinal)
                .Select(l => new ClassAmountContent(l.ClassCode.Value, l.Name, Amount(l.Amount))).ToList(),
            Amount(s.ExpenditureTotal), Amount(s.SurplusDistribution), Amount(s.ExpenditureClosingBalance),
            Amount(s.ExpenditureGrandTotal),
            version.EmptyStatementFor(PublishedTable.IncomeExpenditureSummary));
    }

    private static AppropriationSummaryContent AppropriationSummary(DisclosureVersion version)
    {
        var s = version.AppropriationSummary;
        return new AppropriationSummaryContent(
            Amount(s.GeneralBudgetIncome), Amount(s.GovernmentFundIncome), Amount(s.StateCapitalIncome), Amount(s.IncomeTotal),
            Amount(s.OpeningBalanceTotal), Amount(s.OpeningGeneralBudget), Amount(s.OpeningGovernmentFund),
            Amount(s.OpeningStateCapital), Amount(s.IncomeGrandTotal),
            version.AppropriationExpenditure.OrderBy(l => l.ClassCode.Value, StringComparer.Ordinal)
                .Select(l => new FundSplitLineContent(l.ClassCode.Value, l.Name, Amount(l.Amounts.Subtotal),
                    Amount(l.Amounts.GeneralBudget), Amount(l.Amounts.GovernmentFund), Amount(l.Amounts.StateCapital))).ToList(),
            FundSplit(s.ExpenditureTotal),
            FundSplit(s.ClosingBalance),
            FundSplit(s.ExpenditureGrandTotal),
            version.EmptyStatementFor(PublishedTable.AppropriationSummary));
    }

    private static FundSplitContent FundSplit(FundSplit split) =>
        new(Amount(split.Subtotal), Amount(split.GeneralBudget), Amount(split.GovernmentFund), Amount(split.StateCapital));

    private static BasicExpenditureContent BasicExpenditure(DisclosureVersion version) => new(
        version.BasicExpenditureRows.OrderBy(r => r.Sequence).Select(r => new EconomicRowContent(
            r.Group.Name(), r.Code.Value, r.Name, Amount(r.Amount))).ToList(),
        Amount(version.BasicExpenditureTotals.PersonnelTotal),
        Amount(version.BasicExpenditureTotals.PublicTotal),
        version.EmptyStatementFor(PublishedTable.BasicExpenditureDetail));

    private static ThreePublicColumnsContent ThreePublicColumns(ThreePublicColumns c) =>
        new(Amount(c.Total), Amount(c.Abroad), Amount(c.VehicleSubtotal), Amount(c.VehiclePurchase),
            Amount(c.VehicleOperation), Amount(c.Reception));

    private static ThreePublicDetailsContent ThreePublicDetails(ThreePublicDetails d) =>
        new(d.TripGroups, d.TripPersons, d.VehiclesPurchased, d.FleetAtYearEnd, d.VehicleOperationUse,
            d.ReceptionBatches, d.ReceptionPersons, d.ReceptionVisitors);

    private static ProcurementContent Procurement(GovernmentProcurement p) =>
        new(Amount(p.Total), Amount(p.Goods), Amount(p.Works), Amount(p.Services), Amount(p.AwardedToSmes),
            Amount(p.AwardedToMicroAndSmall), Amount(p.GoodsToSmes), Amount(p.WorksToSmes), Amount(p.ServicesToSmes));

    private static AssetsContent Assets(AssetHoldings a) =>
        new(a.SeniorLeaderVehicles, a.PrincipalLeaderVehicles, a.ConfidentialCommunicationVehicles, a.EmergencyVehicles,
            a.LawEnforcementVehicles, a.SpecialTechnicalVehicles, a.RetiredCadreVehicles, a.OtherVehicles,
            a.GeneralEquipmentOver500K, a.SpecialEquipmentOver1M);

    // Texts and figures have no stored order either: they are grouped by 说明 item and by kind, and
    // within a group kept in the order they were written (their ids), which is the order of the seed.
    private static ExplanationContent Explanation(DisclosureVersion version) => new(
        version.ExplanationTexts.OrderBy(t => t.Item).ThenBy(t => t.Id)
            .Select(t => new ExplanationTextContent(t.Item, t.Key, t.Text, t.CarriedFromYear)).ToList(),
        version.NarrativeFigures.OrderBy(f => f.Kind).ThenBy(f => f.Id)
            .Select(f => new NarrativeFigureContent(FigureKind(f.Kind), f.Key, WanYuanText.Of(f.Amount))).ToList(),
        version.ProjectSummaries.OrderBy(p => p.Sequence)
            .Select(p => new ProjectSummaryContent(p.Name, Amount(p.Budget), Amount(p.Executed), p.Outputs, p.Problems, p.NextSteps))
            .ToList());

    private static string FigureKind(NarrativeFigureKind kind) => kind switch
    {
        NarrativeFigureKind.PriorYear => "prior-year",
        NarrativeFigureKind.Stated => "stated",
        NarrativeFigureKind.Entered => "entered",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static EvaluationContent Evaluation(PerformanceEvaluation e) => new(
        e.Kind.ToContent(),
        e.Name,
        e.SupervisingDepartment,
        e.ImplementingUnit,
        e.Category,
        e.Attribute,
        e.ProjectType,
        e.Funds.OrderBy(f => f.Line)
            .Select(f => new FundLineContent(f.Line.Key(), Amount(f.InitialBudget), Amount(f.FullYearBudget), Amount(f.Executed))).ToList(),
        e.FundWeight,
        e.ExecutionRate,
        e.FundScore,
        e.Groups.OrderBy(g => g.Sequence).Select(g => new IndicatorGroupContent(g.Level1, g.Weight)).ToList(),
        e.TotalScore,
        e.Grade,
        e.DeviationAnalysis,
        e.Improvement,
        e.Report,
        // Scores keep the decimals entered: 9.10 stays 9.10.
        e.Goals.OrderBy(g => g.Sequence).Select(g => new GoalContent(g.Text,
            g.Indicators.OrderBy(i => i.Sequence)
                .Select(i => new IndicatorContent(i.Level1, i.Level2, i.Level3, i.Target, i.Actual, i.Weight, i.Score, i.Deviation)).ToList(),
            g.Achieved))
            .ToList());
}
