using System.ComponentModel;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Web.Api;

/// <summary>
/// A whole published disclosure as open data: the six parts in order, the nine tables as lines and as
/// the printed grid, and the figures the domain computed from them. Built from one
/// <see cref="DisclosureAnalysis"/>, so it says what the page and the PDF say.
/// </summary>
[Description("一个已公开版本的部门决算公开全文。A whole published version of a departmental final-accounts disclosure.")]
public sealed record DisclosureDto(
    DisclosureHeaderDto Header,
    [property: Description("第一部分 概况。Part 1: duties, organization and staffing.")] ProfileDto Profile,
    [property: Description("第二部分 公开01–09表。Part 2: the nine tables.")] IReadOnlyList<TableDto> Tables,
    [property: Description("由表中数据计算的主要数字。Key figures computed from the tables.")] FiguresDto Figures,
    [property: Description("第三部分 决算情况说明。Part 3: the explanation, with its charts' data.")] ExplanationDto Explanation,
    [property: Description("第四部分 重点工作完成情况。Part 4: key work.")] IReadOnlyList<KeyWorkDto> KeyWork,
    [property: Description("第五部分 名词解释。Part 5: glossary.")] IReadOnlyList<GlossaryEntryDto> Glossary,
    [property: Description("第六部分 附件：绩效自评。Part 6: performance self-evaluations.")] IReadOnlyList<EvaluationDto> Evaluations,
    VersionLinksDto Links)
{
    public static DisclosureDto From(DisclosureAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var header = analysis.Header;
        var version = analysis.Version;
        return new DisclosureDto(
            DisclosureHeaderDto.From(analysis),
            new ProfileDto([.. version.Duties.Select(d => d.Text)], version.Profile.Organization, StaffingDto.From(version.Profile.Staffing)),
            [.. analysis.Tables.Select(t => OpenDataTables.From(analysis, t))],
            FiguresDto.From(analysis),
            ExplanationDto.From(analysis),
            [.. version.KeyWork.Select(k => new KeyWorkDto(k.Title, k.Goal, k.Completion))],
            [.. version.Glossary.Select(g => new GlossaryEntryDto(g.Term, g.Definition, g.FunctionCode?.Value))],
            [.. version.Evaluations.Select(EvaluationDto.From)],
            VersionLinksDto.For(header.DepartmentCode, header.Year, header.Version));
    }

    /// <summary>"2024年度硚口区司法局部门决算公开（第1版）.json".</summary>
    public static string FileName(DisclosureHeader header) => $"{ExportNaming.BaseName(header)}.json";
}

public sealed record DisclosureHeaderDto(
    RegionDto Region,
    DepartmentDto Department,
    int Year,
    int Version,
    [property: Description("Always \"published\": the API shows nothing else.")] string Status,
    [property: Description("已公开")] string StatusName,
    [property: Description("e.g. 2024年度硚口区司法局部门决算公开")] string Title,
    [property: Description("The 单位 line of every table.")] string ReportingUnit,
    [property: Description("The date printed on the cover.")] DateOnly? PublishedOn,
    [property: Description("What a correction version corrects; absent on a first version.")] string? CorrectionNote)
{
    internal static DisclosureHeaderDto From(DisclosureAnalysis analysis)
    {
        var h = analysis.Header;
        return new DisclosureHeaderDto(new RegionDto(h.RegionCode, h.RegionName), new DepartmentDto(h.DepartmentCode, h.DepartmentName),
            h.Year, h.Version, h.Status.ToString().ToLowerInvariant(), h.Status.ToChinese(), h.Title, h.ReportingUnit,
            h.PublishedOn, analysis.Version.CorrectionNote);
    }
}

[Description("金额：yuan 为精确的元，wanYuan 为四舍五入到两位小数的万元（与公开表一致）。An amount: exact in yuan, and in 10,000 yuan rounded to two decimals as the tables print it.")]
public sealed record AmountDto(decimal Yuan, decimal WanYuan)
{
    internal static AmountDto? From(Money? money) => money is { } m ? new AmountDto(m.Yuan, m.DisplayWanYuan) : null;
}

[Description("百分比，按说明的口径四舍五入。A percentage, rounded as the explanation prints it.")]
public sealed record PercentDto([property: Description("e.g. 71.1 for 71.1%")] decimal Value, [property: Description("e.g. \"71.1%\"")] string Text)
{
    internal static PercentDto? From(Percentage? percentage) =>
        percentage is { } p ? new PercentDto(p.Rounded, p.ToString()) : null;
}

public sealed record ProfileDto(
    [property: Description("一、部门主要职责, one numbered duty each.")] IReadOnlyList<string> Duties,
    [property: Description("二、机构设置, paragraphs separated by newlines.")] string? Organization,
    [property: Description("三、部门人员构成")] StaffingDto Staffing);

public sealed record StaffingDto(
    [property: Description("在职实有人数：行政")] int? ActiveAdministrative,
    [property: Description("在职实有人数：事业")] int? ActiveInstitutional,
    [property: Description("离休")] int? RetiredLixiu,
    [property: Description("退休")] int? RetiredTuixiu)
{
    internal static StaffingDto From(Staffing s) => new(s.ActiveAdministrative, s.ActiveInstitutional, s.RetiredLixiu, s.RetiredTuixiu);
}

public sealed record KeyWorkDto(
    [property: Description("重要事项")] string Title,
    [property: Description("工作内容及目标")] string? Goal,
    [property: Description("完成情况")] string? Completion);

public sealed record GlossaryEntryDto(string Term, string Definition,
    [property: Description("The 功能分类 code the entry explains, if any.")] string? FunctionCode);

/// <summary>The figures <see cref="DisclosureFigures"/> computed; nothing here is computed again.</summary>
public sealed record FiguresDto(
    [property: Description("Every named total with last year's figure and the change, by key (e.g. \"expenditure-total\").")]
    IReadOnlyList<KeyFigureDto> Totals,
    [property: Description("Where last year's figures come from.")] PriorYearDto PriorYear,
    [property: Description("收入构成：本年收入合计的组成及占比。")] IReadOnlyList<FigurePartDto> IncomeComposition,
    [property: Description("支出构成：本年支出合计的组成及占比。")] IReadOnlyList<FigurePartDto> ExpenditureComposition,
    [property: Description("一般公共预算财政拨款支出占本年支出合计的比例。")] PercentDto? GeneralBudgetShareOfExpenditure,
    [property: Description("一般公共预算财政拨款支出按类的结构。")] IReadOnlyList<FigurePartDto> GeneralBudgetClasses,
    ThreePublicDetailsDto ThreePublicDetails,
    ProcurementDto Procurement,
    AssetsDto Assets,
    [property: Description("开展绩效自评的项目个数。")] int ProjectsEvaluated)
{
    internal static FiguresDto From(DisclosureAnalysis analysis)
    {
        var figures = analysis.Figures;
        var prior = analysis.PriorYear;
        return new FiguresDto(
            [
                .. figures.Keyed.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new KeyFigureDto(
                    f.Key, DisclosureFigures.Keys.Label(f.Key), AmountDto.From(f.Value)!, AmountDto.From(prior[f.Key]),
                    ChangeDto.From(Change.Between(f.Value, prior[f.Key])))),
            ],
            new PriorYearDto(prior.Year.Value, prior.HasPublishedDisclosure),
            [.. figures.IncomeComposition.Select(FigurePartDto.From)],
            [.. figures.ExpenditureComposition.Select(FigurePartDto.From)],
            PercentDto.From(figures.GeneralBudgetShareOfExpenditure),
            [.. figures.GeneralBudgetClasses.Select(FigurePartDto.From)],
            ThreePublicDetailsDto.From(analysis.Version.ThreePublicDetails),
            ProcurementDto.From(figures.Procurement),
            AssetsDto.From(figures.Assets),
            figures.ProjectsEvaluated);
    }
}

public sealed record KeyFigureDto(
    [property: Description("A stable key, e.g. \"grand-total\", \"three-public.reception.budget\".")] string Key,
    [property: Description("e.g. 收支总计")] string Label,
    AmountDto Amount,
    [property: Description("Last year's figure, when known.")] AmountDto? PriorYear,
    [property: Description("The change against last year, when it is known.")] ChangeDto? Change);

public sealed record ChangeDto(
    [property: Description("This year minus last year; negative for a decrease.")] AmountDto Difference,
    [property: Description("The size of the change as a percentage of last year's figure; absent when that is zero.")] PercentDto? Rate,
    [property: Description("增加, 减少 or 持平")] string Direction)
{
    internal static ChangeDto? From(Change? change) => change is null
        ? null
        : new ChangeDto(AmountDto.From(change.Difference)!, PercentDto.From(change.Rate),
            change.IsUnchanged ? "持平" : change.AmountVerb);
}

public sealed record PriorYearDto(int Year,
    [property: Description("True when last year's figures come from the department's published disclosure on this portal; false when staff entered them.")]
    bool FromPublishedDisclosure);

public sealed record FigurePartDto(string Label, AmountDto? Amount, PercentDto? Share)
{
    internal static FigurePartDto From(FigurePart part) => new(part.Label, AmountDto.From(part.Amount), PercentDto.From(part.Share));
}

[Description("“三公”经费的数量信息（说明 九）。")]
public sealed record ThreePublicDetailsDto(
    [property: Description("因公出国（境）团组数")] int? TripGroups,
    [property: Description("因公出国（境）人次")] int? TripPersons,
    [property: Description("本年度购置公务用车辆数")] int? VehiclesPurchased,
    [property: Description("年末公务用车保有量")] int? FleetAtYearEnd,
    [property: Description("公务用车运行维护费主要用于")] string? VehicleOperationUse,
    [property: Description("国内公务接待批次")] int? ReceptionBatches,
    [property: Description("国内公务接待人次")] int? ReceptionPersons,
    [property: Description("接待对象")] string? ReceptionVisitors)
{
    internal static ThreePublicDetailsDto From(Domain.Facts.ThreePublicDetails d) => new(
        d.TripGroups, d.TripPersons, d.VehiclesPurchased, d.FleetAtYearEnd, d.VehicleOperationUse,
        d.ReceptionBatches, d.ReceptionPersons, d.ReceptionVisitors);
}

[Description("政府采购（说明 十一）。")]
public sealed record ProcurementDto(
    AmountDto? Total, AmountDto? Goods, AmountDto? Works, AmountDto? Services,
    [property: Description("授予中小企业合同金额")] AmountDto? AwardedToSmes,
    [property: Description("其中授予小微企业合同金额")] AmountDto? AwardedToMicroAndSmall,
    AmountDto? GoodsToSmes, AmountDto? WorksToSmes, AmountDto? ServicesToSmes)
{
    internal static ProcurementDto From(Domain.Facts.GovernmentProcurement p) => new(
        AmountDto.From(p.Total), AmountDto.From(p.Goods), AmountDto.From(p.Works), AmountDto.From(p.Services),
        AmountDto.From(p.AwardedToSmes), AmountDto.From(p.AwardedToMicroAndSmall),
        AmountDto.From(p.GoodsToSmes), AmountDto.From(p.WorksToSmes), AmountDto.From(p.ServicesToSmes));
}

[Description("国有资产占用（说明 十二）：车辆按用途的数量与大型设备台（套）数。")]
public sealed record AssetsDto(
    [property: Description("副部（省）级及以上领导用车")] int? SeniorLeaderVehicles,
    [property: Description("主要领导干部用车")] int? PrincipalLeaderVehicles,
    [property: Description("机要通信用车")] int? ConfidentialCommunicationVehicles,
    [property: Description("应急保障用车")] int? EmergencyVehicles,
    [property: Description("执法执勤用车")] int? LawEnforcementVehicles,
    [property: Description("特种专业技术用车")] int? SpecialTechnicalVehicles,
    [property: Description("离退休干部用车")] int? RetiredCadreVehicles,
    [property: Description("其他用车")] int? OtherVehicles,
    [property: Description("车辆合计")] int? TotalVehicles,
    [property: Description("单位价值50万元以上通用设备")] int? GeneralEquipmentOver500K,
    [property: Description("单位价值100万元以上专用设备")] int? SpecialEquipmentOver1M)
{
    internal static AssetsDto From(Domain.Facts.AssetHoldings a) => new(
        a.SeniorLeaderVehicles, a.PrincipalLeaderVehicles, a.ConfidentialCommunicationVehicles, a.EmergencyVehicles,
        a.LawEnforcementVehicles, a.SpecialTechnicalVehicles, a.RetiredCadreVehicles, a.OtherVehicles, a.TotalVehicles,
        a.GeneralEquipmentOver500K, a.SpecialEquipmentOver1M);
}

public sealed record ExplanationDto(
    [property: Description("e.g. 第三部分 区司法局2024年度部门决算情况说明")] string Heading,
    [property: Description("The thirteen numbered items.")] IReadOnlyList<ExplanationSectionDto> Sections)
{
    internal static ExplanationDto From(DisclosureAnalysis analysis) => new(
        DisclosureHeadings.Explanation(analysis.Header.DepartmentShortName, new FiscalYear(analysis.Header.Year)),
        [
            .. analysis.Explanation.Sections.Select(s => new ExplanationSectionDto(s.Item, s.Heading,
                [.. s.Blocks.Select(b => new ExplanationBlockDto(b.Heading, [.. b.Paragraphs.Select(p => p.Text)], ChartDto.From(b.Chart)))])),
        ]);
}

public sealed record ExplanationSectionDto(int Item, string Heading, IReadOnlyList<ExplanationBlockDto> Blocks);

public sealed record ExplanationBlockDto(string? Heading, IReadOnlyList<string> Paragraphs,
    [property: Description("The chart (图1–图4) drawn under the block, as data.")] ChartDto? Chart);

public sealed record ChartDto(int Number, string Title,
    [property: Description("\"bars\" (categories × series) or \"pie\".")] string Kind,
    IReadOnlyList<ChartPointDto> Points)
{
    internal static ChartDto? From(Chart? chart) => chart is null
        ? null
        : new ChartDto(chart.Number, chart.Title, chart.Kind == ChartKind.Pie ? "pie" : "bars",
            [.. chart.Points.Select(p => new ChartPointDto(p.Category, p.Series, AmountDto.From(p.Amount)!, PercentDto.From(p.Share)))]);
}

public sealed record ChartPointDto(
    [property: Description("A year, or a part's name.")] string Category,
    string? Series,
    AmountDto Amount,
    [property: Description("A slice's share of the pie.")] PercentDto? Share);

[Description("绩效自评表（整体或项目）。A performance self-evaluation, the department's overall one or a project's, as the standard forms print it.")]
public sealed record EvaluationDto(
    [property: Description("\"overall\" (整体绩效自评表) or \"project\" (项目绩效自评表).")] string Kind,
    [property: Description("项目名称, or the unit's name for an overall evaluation.")] string Name,
    [property: Description("主管部门")] string? SupervisingDepartment,
    [property: Description("实施单位")] string? ImplementingUnit,
    [property: Description("项目类别")] string? Category,
    [property: Description("项目属性")] string? Attribute,
    [property: Description("项目类型")] string? ProjectType,
    [property: Description("资金情况: the fund block's rows that hold an amount.")] IReadOnlyList<FundLineDto> Funds,
    [property: Description("年度资金总额的分值")] decimal? FundWeight,
    [property: Description("执行率 as published (text, e.g. \"91.00%\").")] string? ExecutionRate,
    [property: Description("执行率 computed from 全年执行数 / 全年预算数, in percent to two decimals.")] decimal? ComputedExecutionRate,
    [property: Description("年度资金总额的得分 as published.")] decimal? FundScore,
    [property: Description("年度资金总额的得分 computed: 执行率 × 分值, capped at 分值.")] decimal? ComputedFundScore,
    [property: Description("Weights printed in the 一级 groups' headings (产出指标 50 分).")] IReadOnlyList<IndicatorGroupDto> Groups,
    [property: Description("总分 as published, with the decimals entered.")] decimal? TotalScore,
    [property: Description("Σ得分 of the execution line and the indicators.")] decimal? ComputedTotalScore,
    [property: Description("自评等级")] string? Grade,
    [property: Description("年度目标 (预期目标 | 实际完成情况) with their indicators.")] IReadOnlyList<GoalDto> Goals,
    [property: Description("偏差大或目标未完成原因分析")] string? DeviationAnalysis,
    [property: Description("改进措施及结果应用方案")] string? Improvement,
    [property: Description("自评报告")] string? Report)
{
    internal static EvaluationDto From(PerformanceEvaluation e) => new(
        e.Kind == EvaluationKind.Overall ? "overall" : "project", e.Name, e.SupervisingDepartment, e.ImplementingUnit,
        e.Category, e.Attribute, e.ProjectType,
        [.. e.Funds.Select(f => new FundLineDto(f.Line.Key(), f.Line.Label(),
            AmountDto.From(f.InitialBudget), AmountDto.From(f.FullYearBudget), AmountDto.From(f.Executed)))],
        e.FundWeight, e.ExecutionRate, EvaluationScoring.ExecutionRate(e), e.FundScore, EvaluationScoring.FundScore(e),
        [.. e.Groups.Select(g => new IndicatorGroupDto(g.Level1, g.Weight))],
        e.TotalScore, EvaluationScoring.SuggestedTotal(e), e.Grade,
        [
            .. e.Goals.Select(g => new GoalDto(g.Text, g.Achieved,
                [.. g.Indicators.Select(i => new IndicatorDto(i.Level1, i.Level2, i.Level3, i.Target, i.Actual, i.Weight, i.Score, i.Deviation))])),
        ],
        e.DeviationAnalysis, e.Improvement, e.Report);
}

public sealed record FundLineDto(
    [property: Description("Row key: total, current-appropriation, carried-over, other, income-appropriation, income-other, basic, project.")] string Line,
    [property: Description("The row as printed: 年度资金总额, 其中：当年财政拨款 …")] string Label,
    [property: Description("年初预算数")] AmountDto? InitialBudget,
    [property: Description("全年预算数")] AmountDto? FullYearBudget,
    [property: Description("全年执行数")] AmountDto? Executed);

public sealed record IndicatorGroupDto([property: Description("一级指标")] string Level1, [property: Description("分值")] decimal Weight);

public sealed record GoalDto(
    [property: Description("年度目标（预期目标）")] string? Text,
    [property: Description("实际完成情况")] string? Achieved,
    IReadOnlyList<IndicatorDto> Indicators);

public sealed record IndicatorDto(
    [property: Description("一级指标")] string Level1,
    [property: Description("二级指标")] string? Level2,
    [property: Description("三级指标")] string Level3,
    [property: Description("年度指标值 as published")] string? Target,
    [property: Description("实际完成值 as published")] string? Actual,
    [property: Description("分值, with the decimals entered")] decimal? Weight,
    [property: Description("得分, with the decimals entered")] decimal? Score,
    [property: Description("偏差原因分析及改进措施")] string? Deviation);
