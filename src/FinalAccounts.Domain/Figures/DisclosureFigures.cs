using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Facts;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Figures;

/// <summary>A labelled part of a whole, e.g. 基本支出 within 本年支出合计.</summary>
public sealed record FigurePart(string Label, Money? Amount, Percentage? Share);

/// <summary>
/// The figures a disclosure states outside its tables — totals, compositions, shares — computed once
/// from the tables and facts of one version. The 说明, the charts, the validator, the pages, the PDF
/// and the API all read them from here.
/// </summary>
public sealed class DisclosureFigures
{
    private readonly Dictionary<string, Money> _keyed = new(StringComparer.Ordinal);

    private DisclosureFigures(DisclosureVersion version)
    {
        var summary = version.Summary;
        GrandTotal = summary.IncomeGrandTotal ?? summary.ExpenditureGrandTotal;
        IncomeTotal = summary.IncomeTotal;
        ExpenditureTotal = summary.ExpenditureTotal;
        FiscalAppropriationIncome = new[]
        {
            summary.GeneralBudgetAppropriation, summary.GovernmentFundAppropriation, summary.StateCapitalAppropriation,
        }.Sum();
        IncomeComposition = Parts(IncomeTotal,
            ("财政拨款收入", FiscalAppropriationIncome), ("上级补助收入", summary.SuperiorSubsidy),
            ("事业收入", summary.BusinessIncome), ("经营收入", summary.OperatingIncome),
            ("附属单位上缴收入", summary.AffiliatedRemittance), ("其他收入", summary.OtherIncome));

        var expenditure = version.ExpenditureRows.FirstOrDefault(r => r.IsTotal);
        BasicExpenditure = expenditure?.Basic;
        ProjectExpenditure = expenditure?.Project;
        ExpenditureComposition = Parts(expenditure?.Total ?? ExpenditureTotal,
            ("基本支出", expenditure?.Basic), ("项目支出", expenditure?.Project),
            ("上缴上级支出", expenditure?.RemittedToSuperior), ("经营支出", expenditure?.Operating),
            ("对附属单位补助支出", expenditure?.SubsidyToAffiliates));

        var appropriation = version.AppropriationSummary;
        AppropriationGrandTotal = appropriation.IncomeGrandTotal ?? appropriation.ExpenditureGrandTotal.Subtotal;
        GeneralBudgetIncome = appropriation.GeneralBudgetIncome;

        var generalBudget = version.GeneralBudgetRows.FirstOrDefault(r => r.IsTotal);
        GeneralBudgetExpenditure = generalBudget?.Subtotal ?? appropriation.ExpenditureTotal.GeneralBudget;
        GeneralBudgetBasic = generalBudget?.Basic;
        GeneralBudgetProject = generalBudget?.Project;
        GeneralBudgetInitialBudget = generalBudget?.InitialBudget;
        GeneralBudgetShareOfExpenditure = Percentage.Of(GeneralBudgetExpenditure, ExpenditureTotal, PercentKind.Share);
        GeneralBudgetClasses = version.GeneralBudgetRows
            .Where(r => r.Code is { Level: Classification.FunctionLevel.Class })
            .Select(r => new FigurePart(r.Name, r.Subtotal, Percentage.Of(r.Subtotal, GeneralBudgetExpenditure, PercentKind.ClassShare)))
            .ToList();

        BasicExpenditureDetail = new BasicExpenditureBreakdown(version.BasicExpenditureRows);
        PersonnelCosts = version.BasicExpenditureTotals.PersonnelTotal ?? BasicExpenditureDetail.GroupTotal(BasicExpenditureGroup.Personnel);
        PublicCosts = version.BasicExpenditureTotals.PublicTotal ?? BasicExpenditureDetail.GroupTotal(BasicExpenditureGroup.Public);

        ThreePublicBudget = version.ThreePublicCosts.Budget;
        ThreePublicActual = version.ThreePublicCosts.Actual;
        OperatingCosts = version.OperatingCosts;
        Procurement = version.Procurement;
        Assets = version.Assets;

        var overall = version.Evaluations.FirstOrDefault(e => e.Kind == EvaluationKind.Overall);
        OverallEvaluation = overall;
        var projects = version.Evaluations.Where(e => e.Kind == EvaluationKind.Project).ToList();
        ProjectsEvaluated = projects.Count > 0 ? projects.Count : version.ProjectSummaries.Count;
        // As staff stated them (a department may count funds its 附件 do not list), else Σ 全年执行数 of
        // the project evaluations when every one prints it.
        FundsEvaluated = version.NarrativeFigures
                             .FirstOrDefault(f => f.Kind == NarrativeFigureKind.Entered && f.Key == Keys.PerformanceEvaluatedFunds)?.Amount
                         ?? (projects.Count > 0 && projects.All(p => p.Executed is not null)
                             ? projects.Aggregate(Money.Zero, (sum, p) => sum + p.Executed!.Value)
                             : null);

        Index();
    }

    public static DisclosureFigures Compute(DisclosureVersion version) => new(version);

    /// <summary>收支总计 (公开01表 收入总计).</summary>
    public Money? GrandTotal { get; }
    /// <summary>本年收入合计.</summary>
    public Money? IncomeTotal { get; }
    /// <summary>本年支出合计.</summary>
    public Money? ExpenditureTotal { get; }
    /// <summary>财政拨款收入: the three appropriation lines of 公开01表.</summary>
    public Money? FiscalAppropriationIncome { get; }
    /// <summary>The income lines of 公开01表 with their shares of 本年收入合计.</summary>
    public IReadOnlyList<FigurePart> IncomeComposition { get; }
    /// <summary>公开03表 合计 row: 基本支出.</summary>
    public Money? BasicExpenditure { get; }
    /// <summary>公开03表 合计 row: 项目支出.</summary>
    public Money? ProjectExpenditure { get; }
    /// <summary>The columns of 公开03表's 合计 row with their shares of 本年支出合计.</summary>
    public IReadOnlyList<FigurePart> ExpenditureComposition { get; }
    /// <summary>财政拨款收支总计 (公开04表).</summary>
    public Money? AppropriationGrandTotal { get; }
    /// <summary>一般公共预算财政拨款收入 (公开04表).</summary>
    public Money? GeneralBudgetIncome { get; }
    /// <summary>一般公共预算财政拨款支出 (公开05表 合计).</summary>
    public Money? GeneralBudgetExpenditure { get; }
    public Money? GeneralBudgetBasic { get; }
    public Money? GeneralBudgetProject { get; }
    public Money? GeneralBudgetInitialBudget { get; }
    /// <summary>一般公共预算财政拨款支出 as a share of 本年支出合计.</summary>
    public Percentage? GeneralBudgetShareOfExpenditure { get; }
    /// <summary>The 类 rows of 公开05表 with their shares of its 合计.</summary>
    public IReadOnlyList<FigurePart> GeneralBudgetClasses { get; }
    public BasicExpenditureBreakdown BasicExpenditureDetail { get; }
    /// <summary>人员经费: the 公开06表 footer as published, or its 类 lines where there is none.</summary>
    public Money? PersonnelCosts { get; }
    /// <summary>公用经费, likewise.</summary>
    public Money? PublicCosts { get; }
    public ThreePublicColumns ThreePublicBudget { get; }
    public ThreePublicColumns ThreePublicActual { get; }
    public OperatingCosts OperatingCosts { get; }
    public GovernmentProcurement Procurement { get; }
    public AssetHoldings Assets { get; }
    public PerformanceEvaluation? OverallEvaluation { get; }
    /// <summary>Project evaluations in the 附件; without any, the project summaries of the 说明.</summary>
    public int ProjectsEvaluated { get; }
    /// <summary>绩效自评资金 as staff entered it, else Σ 全年执行数 of the project evaluations; no table holds it.</summary>
    public Money? FundsEvaluated { get; }

    /// <summary>
    /// Every figure by its key (see <see cref="Keys"/>). Last year's figures use the same keys, and a
    /// number typed into the 说明 is checked against the figure of its key.
    /// </summary>
    public IReadOnlyDictionary<string, Money> Keyed => _keyed;

    public Money? this[string key] => _keyed.TryGetValue(key, out var value) ? value : null;

    private void Index()
    {
        Add(Keys.GrandTotal, GrandTotal);
        Add(Keys.IncomeTotal, IncomeTotal);
        Add(Keys.ExpenditureTotal, ExpenditureTotal);
        Add(Keys.FiscalAppropriationIncome, FiscalAppropriationIncome);
        Add(Keys.BasicExpenditure, BasicExpenditure);
        Add(Keys.ProjectExpenditure, ProjectExpenditure);
        Add(Keys.AppropriationGrandTotal, AppropriationGrandTotal);
        Add(Keys.GeneralBudgetIncome, GeneralBudgetIncome);
        Add(Keys.GeneralBudgetExpenditure, GeneralBudgetExpenditure);
        Add(Keys.GeneralBudgetBasic, GeneralBudgetBasic);
        Add(Keys.GeneralBudgetProject, GeneralBudgetProject);
        Add(Keys.GeneralBudgetInitialBudget, GeneralBudgetInitialBudget);
        Add(Keys.PersonnelCosts, PersonnelCosts);
        Add(Keys.PublicCosts, PublicCosts);
        foreach (var (item, budget, actual) in ThreePublicItems())
        {
            Add(Keys.ThreePublic(item), actual);
            Add(Keys.ThreePublicBudget(item), budget);
        }
        Add(Keys.OperatingCosts, OperatingCosts.Amount);
        Add(Keys.OperatingCostsInitialBudget, OperatingCosts.InitialBudget);
        Add(Keys.ProcurementTotal, Procurement.Total);
        Add(Keys.PerformanceOverallEvaluatedFunds, OverallEvaluation?.Executed);
        Add(Keys.PerformanceEvaluatedFunds, FundsEvaluated);
    }

    /// <summary>The six 三公 columns by key suffix, budget beside actual.</summary>
    public IEnumerable<(string Item, Money? Budget, Money? Actual)> ThreePublicItems() =>
        Keys.ThreePublicItems.Select((item, i) => (item, ThreePublicBudget.Cells[i], ThreePublicActual.Cells[i]));

    private void Add(string key, Money? amount)
    {
        if (amount is { } value)
        {
            _keyed[key] = value;
        }
    }

    private static List<FigurePart> Parts(Money? whole, params (string Label, Money? Amount)[] parts) =>
        parts.Where(p => p.Amount is { } a && a.Yuan != 0m)
            .Select(p => new FigurePart(p.Label, p.Amount, Percentage.Of(p.Amount, whole, PercentKind.Share)))
            .ToList();

    /// <summary>Whether <paramref name="key"/> names a figure this class computes (whether or not this version has it).</summary>
    public static bool IsKnownKey(string key) => KnownKeys.Contains(key);

    private static readonly HashSet<string> KnownKeys = BuildKnownKeys();

    private static HashSet<string> BuildKnownKeys()
    {
        var keys = typeof(Keys).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var item in Keys.ThreePublicItems)
        {
            keys.Add(Keys.ThreePublic(item));
            keys.Add(Keys.ThreePublicBudget(item));
        }
        return keys;
    }

    /// <summary>The keys of <see cref="Keyed"/>, also used for last year's figures and for numbers staff type.</summary>
    public static class Keys
    {
        public const string GrandTotal = "grand-total";
        public const string IncomeTotal = "income-total";
        public const string ExpenditureTotal = "expenditure-total";
        public const string FiscalAppropriationIncome = "fiscal-appropriation-income";
        public const string BasicExpenditure = "basic-expenditure";
        public const string ProjectExpenditure = "project-expenditure";
        public const string AppropriationGrandTotal = "appropriation-grand-total";
        public const string GeneralBudgetIncome = "general-budget-income";
        public const string GeneralBudgetExpenditure = "general-budget-expenditure";
        public const string GeneralBudgetBasic = "general-budget-basic";
        public const string GeneralBudgetProject = "general-budget-project";
        public const string GeneralBudgetInitialBudget = "general-budget-initial-budget";
        public const string PersonnelCosts = "personnel-costs";
        public const string PublicCosts = "public-costs";
        public const string OperatingCosts = "operating-costs";
        public const string OperatingCostsInitialBudget = "operating-costs.initial-budget";
        public const string ProcurementTotal = "procurement.total";
        public const string PerformanceEvaluatedFunds = "performance.evaluated-funds";
        public const string PerformanceOverallEvaluatedFunds = "performance.overall-evaluated-funds";

        private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
        {
            [GrandTotal] = "收支总计", [IncomeTotal] = "本年收入合计", [ExpenditureTotal] = "本年支出合计",
            [FiscalAppropriationIncome] = "财政拨款收入", [BasicExpenditure] = "基本支出", [ProjectExpenditure] = "项目支出",
            [AppropriationGrandTotal] = "财政拨款收支总计", [GeneralBudgetIncome] = "一般公共预算财政拨款收入",
            [GeneralBudgetExpenditure] = "一般公共预算财政拨款支出", [GeneralBudgetBasic] = "一般公共预算财政拨款基本支出",
            [GeneralBudgetProject] = "一般公共预算财政拨款项目支出", [GeneralBudgetInitialBudget] = "一般公共预算财政拨款年初预算",
            [PersonnelCosts] = "人员经费", [PublicCosts] = "公用经费", [OperatingCosts] = "机关运行经费",
            [OperatingCostsInitialBudget] = "机关运行经费年初预算", [ProcurementTotal] = "政府采购支出总额",
            [PerformanceEvaluatedFunds] = "项目绩效自评资金", [PerformanceOverallEvaluatedFunds] = "整体支出绩效自评资金",
            ["three-public.total"] = "“三公”经费", ["three-public.abroad"] = "因公出国（境）费",
            ["three-public.vehicle"] = "公务用车购置及运行维护费", ["three-public.vehicle-purchase"] = "公务用车购置费",
            ["three-public.vehicle-operation"] = "公务用车运行维护费", ["three-public.reception"] = "公务接待费",
        };

        /// <summary>What a key names, in Chinese ("人员经费", "公务接待费预算数"); the key itself when unknown.</summary>
        public static string Label(string key) =>
            Labels.TryGetValue(key, out var label) ? label
            : key.EndsWith(BudgetSuffix, StringComparison.Ordinal) && Labels.TryGetValue(key[..^BudgetSuffix.Length], out var item) ? item + "预算数"
            : key;

        /// <summary>The six columns of 公开09表, in order, as they appear in keys.</summary>
        public static IReadOnlyList<string> ThreePublicItems { get; } =
            ["total", "abroad", "vehicle", "vehicle-purchase", "vehicle-operation", "reception"];

        /// <summary>"three-public.total", "three-public.vehicle" …: the 决算数 column.</summary>
        public static string ThreePublic(string item) => "three-public." + item;

        /// <summary>"three-public.total.budget" …: the 预算数 column.</summary>
        public static string ThreePublicBudget(string item) => ThreePublic(item) + BudgetSuffix;

        private const string BudgetSuffix = ".budget";
    }
}
