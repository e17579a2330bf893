using static FinalAccounts.Domain.Tables.Definitions.ColumnHeading;

namespace FinalAccounts.Domain.Tables.Definitions;

/// <summary>
/// The nine tables as published. A heading, a column or a row identity changes here and nowhere else.
/// </summary>
public static class TableDefinitions
{
    /// <summary>The heading of the name column beside the code columns.</summary>
    public const string NameHeading = "科目名称";

    private const string AcrossDescription = "各栏之和";
    private const string FunctionClassHeading = "功能分类科目";
    private const string FunctionCodeHeading = "功能分类科目编码";
    private const string ExpenditureGroup = "本年支出";

    /// <summary>公开01表 收入支出决算总表.</summary>
    public static TableDefinition IncomeExpenditureSummary { get; } = SideBySide(
        PublishedTable.IncomeExpenditureSummary, new TableColumn("amount", "金额"), [new TableColumn("amount", "金额")], null,
        ["注：1. 本表反映部门本年度的总收支和年末结转结余情况。", "2. 本套报表金额单位转换时可能存在尾数误差。"]) with
    {
        IncomeLines = Numbered(
        [
            new("generalBudgetAppropriation", "一般公共预算财政拨款收入", "") { Aliases = ["财政拨款收入（第1至3行）"] },
            new("governmentFundAppropriation", "政府性基金预算财政拨款收入", ""),
            new("stateCapitalAppropriation", "国有资本经营预算财政拨款收入", ""),
            new("superiorSubsidy", "上级补助收入", ""),
            new("businessIncome", "事业收入", ""),
            new("operatingIncome", "经营收入", ""),
            new("affiliatedRemittance", "附属单位上缴收入", ""),
            new("otherIncome", "其他收入", ""),
        ]),
        ClosingLines =
        [
            (Total("incomeTotal", "本年收入合计"), Total("expenditureTotal", "本年支出合计")),
            (Line("nonFiscalBalanceUsed", "使用非财政拨款结余（含专用结余）"), Line("surplusDistribution", "结余分配")),
            (Line("incomeOpeningBalance", "年初结转和结余"), Line("expenditureClosingBalance", "年末结转和结余")),
            (new("incomeGrandTotal", "收入总计", "总计") { IsTotal = true },
                new("expenditureGrandTotal", "支出总计", "总计") { IsTotal = true, Aliases = ["总计"] }),
        ],
    };

    /// <summary>公开04表 财政拨款收入支出决算总表.</summary>
    public static TableDefinition AppropriationSummary { get; } = SideBySide(
        PublishedTable.AppropriationSummary, new TableColumn("amount", "决算数"),
        [
            new("subtotal", "小计"), new("generalBudget", "一般公共预算财政拨款"), new("governmentFund", "政府性基金预算财政拨款"),
            new("stateCapital", "国有资本经营预算财政拨款"),
        ],
        "决算数",
        ["注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。"]) with
    {
        IncomeLines = Numbered(
        [
            new("generalBudgetIncome", "一般公共预算财政拨款", ""),
            new("governmentFundIncome", "政府性基金预算财政拨款", ""),
            new("stateCapitalIncome", "国有资本经营预算财政拨款", ""),
        ]),
        ClosingLines =
        [
            (Total("incomeTotal", "本年收入合计"), Total("expenditureTotal", "本年支出合计")),
            (Total("openingBalanceTotal", "年初财政拨款结转和结余"), Line("closingBalance", "年末财政拨款结转和结余")),
            (new("openingGeneralBudget", "年初一般公共预算财政拨款结转和结余", "一般公共预算财政拨款"), null),
            (new("openingGovernmentFund", "年初政府性基金预算财政拨款结转和结余", "政府性基金预算财政拨款"), null),
            (new("openingStateCapital", "年初国有资本经营预算财政拨款结转和结余", "国有资本经营预算财政拨款"), null),
            (new("incomeGrandTotal", "收入总计", "总计") { IsTotal = true },
                new("expenditureGrandTotal", "总计", "总计") { IsTotal = true, Aliases = ["支出总计"] }),
        ],
    };

    /// <summary>公开02表 收入决算表.</summary>
    public static TableDefinition Income { get; } = Across(PublishedTable.Income, FunctionClassHeading,
        [
            new("total", "本年收入合计"), new("fiscalAppropriation", "财政拨款收入"), new("superiorSubsidy", "上级补助收入"),
            new("businessIncome", "事业收入"), new("operatingIncome", "经营收入"), new("affiliatedRemittance", "附属单位上缴收入"),
            new("otherIncome", "其他收入"),
        ],
        null, "注：本表反映部门本年度取得的各项收入情况。");

    /// <summary>公开03表 支出决算表.</summary>
    public static TableDefinition Expenditure { get; } = Across(PublishedTable.Expenditure, FunctionClassHeading,
        [
            new("total", "本年支出合计"), new("basic", "基本支出"), new("project", "项目支出"), new("remittedToSuperior", "上缴上级支出"),
            new("operating", "经营支出"), new("subsidyToAffiliates", "对附属单位补助支出"),
        ],
        null, "注：本表反映部门本年度各项支出情况。");

    /// <summary>公开05表 一般公共预算财政拨款支出决算表; 年初预算 is kept for the 说明, not printed.</summary>
    public static TableDefinition GeneralBudget { get; } = Across(PublishedTable.GeneralBudgetExpenditure, FunctionCodeHeading,
        [new("subtotal", "小计"), new("basic", "基本支出"), new("project", "项目支出"), new("initialBudget", "年初预算", Printed: false)],
        ExpenditureGroup, "注：本表反映部门本年度一般公共预算财政拨款支出情况。");

    /// <summary>公开07表 政府性基金预算财政拨款收入支出决算表.</summary>
    public static TableDefinition GovernmentFund { get; } = GovernmentFundTable();

    /// <summary>公开08表 国有资本经营预算财政拨款支出决算表.</summary>
    public static TableDefinition StateCapital { get; } = Across(PublishedTable.StateCapital, FunctionCodeHeading,
        [new("total", "合计"), new("basic", "基本支出"), new("project", "项目支出")],
        ExpenditureGroup, "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。");

    /// <summary>公开06表 一般公共预算财政拨款基本支出决算明细表: blocks of (编码, 科目名称, 决算数).</summary>
    public static TableDefinition BasicExpenditure { get; } = BasicExpenditureTable();

    /// <summary>公开09表 财政拨款“三公”经费支出决算表: 预算数 and 决算数 side by side, each with six columns.</summary>
    public static TableDefinition ThreePublicCosts { get; } = ThreePublicCostsTable();

    /// <summary>The nine tables in published order.</summary>
    public static IReadOnlyList<TableDefinition> All { get; } =
    [
        IncomeExpenditureSummary, Income, Expenditure, AppropriationSummary, GeneralBudget, BasicExpenditure, GovernmentFund,
        StateCapital, ThreePublicCosts,
    ];

    public static TableDefinition Of(PublishedTable table) => All.Single(d => d.Table == table);

    /// <summary>
    /// The headings of 公开01, 04表: the income side (项目, 行次, its amount) beside the expenditure
    /// side (项目, 行次, its amounts).
    /// </summary>
    public static ColumnHeading[] SideBySideHeadings(TableDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return
        [
            Group("收入", Leaf("项目"), Leaf("行次"), definition.IncomeHeading ?? throw new ArgumentException("不是左右并列的表。", nameof(definition))),
            Group("支出", [Leaf("项目"), Leaf("行次"), .. definition.Headings]),
        ];
    }

    private static SummaryLine Line(string key, string name) => new(key, name, name);

    private static SummaryLine Total(string key, string name) => new(key, name, name) { IsTotal = true };

    // The income lines print "一、…", "二、…" before their names.
    private static SummaryLine[] Numbered(SummaryLine[] lines) =>
        [.. lines.Select((l, i) => l with { Printed = $"{ChineseNumerals.Ordinal(i + 1)}、{l.Name}" })];

    private static TableDefinition SideBySide(PublishedTable table, TableColumn income, TableColumn[] expenditure,
        string? expenditureGroup, string[] notes) =>
        new(table, expenditure, expenditureGroup is null ? Leaves(expenditure) : [Group(expenditureGroup, Leaves(expenditure))], notes)
        {
            IncomeColumns = [income],
            IncomeHeading = Leaf(income),
        };

    // A table keyed by 功能分类 code whose first column is the sum of the other printed ones.
    private static TableDefinition Across(PublishedTable table, string codeHeading, TableColumn[] columns, string? group, string note)
    {
        var printed = columns.Where(c => c.Printed).ToArray();
        return new TableDefinition(table, columns, group is null ? Leaves(printed) : [Group(group, Leaves(printed))], [note])
        {
            CodeHeading = codeHeading,
            RowSums = [new ColumnSum(printed[0], printed[1..], AcrossDescription)],
        };
    }

    private static TableDefinition GovernmentFundTable()
    {
        TableColumn opening = new("openingBalance", "年初结转和结余"), income = new("income", "本年收入"),
            subtotal = new("expenditureSubtotal", "本年支出小计"), basic = new("expenditureBasic", "本年支出基本支出"),
            project = new("expenditureProject", "本年支出项目支出"), closing = new("closingBalance", "年末结转和结余");
        return new TableDefinition(PublishedTable.GovernmentFund, [opening, income, subtotal, basic, project, closing],
            [Leaf(opening), Leaf(income), Group(ExpenditureGroup, Leaf(subtotal, "小计"), Leaf(basic, "基本支出"), Leaf(project, "项目支出")), Leaf(closing)],
            ["注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。"])
        {
            CodeHeading = FunctionClassHeading,
            RowSums =
            [
                new ColumnSum(subtotal, [basic, project], AcrossDescription),
                new ColumnSum(closing, [opening, income], "年初加收入减支出") { Subtracted = [subtotal], Wording = "年初结转和结余加本年收入减本年支出" },
            ],
        };
    }

    private static TableDefinition BasicExpenditureTable()
    {
        TableColumn amount = new("amount", "决算数");
        return new TableDefinition(PublishedTable.BasicExpenditureDetail, [amount], [Leaf(amount)],
            ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"])
        {
            CodeHeading = "经济分类科目编码",
            Sides = [new TableColumn("personnel", "人员经费"), new TableColumn("public", "公用经费")],
        };
    }

    private static TableDefinition ThreePublicCostsTable()
    {
        TableColumn total = new("total", "合计"), abroad = new("abroad", "因公出国（境）费"),
            vehicles = new("vehicleSubtotal", "公务用车购置及运行维护费 小计"), purchase = new("vehiclePurchase", "公务用车购置费"),
            operation = new("vehicleOperation", "公务用车运行维护费"), reception = new("reception", "公务接待费");
        return new TableDefinition(PublishedTable.ThreePublicCosts, [total, abroad, vehicles, purchase, operation, reception],
            [Leaf(total), Leaf(abroad), Group("公务用车购置及运行维护费", Leaf(vehicles, "小计"), Leaf(purchase), Leaf(operation)), Leaf(reception)],
            ["注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。"])
        {
            Sides = [new TableColumn("budget", "预算数"), new TableColumn("actual", "决算数")],
            RowSums =
            [
                new ColumnSum(total, [abroad, vehicles, reception], "三项之和") { Wording = "因公出国（境）费、公务用车购置及运行维护费、公务接待费之和" },
                new ColumnSum(vehicles, [purchase, operation], "购置费与运行维护费之和") { Wording = "公务用车购置费与运行维护费之和" },
            ],
        };
    }
}
