using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Facts;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Infrastructure.Content;

/// <summary>Writes a seed file's content into a draft version, one part at a time.</summary>
internal sealed class DisclosureContentMapper(ContentReader read)
{
    // What a table the seed leaves out is written as: no rows, no figures, no statement.
    private static readonly SummaryContent NoSummary =
        new(null, null, null, null, null, null, null, null, null, null, null, null, [], null, null, null, null, null);
    private static readonly AppropriationSummaryContent NoAppropriationSummary =
        new(null, null, null, null, null, null, null, null, null, [], null, null, null, null);

    /// <summary>
    /// Replaces every part of the draft with the seed's. A part the seed leaves out (null) is written
    /// empty rather than skipped, so the same seed gives the same content whether the draft was fresh
    /// or already held another version's content.
    /// </summary>
    public void Fill(DisclosureVersion version, DisclosureContent seed)
    {
        FillProfile(version, seed.Profile ?? new ProfileContent([], null, null));
        FillTables(version, seed.Tables);
        FillFacts(version, seed);
        FillExplanation(version, seed.Explanation ?? new ExplanationContent([], [], []));
        version.SetKeyWork((seed.KeyWork ?? []).Select((k, i) =>
            read.Guard($"keyWork[{i}]", () => new KeyWorkItem(read.Text(k.Title, KeyWorkItem.MaxTitleLength, $"keyWork[{i}].title"), read.Text(k.Goal, KeyWorkItem.MaxTextLength, $"keyWork[{i}].goal"),
                read.Text(k.Completion, KeyWorkItem.MaxTextLength, $"keyWork[{i}].completion")))));
        version.SetGlossary((seed.Glossary ?? []).Select((g, i) => read.Guard($"glossary[{i}]", () =>
            new GlossaryEntry(read.Text(g.Term, GlossaryEntry.MaxTermLength, $"glossary[{i}].term"),
                read.Text(g.Definition, GlossaryEntry.MaxDefinitionLength, $"glossary[{i}].definition"), read.OptionalFunctionCode(g.FunctionCode, $"glossary[{i}].functionCode")))));
        version.SetEvaluations((seed.Evaluations ?? []).Select((e, i) => Evaluation(e, $"evaluations[{i}]")).ToList());
        BasicDataMapping.Fill(version, seed.BasicData, read);
    }

    private void FillProfile(DisclosureVersion version, ProfileContent seed)
    {
        var staffing = seed.Staffing;
        var profile = new DepartmentProfile
        {
            Organization = read.Text(seed.Organization, DepartmentProfile.MaxOrganizationLength, "profile.organization"),
            Staffing = new Staffing
            {
                ActiveAdministrative = read.Count(staffing?.ActiveAdministrative, "profile.staffing.activeAdministrative"),
                ActiveInstitutional = read.Count(staffing?.ActiveInstitutional, "profile.staffing.activeInstitutional"),
                RetiredLixiu = read.Count(staffing?.RetiredLixiu, "profile.staffing.retiredLixiu"),
                RetiredTuixiu = read.Count(staffing?.RetiredTuixiu, "profile.staffing.retiredTuixiu"),
            },
        };
        var duties = seed.Duties.Select((d, i) => read.Guard($"profile.duties[{i}]", () => new DutyItem(read.Text(d, DutyItem.MaxTextLength, $"profile.duties[{i}]")))).ToList();
        version.SetProfile(profile, duties);
    }

    private void FillTables(DisclosureVersion version, TablesContent tables)
    {
        FillSummary(version, tables.T01 ?? NoSummary);

        var t02 = tables.T02 ?? new([], null);
        read.Guard("tables.t02", () => version.SetIncomeRows(t02.Rows.Select((r, i) =>
        {
            var at = $"tables.t02.rows[{i}]";
            return read.Guard(at, () => new IncomeRow(read.OptionalFunctionCode(r.Code, at + ".code"), read.Text(r.Name, FunctionRow.MaxNameLength, at + ".name"),
                read.Amount(r.Total, at + ".total"), read.Amount(r.FiscalAppropriation, at + ".fiscalAppropriation"),
                read.Amount(r.SuperiorSubsidy, at + ".superiorSubsidy"), read.Amount(r.BusinessIncome, at + ".businessIncome"),
                read.Amount(r.OperatingIncome, at + ".operatingIncome"),
                read.Amount(r.AffiliatedRemittance, at + ".affiliatedRemittance"), read.Amount(r.OtherIncome, at + ".otherIncome")));
        }).ToList().WithoutLoneBlankTotal()));
        SetEmptyStatement(version, PublishedTable.Income, t02.EmptyStatement);

        var t03 = tables.T03 ?? new([], null);
        read.Guard("tables.t03", () => version.SetExpenditureRows(t03.Rows.Select((r, i) =>
        {
            var at = $"tables.t03.rows[{i}]";
            return read.Guard(at, () => new ExpenditureRow(read.OptionalFunctionCode(r.Code, at + ".code"), read.Text(r.Name, FunctionRow.MaxNameLength, at + ".name"),
                read.Amount(r.Total, at + ".total"), read.Amount(r.Basic, at + ".basic"), read.Amount(r.Project, at + ".project"),
                read.Amount(r.RemittedToSuperior, at + ".remittedToSuperior"), read.Amount(r.Operating, at + ".operating"),
                read.Amount(r.SubsidyToAffiliates, at + ".subsidyToAffiliates")));
        }).ToList().WithoutLoneBlankTotal()));
        SetEmptyStatement(version, PublishedTable.Expenditure, t03.EmptyStatement);

        FillAppropriationSummary(version, tables.T04 ?? NoAppropriationSummary);

        var t05 = tables.T05 ?? new([], null);
        read.Guard("tables.t05", () => version.SetGeneralBudgetRows(t05.Rows.Select((r, i) =>
        {
            var at = $"tables.t05.rows[{i}]";
            return read.Guard(at, () => new GeneralBudgetRow(read.OptionalFunctionCode(r.Code, at + ".code"), read.Text(r.Name, FunctionRow.MaxNameLength, at + ".name"),
                read.Amount(r.Subtotal, at + ".subtotal"), read.Amount(r.Basic, at + ".basic"),
                read.Amount(r.Project, at + ".project"), read.Amount(r.InitialBudget, at + ".initialBudget")));
        }).ToList().WithoutLoneBlankTotal()));
        SetEmptyStatement(version, PublishedTable.GeneralBudgetExpenditure, t05.EmptyStatement);

        FillBasicExpenditure(version, tables.T06 ?? new([], null, null, null));

        var t07 = tables.T07 ?? new([], null);
        read.Guard("tables.t07", () => version.SetGovernmentFundRows(t07.Rows.Select((r, i) =>
        {
            var at = $"tables.t07.rows[{i}]";
            return read.Guard(at, () => new GovernmentFundRow(read.OptionalFunctionCode(r.Code, at + ".code"), read.Text(r.Name, FunctionRow.MaxNameLength, at + ".name"),
                read.Amount(r.OpeningBalance, at + ".openingBalance"), read.Amount(r.Income, at + ".income"),
                read.Amount(r.ExpenditureSubtotal, at + ".expenditureSubtotal"),
                read.Amount(r.ExpenditureBasic, at + ".expenditureBasic"),
                read.Amount(r.ExpenditureProject, at + ".expenditureProject"),
                read.Amount(r.ClosingBalance, at + ".closingBalance")));
        }).ToList().WithoutLoneBlankTotal()));
        SetEmptyStatement(version, PublishedTable.GovernmentFund, t07.EmptyStatement);

        var t08 = tables.T08 ?? new([], null);
        read.Guard("tables.t08", () => version.SetStateCapitalRows(t08.Rows.Select((r, i) =>
        {
            var at = $"tables.t08.rows[{i}]";
            return read.Guard(at, () => new StateCapitalRow(read.OptionalFunctionCode(r.Code, at + ".code"), read.Text(r.Name, FunctionRow.MaxNameLength, at + ".name"),
                read.Amount(r.Total, at + ".total"), read.Amount(r.Basic, at + ".basic"), read.Amount(r.Project, at + ".project")));
        }).ToList().WithoutLoneBlankTotal()));
        SetEmptyStatement(version, PublishedTable.StateCapital, t08.EmptyStatement);

        var t09 = tables.T09 ?? new(null, null, null);
        version.SetThreePublicCosts(new ThreePublicCosts
        {
            Budget = ThreePublicColumns(t09.Budget, "tables.t09.budget"),
            Actual = ThreePublicColumns(t09.Actual, "tables.t09.actual"),
        });
        SetEmptyStatement(version, PublishedTable.ThreePublicCosts, t09.EmptyStatement);
    }

    private void FillSummary(DisclosureVersion version, SummaryContent s)
    {
        const string at = "tables.t01";
        var summary = new IncomeExpenditureSummary
        {
            GeneralBudgetAppropriation = read.Amount(s.GeneralBudgetAppropriation, at + ".generalBudgetAppropriation"),
            GovernmentFundAppropriation = read.Amount(s.GovernmentFundAppropriation, at + ".governmentFundAppropriation"),
            StateCapitalAppropriation = read.Amount(s.StateCapitalAppropriation, at + ".stateCapitalAppropriation"),
            SuperiorSubsidy = read.Amount(s.SuperiorSubsidy, at + ".superiorSubsidy"),
            BusinessIncome = read.Amount(s.BusinessIncome, at + ".businessIncome"),
            OperatingIncome = read.Amount(s.OperatingIncome, at + ".operatingIncome"),
            AffiliatedRemittance = read.Amount(s.AffiliatedRemittance, at + ".affiliatedRemittance"),
            OtherIncome = read.Amount(s.OtherIncome, at + ".otherIncome"),
            IncomeTotal = read.Amount(s.IncomeTotal, at + ".incomeTotal"),
            NonFiscalBalanceUsed = read.Amount(s.NonFiscalBalanceUsed, at + ".nonFiscalBalanceUsed"),
            IncomeOpeningBalance = read.Amount(s.IncomeOpeningBalance, at + ".incomeOpeningBalance"),
            IncomeGrandTotal = read.Amount(s.IncomeGrandTotal, at + ".incomeGrandTotal"),
            ExpenditureTotal = read.Amount(s.ExpenditureTotal, at + ".expenditureTotal"),
            SurplusDistribution = read.Amount(s.SurplusDistribution, at + ".surplusDistribution"),
            ExpenditureClosingBalance = read.Amount(s.ExpenditureClosingBalance, at + ".expenditureClosingBalance"),
            ExpenditureGrandTotal = read.Amount(s.ExpenditureGrandTotal, at + ".expenditureGrandTotal"),
        };
        // A 类 line without an amount says nothing (every template prints one for each 类); it is not kept.
        var lines = s.Expenditure.Select((l, i) => (l, i)).Where(x => !string.IsNullOrWhiteSpace(x.l.Amount)).Select(x =>
        {
            var (l, i) = x;
            var line = $"{at}.expenditure[{i}]";
            return read.Guard(line, () => new SummaryExpenditureLine(read.FunctionCode(l.Code, line + ".code"),
                read.Text(l.Name, SummaryExpenditureLine.MaxNameLength, line + ".name") ?? l.Code, read.Amount(l.Amount, line + ".amount")));
        }).ToList();
        read.Guard(at, () => version.SetSummary(summary, lines));
        SetEmptyStatement(version, PublishedTable.IncomeExpenditureSummary, s.EmptyStatement);
    }

    private void FillAppropriationSummary(DisclosureVersion version, AppropriationSummaryContent s)
    {
        const string at = "tables.t04";
        var summary = new AppropriationSummary
        {
            GeneralBudgetIncome = read.Amount(s.GeneralBudgetIncome, at + ".generalBudgetIncome"),
            GovernmentFundIncome = read.Amount(s.GovernmentFundIncome, at + ".governmentFundIncome"),
            StateCapitalIncome = read.Amount(s.StateCapitalIncome, at + ".stateCapitalIncome"),
            IncomeTotal = read.Amount(s.IncomeTotal, at + ".incomeTotal"),
            OpeningBalanceTotal = read.Amount(s.OpeningBalanceTotal, at + ".openingBalanceTotal"),
            OpeningGeneralBudget = read.Amount(s.OpeningGeneralBudget, at + ".openingGeneralBudget"),
            OpeningGovernmentFund = read.Amount(s.OpeningGovernmentFund, at + ".openingGovernmentFund"),
            OpeningStateCapital = read.Amount(s.OpeningStateCapital, at + ".openingStateCapital"),
            IncomeGrandTotal = read.Amount(s.IncomeGrandTotal, at + ".incomeGrandTotal"),
            ExpenditureTotal = FundSplit(s.ExpenditureTotal, at + ".expenditureTotal"),
            ClosingBalance = FundSplit(s.ClosingBalance, at + ".closingBalance"),
            ExpenditureGrandTotal = FundSplit(s.ExpenditureGrandTotal, at + ".expenditureGrandTotal"),
        };
        var lines = s.Expenditure.Select((l, i) => (l, i))
            .Where(x => !new[] { x.l.Subtotal, x.l.GeneralBudget, x.l.GovernmentFund, x.l.StateCapital }.All(string.IsNullOrWhiteSpace))
            .Select(x =>
        {
            var (l, i) = x;
            var line = $"{at}.expenditure[{i}]";
            return read.Guard(line, () => new AppropriationExpenditureLine(read.FunctionCode(l.Code, line + ".code"),
                read.Text(l.Name, AppropriationExpenditureLine.MaxNameLength, line + ".name") ?? l.Code, FundSplit(new FundSplitContent(l.Subtotal, l.GeneralBudget, l.GovernmentFund, l.StateCapital), line)));
        }).ToList();
        read.Guard(at, () => version.SetAppropriationSummary(summary, lines));
        SetEmptyStatement(version, PublishedTable.AppropriationSummary, s.EmptyStatement);
    }

    private void FillBasicExpenditure(DisclosureVersion version, BasicExpenditureContent s)
    {
        var rows = s.Rows.Select((r, i) =>
        {
            var at = $"tables.t06.rows[{i}]";
            var code = read.EconomicCode(r.Code, at + ".code");
            var group = BasicExpenditureGroups.FromName(r.Group)
                ?? throw read.Error(at + ".group",
                    $"分组“{r.Group}”应为“{BasicExpenditureGroup.Personnel.Name()}”或“{BasicExpenditureGroup.Public.Name()}”。");
            if (group != BasicExpenditureRow.GroupOf(code))
            {
                throw read.Error(at + ".group", $"经济分类“{code}”不属于{r.Group}。");
            }
            return read.Guard(at, () => new BasicExpenditureRow(group, code, read.Text(r.Name, BasicExpenditureRow.MaxNameLength, at + ".name"), read.Amount(r.Amount, at + ".amount")));
        }).ToList();
        var totals = new BasicExpenditureTotals
        {
            PersonnelTotal = read.Amount(s.PersonnelTotal, "tables.t06.personnelTotal"),
            PublicTotal = read.Amount(s.PublicTotal, "tables.t06.publicTotal"),
        };
        read.Guard("tables.t06", () => version.SetBasicExpenditure(rows, totals));
        SetEmptyStatement(version, PublishedTable.BasicExpenditureDetail, s.EmptyStatement);
    }

    private void FillFacts(DisclosureVersion version, DisclosureContent seed)
    {
        var d = seed.ThreePublicDetails;
        var details = new ThreePublicDetails
        {
            TripGroups = read.Count(d?.TripGroups, "threePublicDetails.tripGroups"),
            TripPersons = read.Count(d?.TripPersons, "threePublicDetails.tripPersons"),
            VehiclesPurchased = read.Count(d?.VehiclesPurchased, "threePublicDetails.vehiclesPurchased"),
            FleetAtYearEnd = read.Count(d?.FleetAtYearEnd, "threePublicDetails.fleetAtYearEnd"),
            VehicleOperationUse = read.Text(d?.VehicleOperationUse, ThreePublicDetails.MaxTextLength, "threePublicDetails.vehicleOperationUse"),
            ReceptionBatches = read.Count(d?.ReceptionBatches, "threePublicDetails.receptionBatches"),
            ReceptionPersons = read.Count(d?.ReceptionPersons, "threePublicDetails.receptionPersons"),
            ReceptionVisitors = read.Text(d?.ReceptionVisitors, ThreePublicDetails.MaxTextLength, "threePublicDetails.receptionVisitors"),
        };
        var operating = new OperatingCosts
        {
            Amount = read.Amount(seed.OperatingCosts?.Amount, "operatingCosts.amount"),
            InitialBudget = read.Amount(seed.OperatingCosts?.InitialBudget, "operatingCosts.initialBudget"),
        };
        var p = seed.Procurement;
        var procurement = new GovernmentProcurement
        {
            Total = read.Amount(p?.Total, "procurement.total"),
            Goods = read.Amount(p?.Goods, "procurement.goods"),
            Works = read.Amount(p?.Works, "procurement.works"),
            Services = read.Amount(p?.Services, "procurement.services"),
            AwardedToSmes = read.Amount(p?.AwardedToSmes, "procurement.awardedToSmes"),
            AwardedToMicroAndSmall = read.Amount(p?.AwardedToMicroAndSmall, "procurement.awardedToMicroAndSmall"),
            GoodsToSmes = read.Amount(p?.GoodsToSmes, "procurement.goodsToSmes"),
            WorksToSmes = read.Amount(p?.WorksToSmes, "procurement.worksToSmes"),
            ServicesToSmes = read.Amount(p?.ServicesToSmes, "procurement.servicesToSmes"),
        };
        var a = seed.Assets;
        var assets = new AssetHoldings
        {
            SeniorLeaderVehicles = read.Count(a?.SeniorLeaderVehicles, "assets.seniorLeaderVehicles"),
            PrincipalLeaderVehicles = read.Count(a?.PrincipalLeaderVehicles, "assets.principalLeaderVehicles"),
            ConfidentialCommunicationVehicles = read.Count(a?.ConfidentialCommunicationVehicles, "assets.confidentialCommunicationVehicles"),
            EmergencyVehicles = read.Count(a?.EmergencyVehicles, "assets.emergencyVehicles"),
            LawEnforcementVehicles = read.Count(a?.LawEnforcementVehicles, "assets.lawEnforcementVehicles"),
            SpecialTechnicalVehicles = read.Count(a?.SpecialTechnicalVehicles, "assets.specialTechnicalVehicles"),
            RetiredCadreVehicles = read.Count(a?.RetiredCadreVehicles, "assets.retiredCadreVehicles"),
            OtherVehicles = read.Count(a?.OtherVehicles, "assets.otherVehicles"),
            GeneralEquipmentOver500K = read.Count(a?.GeneralEquipmentOver500K, "assets.generalEquipmentOver500K"),
            SpecialEquipmentOver1M = read.Count(a?.SpecialEquipmentOver1M, "assets.specialEquipmentOver1M"),
        };
        version.SetFacts(details, operating, procurement, assets);
    }

    private void FillExplanation(DisclosureVersion version, ExplanationContent s)
    {
        var texts = s.Texts.Select((t, i) => read.Guard($"explanation.texts[{i}]", () => new ExplanationText(t.Item, t.Key,
            read.Text(t.Text, ExplanationText.MaxTextLength, $"explanation.texts[{i}].text"), t.CarriedFromYear))).ToList();
        var figures = s.Figures.Select((f, i) =>
        {
            var at = $"explanation.figures[{i}]";
            var kind = f.Kind switch
            {
                "prior-year" => NarrativeFigureKind.PriorYear,
                "stated" => NarrativeFigureKind.Stated,
                "entered" => NarrativeFigureKind.Entered,
                _ => throw read.Error(at + ".kind", $"“{f.Kind}”应为“prior-year”“stated”或“entered”。"),
            };
            return read.Guard(at, () => new NarrativeFigure(kind, f.Key, read.RequiredAmount(f.Amount, at + ".amount")));
        }).ToList();
        var projects = s.Projects.Select((p, i) =>
        {
            var at = $"explanation.projects[{i}]";
            return read.Guard(at, () => new ProjectSummary(read.Text(p.Name, ProjectSummary.MaxNameLength, at + ".name"), read.Amount(p.Budget, at + ".budget"),
                read.Amount(p.Executed, at + ".executed"), read.Text(p.Outputs, ProjectSummary.MaxTextLength, at + ".outputs"),
                read.Text(p.Problems, ProjectSummary.MaxTextLength, at + ".problems"), read.Text(p.NextSteps, ProjectSummary.MaxTextLength, at + ".nextSteps")));
        }).ToList();
        read.Guard("explanation", () => version.SetExplanation(texts, figures, projects));
    }

    private PerformanceEvaluation Evaluation(EvaluationContent s, string at)
    {
        var kind = EvaluationKindText.Parse(s.Kind) ?? throw read.Error(at + ".kind", $"“{s.Kind}”应为“整体”或“项目”。");
        var evaluation = read.Guard(at, () => new PerformanceEvaluation(kind, read.Text(s.Name, PerformanceEvaluation.MaxNameLength, at + ".name")));
        evaluation.SupervisingDepartment = read.Text(s.SupervisingDepartment, PerformanceEvaluation.MaxAttributeLength, at + ".supervisingDepartment");
        evaluation.ImplementingUnit = read.Text(s.ImplementingUnit, PerformanceEvaluation.MaxAttributeLength, at + ".implementingUnit");
        evaluation.Category = read.Text(s.Category, PerformanceEvaluation.MaxAttributeLength, at + ".category");
        evaluation.Attribute = read.Text(s.Attribute, PerformanceEvaluation.MaxAttributeLength, at + ".attribute");
        evaluation.ProjectType = read.Text(s.ProjectType, PerformanceEvaluation.MaxAttributeLength, at + ".projectType");
        var funds = (s.Funds ?? []).Select((f, i) =>
        {
            var place = $"{at}.funds[{i}]";
            var line = FundLines.Parse(f.Line) is { } known && FundLines.Of(kind).Contains(known) ? known
                : throw read.Error(place + ".line", $"“{f.Line}”不是{kind.ToContent()}自评表资金情况的行。");
            return new PerformanceFundLine(line, read.Amount(f.InitialBudget, place + ".initialBudget"),
                read.Amount(f.FullYearBudget, place + ".fullYearBudget"), read.Amount(f.Executed, place + ".executed"));
        }).ToList();
        read.Guard(at + ".funds", () => evaluation.SetFunds(funds));
        evaluation.FundWeight = read.Score(s.FundWeight, at + ".fundWeight");
        evaluation.ExecutionRate = read.Rate(s.ExecutionRate, PerformanceEvaluation.MaxExecutionRateLength, at + ".executionRate");
        evaluation.FundScore = read.Score(s.FundScore, at + ".fundScore");
        for (var g = 0; g < (s.Groups ?? []).Count; g++)
        {
            var group = s.Groups![g];
            var place = $"{at}.groups[{g}]";
            read.Guard(place, () => evaluation.AddGroup(read.Text(group.Level1, PerformanceIndicator.MaxLevel1Length, place + ".level1"),
                read.Score(group.Weight, place + ".weight")!.Value));
        }
        evaluation.TotalScore = read.Score(s.TotalScore, at + ".totalScore");
        evaluation.Grade = read.Text(s.Grade, PerformanceEvaluation.MaxGradeLength, at + ".grade");
        evaluation.DeviationAnalysis = read.Text(s.DeviationAnalysis, PerformanceEvaluation.MaxTextLength, at + ".deviationAnalysis");
        evaluation.Improvement = read.Text(s.Improvement, PerformanceEvaluation.MaxTextLength, at + ".improvement");
        evaluation.Report = read.Text(s.Report, PerformanceEvaluation.MaxReportLength, at + ".report");
        for (var g = 0; g < s.Goals.Count; g++)
        {
            var goalSeed = s.Goals[g];
            var goal = evaluation.AddGoal(read.Text(goalSeed.Text, PerformanceGoal.MaxTextLength, $"{at}.goals[{g}].text"),
                read.Text(goalSeed.Achieved, PerformanceGoal.MaxTextLength, $"{at}.goals[{g}].achieved"));
            for (var i = 0; i < goalSeed.Indicators.Count; i++)
            {
                var n = goalSeed.Indicators[i];
                var place = $"{at}.goals[{g}].indicators[{i}]";
                [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
                string? Indicator(string? text, int max, string field) => read.Text(text, max, $"{place}.{field}");
                read.Guard($"{at}.goals[{g}].indicators[{i}]",
                    () => goal.AddIndicator(Indicator(n.Level1, PerformanceIndicator.MaxLevel1Length, "level1"),
                        Indicator(n.Level2, PerformanceIndicator.MaxLevel2Length, "level2"), Indicator(n.Level3, PerformanceIndicator.MaxTextLength, "level3"),
                        Indicator(n.Target, PerformanceIndicator.MaxTextLength, "target"), Indicator(n.Actual, PerformanceIndicator.MaxTextLength, "actual"),
                        read.Score(n.Weight, $"{place}.weight"), read.Score(n.Score, $"{place}.score"),
                        Indicator(n.Deviation, PerformanceIndicator.MaxDeviationLength, "deviation")));
            }
        }
        return evaluation;
    }

    private FundSplit FundSplit(FundSplitContent? s, string at) => new()
    {
        Subtotal = read.Amount(s?.Subtotal, at + ".subtotal"),
        GeneralBudget = read.Amount(s?.GeneralBudget, at + ".generalBudget"),
        GovernmentFund = read.Amount(s?.GovernmentFund, at + ".governmentFund"),
        StateCapital = read.Amount(s?.StateCapital, at + ".stateCapital"),
    };

    private ThreePublicColumns ThreePublicColumns(ThreePublicColumnsContent? s, string at) => new()
    {
        Total = read.Amount(s?.Total, at + ".total"),
        Abroad = read.Amount(s?.Abroad, at + ".abroad"),
        VehicleSubtotal = read.Amount(s?.VehicleSubtotal, at + ".vehicleSubtotal"),
        VehiclePurchase = read.Amount(s?.VehiclePurchase, at + ".vehiclePurchase"),
        VehicleOperation = read.Amount(s?.VehicleOperation, at + ".vehicleOperation"),
        Reception = read.Amount(s?.Reception, at + ".reception"),
    };

    private void SetEmptyStatement(DisclosureVersion version, PublishedTable table, string? text) =>
        version.SetEmptyStatement(table, read.Text(text, EmptyTableStatement.MaxTextLength, $"tables.t{table.Key()}.emptyStatement"));
}

internal static class CodedRowLists
{
    /// <summary>
    /// The rows, without a blank 合计 row that stands alone: a table without coded rows and without
    /// amounts is empty, however it came in (a template prints a blank 合计 row on every sheet). A table
    /// with coded rows keeps its 合计 row, blank or not. So content has one form whichever way it came
    /// in, and a round trip through the template changes nothing.
    /// </summary>
    public static List<TRow> WithoutLoneBlankTotal<TRow>(this List<TRow> rows) where TRow : FunctionRow =>
        rows.All(r => r.IsTotal) && rows.All(r => r.Cells.All(c => c is null)) ? [] : rows;
}
