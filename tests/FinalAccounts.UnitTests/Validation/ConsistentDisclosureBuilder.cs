using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Facts;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>
/// A small 2024 disclosure of a justice bureau in which every identity of the nine tables holds
/// exactly, every text the 说明 asks for is supplied and every code is in the catalog, so that
/// <see cref="DisclosureValidator.Standard"/> finds nothing. A test changes one thing through a
/// <c>With…</c> method and sees what the validator makes of it.
/// </summary>
/// <remarks>
/// All figures are literals in 万元 rather than sums computed here: a computed total would follow a
/// mutated part and hide the very inconsistency a test is after.
///
/// Fiscal money: 一般公共预算 income 2,751.28 plus 30.00 carried in, less 20.00 carried out, is the
/// 2,761.28 spent (公开04/05表). 公开01/02/03表 add 10.00 of 其他收入 spent on 2040604, so
/// 本年支出合计 is 2,771.28. 公开07/08表 are empty unless <see cref="WithGovernmentFundSpending"/> or
/// <see cref="WithStateCapitalSpending"/> adds a consistent flow through every table.
/// </remarks>
public sealed class ConsistentDisclosureBuilder
{
    public static readonly FiscalYear Year = new(2024);
    public const string Title = "2024年度测试局部门决算公开";
    public const string ReportingUnit = "测试局本级";
    public const string TotalRow = "合计";
    /// <summary>Not a printed column: the 年初预算 of a 公开05表 row, which the 说明 compares against.</summary>
    public const string InitialBudgetColumn = "年初预算";

    public const string NoGovernmentFund = "本部门2024年度无政府性基金预算财政拨款收入支出。";
    public const string NoStateCapital = "本部门2024年度无国有资本经营预算财政拨款支出。";

    private readonly IncomeExpenditureSummary _summary;
    private readonly List<SummaryLine> _summaryLines;
    private readonly Dictionary<PublishedTable, List<Row>> _tables;
    private readonly AppropriationSummary _appropriation;
    private readonly List<AppropriationLine> _appropriationLines;
    private readonly List<BasicLine> _basicLines;
    private readonly BasicExpenditureTotals _basicTotals;
    private readonly ThreePublicCosts _threePublic;
    private readonly Dictionary<PublishedTable, string> _emptyStatements;
    private readonly ThreePublicDetails _threePublicDetails;
    private readonly OperatingCosts _operatingCosts;
    private readonly GovernmentProcurement _procurement;
    private readonly AssetHoldings _assets;
    private (decimal? Budget, decimal? Executed) _project = (650.00m, 600.00m);
    private readonly Dictionary<string, (int Item, string Text)> _texts;
    private readonly Dictionary<string, int> _carriedFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _stated;
    private readonly Dictionary<string, decimal> _priorYear;
    private readonly Dictionary<string, decimal> _entered;
    private readonly Dictionary<string, string> _functionCatalog;
    private readonly Dictionary<string, string> _economicCatalog;
    private readonly List<string> _duties = ["负责全区司法行政工作。", "负责人民调解和社区矫正工作。"];
    private string? _organization = "测试局部门决算由本级决算组成，内设3个科室。";
    private readonly List<(string Term, string Definition, string? Code)> _glossary =
    [
        ("基本支出", "指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。", null),
        ("项目支出", "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。", null),
        ("“三公”经费", "指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。", null),
        ("机关运行经费", "指为保障行政单位运行用于购买货物和服务的各项资金。", null),
        ("公共安全支出（类）司法（款）行政运行（项）", "指司法行政机关的基本支出。", "2040601"),
        ("公共安全支出（类）司法（款）基层司法业务（项）", "指司法所、人民调解和社区矫正的业务支出。", "2040604"),
        ("社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", "指单位缴纳的基本养老保险费。", "2080505"),
        ("国有资本经营预算支出（类）解决历史遗留问题及改革成本支出（款）国有企业退休人员社会化管理补助支出（项）", "指国有资本经营预算安排的补助支出。", "2230105"),
        ("其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）", "指彩票公益金安排的社会福利支出。", "2296002"),
    ];
    private readonly List<(string Title, string? Goal, string? Completion)> _keyWork = [];
    private bool _emptyCatalog;
    private IncomeExpenditureSummary? _publishedPriorYear;
    private PublicationTimeliness? _timeliness;
    private DateTimeOffset? _publishedAt;
    private readonly List<Action<PerformanceEvaluation>> _evaluationChanges = [];
    private readonly List<PerformanceEvaluation> _projectEvaluations = [];
    private bool _projectSummary = true;
    private readonly Dictionary<BasicDataLine, decimal?> _basicDataActuals = [];
    private (int? Authorized, int? Actual, string? Rate) _staff = (60, 57, "95.00%");

    public ConsistentDisclosureBuilder()
    {
        _summary = new IncomeExpenditureSummary
        {
            GeneralBudgetAppropriation = Wan(2_751.28m),
            OtherIncome = Wan(10.00m),
            IncomeTotal = Wan(2_761.28m),
            IncomeOpeningBalance = Wan(30.00m),
            IncomeGrandTotal = Wan(2_791.28m),
            ExpenditureTotal = Wan(2_771.28m),
            ExpenditureClosingBalance = Wan(20.00m),
            ExpenditureGrandTotal = Wan(2_791.28m),
        };
        _summaryLines =
        [
            new("204", "公共安全支出", 2_471.28m),
            new("208", "社会保障和就业支出", 300.00m),
        ];

        _tables = new()
        {
            // 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入
            [PublishedTable.Income] =
            [
                new(null, TotalRow, [2_761.28m, 2_751.28m, null, null, null, null, 10.00m]),
                new("204", "公共安全支出", [2_461.28m, 2_451.28m, null, null, null, null, 10.00m]),
                new("20406", "司法", [2_461.28m, 2_451.28m, null, null, null, null, 10.00m]),
                new("2040601", "行政运行", [1_861.28m, 1_861.28m, null, null, null, null, null]),
                new("2040604", "基层司法业务", [600.00m, 590.00m, null, null, null, null, 10.00m]),
                new("208", "社会保障和就业支出", [300.00m, 300.00m, null, null, null, null, null]),
                new("20805", "行政事业单位养老支出", [300.00m, 300.00m, null, null, null, null, null]),
                new("2080505", "机关事业单位基本养老保险缴费支出", [300.00m, 300.00m, null, null, null, null, null]),
            ],
            // 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出
            [PublishedTable.Expenditure] =
            [
                new(null, TotalRow, [2_771.28m, 2_161.28m, 610.00m, null, null, null]),
                new("204", "公共安全支出", [2_471.28m, 1_861.28m, 610.00m, null, null, null]),
                new("20406", "司法", [2_471.28m, 1_861.28m, 610.00m, null, null, null]),
                new("2040601", "行政运行", [1_861.28m, 1_861.28m, null, null, null, null]),
                new("2040604", "基层司法业务", [610.00m, null, 610.00m, null, null, null]),
                new("208", "社会保障和就业支出", [300.00m, 300.00m, null, null, null, null]),
                new("20805", "行政事业单位养老支出", [300.00m, 300.00m, null, null, null, null]),
                new("2080505", "机关事业单位基本养老保险缴费支出", [300.00m, 300.00m, null, null, null, null]),
            ],
            // 小计, 基本支出, 项目支出; then 年初预算
            [PublishedTable.GeneralBudgetExpenditure] =
            [
                new(null, TotalRow, [2_761.28m, 2_161.28m, 600.00m]) { InitialBudget = 2_750.00m },
                new("204", "公共安全支出", [2_461.28m, 1_861.28m, 600.00m]),
                new("20406", "司法", [2_461.28m, 1_861.28m, 600.00m]),
                new("2040601", "行政运行", [1_861.28m, 1_861.28m, null]) { InitialBudget = 1_800.00m },
                new("2040604", "基层司法业务", [600.00m, null, 600.00m]) { InitialBudget = 650.00m },
                new("208", "社会保障和就业支出", [300.00m, 300.00m, null]),
                new("20805", "行政事业单位养老支出", [300.00m, 300.00m, null]),
                new("2080505", "机关事业单位基本养老保险缴费支出", [300.00m, 300.00m, null]) { InitialBudget = 300.00m },
            ],
            [PublishedTable.GovernmentFund] = [],
            [PublishedTable.StateCapital] = [],
        };

        _appropriation = new AppropriationSummary
        {
            GeneralBudgetIncome = Wan(2_751.28m),
            IncomeTotal = Wan(2_751.28m),
            OpeningBalanceTotal = Wan(30.00m),
            OpeningGeneralBudget = Wan(30.00m),
            IncomeGrandTotal = Wan(2_781.28m),
            ExpenditureTotal = Split(2_761.28m, 2_761.28m),
            ClosingBalance = Split(20.00m, 20.00m),
            ExpenditureGrandTotal = Split(2_781.28m, 2_781.28m),
        };
        _appropriationLines =
        [
            new("204", "公共安全支出", Split(2_461.28m, 2_461.28m)),
            new("208", "社会保障和就业支出", Split(300.00m, 300.00m)),
        ];

        // 人员经费 1,800.00 + 61.28 and 公用经费 300.00 are the 2,161.28 基本支出 of 公开05表.
        _basicLines =
        [
            new("301", "工资福利支出", 1_800.00m),
            new("30101", "基本工资", 700.00m),
            new("30102", "津贴补贴", 800.00m),
            new("30108", "机关事业单位基本养老保险缴费", 300.00m),
            new("302", "商品和服务支出", 300.00m),
            new("30201", "办公费", 250.00m),
            new("30217", "公务接待费", 10.00m),
            new("30231", "公务用车运行维护费", 40.00m),
            new("303", "对个人和家庭的补助", 61.28m),
            new("30302", "退休费", 61.28m),
        ];
        _basicTotals = new BasicExpenditureTotals { PersonnelTotal = Wan(1_861.28m), PublicTotal = Wan(300.00m) };

        // The 公开06表 lines 30217 (10.00) and 30231 (40.00) stay within the actuals 12.00 and 45.00.
        _threePublic = new ThreePublicCosts
        {
            Budget = new ThreePublicColumns
            {
                Total = Wan(65.00m), Abroad = Wan(0m), VehicleSubtotal = Wan(50.00m),
                VehiclePurchase = Wan(0m), VehicleOperation = Wan(50.00m), Reception = Wan(15.00m),
            },
            Actual = new ThreePublicColumns
            {
                Total = Wan(57.00m), Abroad = Wan(0m), VehicleSubtotal = Wan(45.00m),
                VehiclePurchase = Wan(0m), VehicleOperation = Wan(45.00m), Reception = Wan(12.00m),
            },
        };

        _emptyStatements = new()
        {
            [PublishedTable.GovernmentFund] = NoGovernmentFund,
            [PublishedTable.StateCapital] = NoStateCapital,
        };

        _threePublicDetails = new ThreePublicDetails
        {
            TripGroups = 0, TripPersons = 0, VehiclesPurchased = 0, FleetAtYearEnd = 3,
            VehicleOperationUse = "执法执勤用车的燃料、维修和保险", ReceptionBatches = 8, ReceptionPersons = 60,
            ReceptionVisitors = "上级司法行政部门调研检查人员",
        };
        // 机关运行经费 is the 300.00 公用经费合计 of 公开06表.
        _operatingCosts = new OperatingCosts { Amount = Wan(300.00m), InitialBudget = Wan(305.00m) };
        _procurement = new GovernmentProcurement
        {
            Total = Wan(80.00m), Goods = Wan(30.00m), Works = Wan(0m), Services = Wan(50.00m),
            AwardedToSmes = Wan(70.00m), AwardedToMicroAndSmall = Wan(40.00m),
            GoodsToSmes = Wan(25.00m), ServicesToSmes = Wan(45.00m),
        };
        _assets = new AssetHoldings { LawEnforcementVehicles = 3, GeneralEquipmentOver500K = 0, SpecialEquipmentOver1M = 0 };

        // Exactly the reasons and "主要用于" texts the 说明 of this data asks for (see ExplanationDocument.StaffTexts).
        _texts = new(StringComparer.Ordinal)
        {
            [ExplanationTextKeys.TotalChange] = (1, "司法所标准化建设和法律援助案件增加"),
            [ExplanationTextKeys.IncomeChange] = (2, "财政拨款收入增加"),
            [ExplanationTextKeys.ExpenditureChange] = (3, "基层司法业务支出增加"),
            [ExplanationTextKeys.AppropriationChange] = (4, "基层司法业务经费增加"),
            [ExplanationTextKeys.GeneralBudgetIncomeChange] = (4, "基层司法业务经费增加"),
            [ExplanationTextKeys.GeneralBudgetChange] = (5, "基层司法业务支出增加"),
            [ExplanationTextKeys.ClassUsePrefix + "204"] = (5, "司法行政机关正常运转和基层司法业务"),
            [ExplanationTextKeys.ClassUsePrefix + "208"] = (5, "机关事业单位基本养老保险缴费"),
            [ExplanationTextKeys.ItemUsePrefix + "2040604"] = (5, "人民调解、社区矫正和司法所业务"),
            [ExplanationTextKeys.BudgetReasonPrefix + "2040601"] = (5, "年中追加人员经费"),
            [ExplanationTextKeys.BudgetReasonPrefix + "2040604"] = (5, "厉行节约，压减业务支出"),
            [ExplanationTextKeys.ThreePublicChange] = (9, "严格控制公务用车运行费用"),
            [ExplanationTextKeys.VehicleChange] = (9, "公务用车运行费用减少"),
            [ExplanationTextKeys.ReceptionPurpose] = (9, "接待上级部门调研检查"),
            [ExplanationTextKeys.OperatingCostsChange] = (10, "办公费用增加"),
        };
        _stated = new(StringComparer.Ordinal)
        {
            [DisclosureFigures.Keys.GeneralBudgetExpenditure] = 2_761.28m,
            [DisclosureFigures.Keys.PersonnelCosts] = 1_861.28m,
            [DisclosureFigures.Keys.ThreePublic("total")] = 57.00m,
        };
        // Last year's figures, as staff enter them when the portal holds no 2023 disclosure.
        _priorYear = new(StringComparer.Ordinal)
        {
            [DisclosureFigures.Keys.GrandTotal] = 2_500.00m,
            [DisclosureFigures.Keys.IncomeTotal] = 2_480.00m,
            [DisclosureFigures.Keys.ExpenditureTotal] = 2_490.00m,
            [DisclosureFigures.Keys.AppropriationGrandTotal] = 2_450.00m,
            [DisclosureFigures.Keys.GeneralBudgetIncome] = 2_420.00m,
            [DisclosureFigures.Keys.GeneralBudgetExpenditure] = 2_440.00m,
            [DisclosureFigures.Keys.ThreePublic("total")] = 60.00m,
            [DisclosureFigures.Keys.ThreePublic("abroad")] = 0m,
            [DisclosureFigures.Keys.ThreePublic("vehicle")] = 48.00m,
            [DisclosureFigures.Keys.ThreePublic("reception")] = 12.00m,
            [DisclosureFigures.Keys.OperatingCosts] = 290.00m,
        };
        _entered = new(StringComparer.Ordinal) { [DisclosureFigures.Keys.PerformanceEvaluatedFunds] = 600.00m };

        _functionCatalog = new(StringComparer.Ordinal)
        {
            ["204"] = "公共安全支出",
            ["20406"] = "司法",
            ["2040601"] = "行政运行",
            ["2040604"] = "基层司法业务",
            ["208"] = "社会保障和就业支出",
            ["20805"] = "行政事业单位养老支出",
            ["2080505"] = "机关事业单位基本养老保险缴费支出",
            ["223"] = "国有资本经营预算支出",
            ["22301"] = "解决历史遗留问题及改革成本支出",
            ["2230105"] = "国有企业退休人员社会化管理补助支出",
            ["229"] = "其他支出",
            ["22960"] = "彩票公益金安排的支出",
            ["2296002"] = "用于社会福利的彩票公益金支出",
        };
        _economicCatalog = new(StringComparer.Ordinal)
        {
            ["301"] = "工资福利支出",
            ["30101"] = "基本工资",
            ["30102"] = "津贴补贴",
            ["30108"] = "机关事业单位基本养老保险缴费",
            ["302"] = "商品和服务支出",
            ["30201"] = "办公费",
            ["30212"] = "因公出国（境）费用",
            ["30217"] = "公务接待费",
            ["30231"] = "公务用车运行维护费",
            ["303"] = "对个人和家庭的补助",
            ["30302"] = "退休费",
            ["310"] = "资本性支出",
            ["31013"] = "公务用车购置",
        };
    }

    /// <summary>An amount in 万元.</summary>
    public static Money Wan(decimal wanYuan) => Money.FromWanYuan(wanYuan);

    // ---- 公开01表 ----------------------------------------------------------------------------------

    public ConsistentDisclosureBuilder WithSummary(Action<IncomeExpenditureSummary> change)
    {
        change(_summary);
        return this;
    }

    /// <summary>Sets the amount of a 类 line of 公开01表, adding the line when it is not there.</summary>
    public ConsistentDisclosureBuilder WithSummaryClass(string code, string name, decimal? amount)
    {
        _summaryLines.RemoveAll(l => l.Code == code);
        _summaryLines.Add(new SummaryLine(code, name, amount));
        return this;
    }

    public ConsistentDisclosureBuilder WithSummaryClass(string code, decimal? amount) =>
        WithSummaryClass(code, _summaryLines.Single(l => l.Code == code).Name, amount);

    public ConsistentDisclosureBuilder WithoutSummaryClass(string code)
    {
        Require(_summaryLines.RemoveAll(l => l.Code == code) == 1, $"公开01表没有 {code} 行");
        return this;
    }

    // ---- 公开02, 03, 05, 07, 08表 --------------------------------------------------------------------

    /// <param name="row">A 功能分类 code, or <see cref="TotalRow"/>.</param>
    /// <param name="column">The printed column heading, e.g. "基本支出"; or <see cref="InitialBudgetColumn"/> in 公开05表.</param>
    public ConsistentDisclosureBuilder WithCell(PublishedTable table, string row, string column, decimal? amount)
    {
        var target = FindRow(table, row);
        if (table == PublishedTable.GeneralBudgetExpenditure && column == InitialBudgetColumn)
        {
            target.InitialBudget = amount;
            return this;
        }
        var index = FunctionTable.ColumnsOf(table).ToList().IndexOf(column);
        Require(index >= 0, $"{table.Number()}没有“{column}”栏");
        target.Cells[index] = amount;
        return this;
    }

    public ConsistentDisclosureBuilder WithRowName(PublishedTable table, string row, string name)
    {
        FindRow(table, row).Name = name;
        return this;
    }

    /// <summary>Adds a row at the end of the table, cells in printed column order.</summary>
    public ConsistentDisclosureBuilder WithRow(PublishedTable table, string code, string name, params decimal?[] cells)
    {
        var width = FunctionTable.ColumnsOf(table).Count;
        Require(cells.Length == width, $"{table.Number()}每行 {width} 栏");
        _tables[table].Add(new Row(code, name, cells));
        return this;
    }

    public ConsistentDisclosureBuilder WithoutRow(PublishedTable table, string row)
    {
        _tables[table].Remove(FindRow(table, row));
        return this;
    }

    // ---- 公开04表 ----------------------------------------------------------------------------------

    public ConsistentDisclosureBuilder WithAppropriation(Action<AppropriationSummary> change)
    {
        change(_appropriation);
        return this;
    }

    public ConsistentDisclosureBuilder WithAppropriationLine(string code, Action<FundSplit> change)
    {
        change(_appropriationLines.Single(l => l.Code == code).Amounts);
        return this;
    }

    public ConsistentDisclosureBuilder WithoutAppropriationLine(string code)
    {
        Require(_appropriationLines.RemoveAll(l => l.Code == code) == 1, $"公开04表没有 {code} 行");
        return this;
    }

    // ---- 公开06表 ----------------------------------------------------------------------------------

    /// <summary>Sets the amount of a line of 公开06表, adding it (after the others) with the catalog's name when it is not there.</summary>
    public ConsistentDisclosureBuilder WithBasicLine(string code, decimal? amount) =>
        WithBasicLine(code, _basicLines.FirstOrDefault(l => l.Code == code)?.Name ?? _economicCatalog[code], amount);

    public ConsistentDisclosureBuilder WithBasicLine(string code, string name, decimal? amount)
    {
        if (_basicLines.FirstOrDefault(l => l.Code == code) is { } line)
        {
            line.Name = name;
            line.Amount = amount;
        }
        else
        {
            _basicLines.Add(new BasicLine(code, name, amount));
        }
        return this;
    }

    public ConsistentDisclosureBuilder WithoutBasicLine(string code)
    {
        Require(_basicLines.RemoveAll(l => l.Code == code) == 1, $"公开06表没有 {code} 行");
        return this;
    }

    public ConsistentDisclosureBuilder WithBasicTotals(Action<BasicExpenditureTotals> change)
    {
        change(_basicTotals);
        return this;
    }

    // ---- 公开09表 and facts ---------------------------------------------------------------------------

    public ConsistentDisclosureBuilder WithThreePublic(Action<ThreePublicCosts> change)
    {
        change(_threePublic);
        return this;
    }

    public ConsistentDisclosureBuilder WithProcurement(Action<GovernmentProcurement> change)
    {
        change(_procurement);
        return this;
    }

    public ConsistentDisclosureBuilder WithOperatingCosts(Action<OperatingCosts> change)
    {
        change(_operatingCosts);
        return this;
    }

    /// <summary>The 全年预算数 and 执行数 of the one project summary of 说明 十三 (650.00 and 600.00).</summary>
    public ConsistentDisclosureBuilder WithProjectFigures(decimal? budget, decimal? executed)
    {
        _project = (budget, executed);
        return this;
    }

    public ConsistentDisclosureBuilder WithAssets(Action<AssetHoldings> change)
    {
        change(_assets);
        return this;
    }

    /// <summary>Sets, or with null removes, the "本部门……无……" sentence of a table.</summary>
    public ConsistentDisclosureBuilder WithEmptyStatement(PublishedTable table, string? text)
    {
        if (text is null)
        {
            _emptyStatements.Remove(table);
        }
        else
        {
            _emptyStatements[table] = text;
        }
        return this;
    }

    // ---- 说明 ------------------------------------------------------------------------------------------

    public ConsistentDisclosureBuilder WithText(int item, string key, string text)
    {
        _texts[key] = (item, text);
        return this;
    }

    /// <summary>Marks the text under <paramref name="key"/> as carried from <paramref name="year"/> and not yet checked, replacing it when <paramref name="text"/> is given.</summary>
    public ConsistentDisclosureBuilder WithCarriedText(string key, int year, string? text = null)
    {
        Require(_texts.TryGetValue(key, out var written), $"没有说明文字 {key}");
        _texts[key] = (written.Item, text ?? written.Text);
        _carriedFrom[key] = year;
        return this;
    }

    public ConsistentDisclosureBuilder WithoutText(string key)
    {
        Require(_texts.Remove(key), $"没有说明文字 {key}");
        return this;
    }

    /// <summary>A number typed into the 说明 under <paramref name="key"/>, checked against the tables.</summary>
    public ConsistentDisclosureBuilder WithStatedFigure(string key, decimal wanYuan)
    {
        _stated[key] = wanYuan;
        return this;
    }

    /// <summary>Last year's figure as staff entered it; null removes it.</summary>
    public ConsistentDisclosureBuilder WithPriorYear(string key, decimal? wanYuan)
    {
        if (wanYuan is { } amount)
        {
            _priorYear[key] = amount;
        }
        else
        {
            _priorYear.Remove(key);
        }
        return this;
    }

    /// <summary>The year approved on that day; published on the other, when given (the version is then published).</summary>
    /// <summary>Sets the 本年决算数 of one line of the 基础数据表 (null for a blank).</summary>
    public ConsistentDisclosureBuilder WithBasicDataActual(BasicDataLine line, decimal? wanYuan)
    {
        _basicDataActuals[line] = wanYuan;
        return this;
    }

    public ConsistentDisclosureBuilder WithBasicDataStaff(int? authorized, int? actual, string? rate)
    {
        _staff = (authorized, actual, rate);
        return this;
    }

    /// <summary>The 基础数据表's 经费控制情况 with this year's 决算数 taken from the tables, as a careful department fills it.</summary>
    private IEnumerable<BasicDataAmounts> BasicDataLinesOf(DisclosureVersion version)
    {
        var figures = DisclosureFigures.Compute(version);
        var actual = version.ThreePublicCosts.Actual;
        (BasicDataLine, Money?)[] lines =
        [
            (BasicDataLine.ThreePublic, actual.Total), (BasicDataLine.Vehicles, actual.VehicleSubtotal),
            (BasicDataLine.VehiclePurchase, actual.VehiclePurchase), (BasicDataLine.VehicleOperation, actual.VehicleOperation),
            (BasicDataLine.Abroad, actual.Abroad), (BasicDataLine.Reception, actual.Reception),
            (BasicDataLine.Projects, figures.GeneralBudgetProject), (BasicDataLine.PublicCosts, figures.PublicCosts),
        ];
        foreach (var (line, amount) in lines)
        {
            var stated = _basicDataActuals.TryGetValue(line, out var changed) ? M(changed) : amount;
            yield return new BasicDataAmounts(line, null, null, null, stated);
            if (line == BasicDataLine.Projects)
            {
                yield return new BasicDataAmounts(BasicDataLine.Project, "基层司法业务", null, Wan(650.00m), Wan(600.00m));
            }
        }
    }

    /// <summary>Changes the overall self-evaluation (附件1) after it is built.</summary>
    public ConsistentDisclosureBuilder WithEvaluation(Action<PerformanceEvaluation> change)
    {
        _evaluationChanges.Add(change);
        return this;
    }

    /// <summary>No 项目支出自评结果 summary in the 说明: its paragraphs come from the project evaluations.</summary>
    public ConsistentDisclosureBuilder WithoutProjectSummary()
    {
        _projectSummary = false;
        return this;
    }

    /// <summary>No 绩效自评资金 entered by staff: the 说明 takes it from the project evaluations.</summary>
    public ConsistentDisclosureBuilder WithoutEnteredEvaluatedFunds()
    {
        _entered.Remove(DisclosureFigures.Keys.PerformanceEvaluatedFunds);
        return this;
    }

    /// <summary>Adds a project self-evaluation (附件2, 3, …) with its 年度资金总额 row and results.</summary>
    public ConsistentDisclosureBuilder WithProjectEvaluation(string name, decimal? fullYearBudget, decimal? executed,
        string? executionRate = null, decimal? totalScore = null, string? grade = null)
    {
        var evaluation = new PerformanceEvaluation(EvaluationKind.Project, name)
        {
            ExecutionRate = executionRate, TotalScore = totalScore, Grade = grade,
        };
        evaluation.SetFunds([new PerformanceFundLine(FundLine.Total, null, fullYearBudget is { } b ? Wan(b) : null, executed is { } e ? Wan(e) : null)]);
        evaluation.AddGoal(null);
        _projectEvaluations.Add(evaluation);
        return this;
    }

    /// <summary>
    /// The overall self-evaluation as the standard form prints it, every figure agreeing: 全年执行数
    /// 2,761.28 against 全年预算数 2,750.00 is 100.41%, whose 得分 is capped at the 分值 10; the indicators
    /// score 49.5 + 30 + 9 in groups of 50, 30 and 10 points; 总分 98.5, 优.
    /// </summary>
    private PerformanceEvaluation OverallEvaluation()
    {
        var evaluation = new PerformanceEvaluation(EvaluationKind.Overall, ReportingUnit)
        {
            FundWeight = 10m, ExecutionRate = "100.41%", FundScore = 10.00m, TotalScore = 98.5m, Grade = "优",
        };
        evaluation.SetFunds([
            new PerformanceFundLine(FundLine.Total, Wan(2_700.00m), Wan(2_750.00m), Wan(2_761.28m)),
            new PerformanceFundLine(FundLine.CurrentAppropriation, Wan(2_700.00m), Wan(2_700.00m), Wan(2_711.28m)),
            new PerformanceFundLine(FundLine.CarriedOver, null, Wan(50.00m), Wan(50.00m)),
            new PerformanceFundLine(FundLine.Basic, null, null, Wan(2_161.28m)),
            new PerformanceFundLine(FundLine.Project, null, null, Wan(600.00m)),
        ]);
        evaluation.AddGroup("产出指标", 50m);
        evaluation.AddGroup("效益指标", 30m);
        evaluation.AddGroup("满意度指标", 10m);
        var goal = evaluation.AddGoal("提供公共法律服务。", "全年办理法律援助案件1200件。");
        goal.AddIndicator("产出指标", "数量指标", "法律援助案件数", "≥1000件", "1200件", 50m, 49.5m, "个别案件超时限。");
        goal.AddIndicator("效益指标", "社会效益指标", "矛盾纠纷化解率", "≥95%", "98%", 30m, 30m);
        goal.AddIndicator("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", "93%", 10m, 9m);
        foreach (var change in _evaluationChanges)
        {
            change(evaluation);
        }
        return evaluation;
    }

    public ConsistentDisclosureBuilder ApprovedAndPublished(DateOnly approvedOn, DateOnly? publishedOn, DateOnly today)
    {
        _timeliness = new PublicationTimeliness(approvedOn, publishedOn, today);
        _publishedAt = publishedOn is { } on ? Domain.ChinaTime.StartOf(on).AddHours(10) : null;
        return this;
    }

    /// <summary>
    /// Gives the portal last year's published disclosure: a 公开01表 agreeing with the prior-year
    /// figures staff entered, changed by <paramref name="change"/>.
    /// </summary>
    public ConsistentDisclosureBuilder WithPublishedPriorYear(Action<IncomeExpenditureSummary>? change = null)
    {
        _publishedPriorYear = new IncomeExpenditureSummary
        {
            IncomeTotal = Wan(_priorYear[DisclosureFigures.Keys.IncomeTotal]),
            IncomeGrandTotal = Wan(_priorYear[DisclosureFigures.Keys.GrandTotal]),
            ExpenditureTotal = Wan(_priorYear[DisclosureFigures.Keys.ExpenditureTotal]),
            ExpenditureGrandTotal = Wan(_priorYear[DisclosureFigures.Keys.GrandTotal]),
        };
        change?.Invoke(_publishedPriorYear);
        return this;
    }

    // ---- Catalog ---------------------------------------------------------------------------------------

    public ConsistentDisclosureBuilder WithoutCatalogEntry(string code)
    {
        Require(_functionCatalog.Remove(code) | _economicCatalog.Remove(code), $"目录中没有 {code}");
        return this;
    }

    public ConsistentDisclosureBuilder WithCatalogName(string code, string name)
    {
        var catalog = _functionCatalog.ContainsKey(code) ? _functionCatalog : _economicCatalog;
        Require(catalog.ContainsKey(code), $"目录中没有 {code}");
        catalog[code] = name;
        return this;
    }

    /// <summary>The year's catalog has not been loaded.</summary>
    public ConsistentDisclosureBuilder WithEmptyCatalog()
    {
        _emptyCatalog = true;
        return this;
    }

    // ---- Consistent variants -------------------------------------------------------------------------

    /// <summary>
    /// Adds 政府性基金 spending on 2296002 through every table it appears in: 5.00 carried in, 20.00
    /// received, 22.00 spent on projects, 3.00 carried out; 公开07表 is filled and loses its "无" sentence.
    /// </summary>
    public ConsistentDisclosureBuilder WithGovernmentFundSpending()
    {
        _summary.GovernmentFundAppropriation = Wan(20.00m);
        _summary.IncomeTotal = Plus(_summary.IncomeTotal, 20.00m);
        _summary.IncomeOpeningBalance = Plus(_summary.IncomeOpeningBalance, 5.00m);
        _summary.IncomeGrandTotal = Plus(_summary.IncomeGrandTotal, 25.00m);
        _summary.ExpenditureTotal = Plus(_summary.ExpenditureTotal, 22.00m);
        _summary.ExpenditureClosingBalance = Plus(_summary.ExpenditureClosingBalance, 3.00m);
        _summary.ExpenditureGrandTotal = Plus(_summary.ExpenditureGrandTotal, 25.00m);
        _summaryLines.Add(new SummaryLine("229", "其他支出", 22.00m));

        AddToCell(PublishedTable.Income, TotalRow, 0, 20.00m);
        AddToCell(PublishedTable.Income, TotalRow, 1, 20.00m);
        AddFunctionRows(PublishedTable.Income, ["229", "22960", "2296002"], [20.00m, 20.00m, null, null, null, null, null]);

        AddToCell(PublishedTable.Expenditure, TotalRow, 0, 22.00m);
        AddToCell(PublishedTable.Expenditure, TotalRow, 2, 22.00m);
        AddFunctionRows(PublishedTable.Expenditure, ["229", "22960", "2296002"], [22.00m, null, 22.00m, null, null, null]);

        var a = _appropriation;
        a.GovernmentFundIncome = Wan(20.00m);
        a.IncomeTotal = Plus(a.IncomeTotal, 20.00m);
        a.OpeningGovernmentFund = Wan(5.00m);
        a.OpeningBalanceTotal = Plus(a.OpeningBalanceTotal, 5.00m);
        a.IncomeGrandTotal = Plus(a.IncomeGrandTotal, 25.00m);
        a.ExpenditureTotal.Subtotal = Plus(a.ExpenditureTotal.Subtotal, 22.00m);
        a.ExpenditureTotal.GovernmentFund = Wan(22.00m);
        a.ClosingBalance.Subtotal = Plus(a.ClosingBalance.Subtotal, 3.00m);
        a.ClosingBalance.GovernmentFund = Wan(3.00m);
        a.ExpenditureGrandTotal.Subtotal = Plus(a.ExpenditureGrandTotal.Subtotal, 25.00m);
        a.ExpenditureGrandTotal.GovernmentFund = Wan(25.00m);
        _appropriationLines.Add(new AppropriationLine("229", "其他支出", new FundSplit { Subtotal = Wan(22.00m), GovernmentFund = Wan(22.00m) }));

        // 年初结转和结余, 本年收入, 本年支出小计, 本年支出基本支出, 本年支出项目支出, 年末结转和结余
        decimal?[] fund = [5.00m, 20.00m, 22.00m, null, 22.00m, 3.00m];
        _tables[PublishedTable.GovernmentFund].Add(new Row(null, TotalRow, [.. fund]));
        AddFunctionRows(PublishedTable.GovernmentFund, ["229", "22960", "2296002"], fund);
        _emptyStatements.Remove(PublishedTable.GovernmentFund);
        return this;
    }

    /// <summary>
    /// Adds 8.00 of 国有资本经营预算 project spending on 2230105 through every table it appears in;
    /// 公开08表 is filled and loses its "无" sentence.
    /// </summary>
    public ConsistentDisclosureBuilder WithStateCapitalSpending()
    {
        _summary.StateCapitalAppropriation = Wan(8.00m);
        _summary.IncomeTotal = Plus(_summary.IncomeTotal, 8.00m);
        _summary.IncomeGrandTotal = Plus(_summary.IncomeGrandTotal, 8.00m);
        _summary.ExpenditureTotal = Plus(_summary.ExpenditureTotal, 8.00m);
        _summary.ExpenditureGrandTotal = Plus(_summary.ExpenditureGrandTotal, 8.00m);
        _summaryLines.Add(new SummaryLine("223", "国有资本经营预算支出", 8.00m));

        AddToCell(PublishedTable.Income, TotalRow, 0, 8.00m);
        AddToCell(PublishedTable.Income, TotalRow, 1, 8.00m);
        AddFunctionRows(PublishedTable.Income, ["223", "22301", "2230105"], [8.00m, 8.00m, null, null, null, null, null]);

        AddToCell(PublishedTable.Expenditure, TotalRow, 0, 8.00m);
        AddToCell(PublishedTable.Expenditure, TotalRow, 2, 8.00m);
        AddFunctionRows(PublishedTable.Expenditure, ["223", "22301", "2230105"], [8.00m, null, 8.00m, null, null, null]);

        var a = _appropriation;
        a.StateCapitalIncome = Wan(8.00m);
        a.IncomeTotal = Plus(a.IncomeTotal, 8.00m);
        a.IncomeGrandTotal = Plus(a.IncomeGrandTotal, 8.00m);
        a.ExpenditureTotal.Subtotal = Plus(a.ExpenditureTotal.Subtotal, 8.00m);
        a.ExpenditureTotal.StateCapital = Wan(8.00m);
        a.ExpenditureGrandTotal.Subtotal = Plus(a.ExpenditureGrandTotal.Subtotal, 8.00m);
        a.ExpenditureGrandTotal.StateCapital = Wan(8.00m);
        _appropriationLines.Add(new AppropriationLine("223", "国有资本经营预算支出", new FundSplit { Subtotal = Wan(8.00m), StateCapital = Wan(8.00m) }));

        // 合计, 基本支出, 项目支出
        decimal?[] capital = [8.00m, null, 8.00m];
        _tables[PublishedTable.StateCapital].Add(new Row(null, TotalRow, [.. capital]));
        AddFunctionRows(PublishedTable.StateCapital, ["223", "22301", "2230105"], capital);
        _emptyStatements.Remove(PublishedTable.StateCapital);
        return this;
    }

    // ---- 概况 and 名词解释 ----------------------------------------------------------------------------

    /// <summary>Replaces the numbered duties of 部门主要职能.</summary>
    public ConsistentDisclosureBuilder WithDuties(params string[] duties)
    {
        _duties.Clear();
        _duties.AddRange(duties);
        return this;
    }

    public ConsistentDisclosureBuilder WithOrganization(string? text)
    {
        _organization = text;
        return this;
    }

    /// <summary>Removes the 名词解释 entries whose term or code is <paramref name="termOrCode"/>; all of them when null.</summary>
    public ConsistentDisclosureBuilder WithoutGlossary(string? termOrCode = null)
    {
        Require(_glossary.RemoveAll(g => termOrCode is null || g.Term == termOrCode || g.Code == termOrCode) > 0, $"名词解释没有“{termOrCode}”");
        return this;
    }

    /// <summary>Adds an item of 第四部分 重点工作完成情况 (the consistent disclosure has none).</summary>
    public ConsistentDisclosureBuilder WithKeyWork(string title, string? goal, string? completion)
    {
        _keyWork.Add((title, goal, completion));
        return this;
    }

    // ---- Build -----------------------------------------------------------------------------------------

    public DisclosureUnderTest Build()
    {
        var version = new Disclosure(1, Year).StartVersion(Title, ReportingUnit);
        version.SetSummary(_summary, _summaryLines.Select(l => new SummaryExpenditureLine(FunctionCode.Parse(l.Code), l.Name, M(l.Amount))));
        version.SetIncomeRows(_tables[PublishedTable.Income].Select(r =>
            new IncomeRow(r.ParsedCode, r.Name, M(r.Cells[0]), M(r.Cells[1]), M(r.Cells[2]), M(r.Cells[3]), M(r.Cells[4]), M(r.Cells[5]), M(r.Cells[6]))));
        version.SetExpenditureRows(_tables[PublishedTable.Expenditure].Select(r =>
            new ExpenditureRow(r.ParsedCode, r.Name, M(r.Cells[0]), M(r.Cells[1]), M(r.Cells[2]), M(r.Cells[3]), M(r.Cells[4]), M(r.Cells[5]))));
        version.SetAppropriationSummary(_appropriation,
            _appropriationLines.Select(l => new AppropriationExpenditureLine(FunctionCode.Parse(l.Code), l.Name, l.Amounts)));
        version.SetGeneralBudgetRows(_tables[PublishedTable.GeneralBudgetExpenditure].Select(r =>
            new GeneralBudgetRow(r.ParsedCode, r.Name, M(r.Cells[0]), M(r.Cells[1]), M(r.Cells[2]), M(r.InitialBudget))));
        version.SetBasicExpenditure(_basicLines.Select(l =>
        {
            var code = EconomicCode.Parse(l.Code);
            return new BasicExpenditureRow(BasicExpenditureRow.GroupOf(code), code, l.Name, M(l.Amount));
        }), _basicTotals);
        version.SetGovernmentFundRows(_tables[PublishedTable.GovernmentFund].Select(r =>
            new GovernmentFundRow(r.ParsedCode, r.Name, M(r.Cells[0]), M(r.Cells[1]), M(r.Cells[2]), M(r.Cells[3]), M(r.Cells[4]), M(r.Cells[5]))));
        version.SetStateCapitalRows(_tables[PublishedTable.StateCapital].Select(r =>
            new StateCapitalRow(r.ParsedCode, r.Name, M(r.Cells[0]), M(r.Cells[1]), M(r.Cells[2]))));
        version.SetThreePublicCosts(_threePublic);
        version.SetKeyWork(_keyWork.Select(k => new KeyWorkItem(k.Title, k.Goal, k.Completion)));
        version.SetProfile(new DepartmentProfile { Organization = _organization }, _duties.Select(d => new DutyItem(d)));
        version.SetGlossary(_glossary.Select(g => new GlossaryEntry(g.Term, g.Definition, g.Code is null ? null : FunctionCode.Parse(g.Code))));
        foreach (var (table, text) in _emptyStatements)
        {
            version.SetEmptyStatement(table, text);
        }
        version.SetFacts(_threePublicDetails, _operatingCosts, _procurement, _assets);
        version.SetExplanation(
            _texts.Select(t => new ExplanationText(t.Value.Item, t.Key, t.Value.Text,
                _carriedFrom.TryGetValue(t.Key, out var carried) ? carried : null)),
            _stated.Select(f => new NarrativeFigure(NarrativeFigureKind.Stated, f.Key, Wan(f.Value)))
                .Concat(_priorYear.Select(f => new NarrativeFigure(NarrativeFigureKind.PriorYear, f.Key, Wan(f.Value))))
                .Concat(_entered.Select(f => new NarrativeFigure(NarrativeFigureKind.Entered, f.Key, Wan(f.Value)))),
            _projectSummary
                ? [new ProjectSummary("基层司法业务", _project.Budget is { } budget ? Wan(budget) : null,
                    _project.Executed is { } executed ? Wan(executed) : null, "完成人民调解案件1200件", null, "加强预算执行管理")]
                : []);
        version.SetEvaluations([OverallEvaluation(), .. _projectEvaluations]);
        version.SetBasicData(new PerformanceBasicData
        {
            AuthorizedStaff = _staff.Authorized, ActualStaff = _staff.Actual, StaffControlRate = _staff.Rate, Frugality = "严格执行中央八项规定。",
        }, BasicDataLinesOf(version));

        var catalog = _emptyCatalog
            ? ClassificationCatalog.Empty(Year)
            : new ClassificationCatalog(Year,
                _functionCatalog.Select(e => new FunctionClassification(Year, FunctionCode.Parse(e.Key), e.Value)),
                _economicCatalog.Select(e => new EconomicClassification(Year, EconomicCode.Parse(e.Key), e.Value)));

        if (_publishedAt is { } publishedAt)
        {
            version.Submit();
            version.Publish(publishedAt, new Domain.Organizations.Department("420104-sfj", ReportingUnit, "区司法局", "420104"));
        }
        var figures = DisclosureFigures.Compute(version);
        var prior = PriorYearFigures.For(Year, PublishedPriorYearFigures(), version.NarrativeFigures);
        var explanation = ExplanationBuilder.Build(version, Year, figures, prior);
        return new DisclosureUnderTest(version, new ValidationContext(version, catalog, figures, prior, explanation, _timeliness));
    }

    private DisclosureFigures? PublishedPriorYearFigures()
    {
        if (_publishedPriorYear is null)
        {
            return null;
        }
        var previous = new Disclosure(1, Year.Previous).StartVersion("2023年度测试局部门决算公开", ReportingUnit);
        previous.SetSummary(_publishedPriorYear, []);
        return DisclosureFigures.Compute(previous);
    }

    // ---- Helpers -----------------------------------------------------------------------------------------

    private static Money? M(decimal? wanYuan) => wanYuan is { } w ? Wan(w) : null;

    private static Money? Plus(Money? amount, decimal wanYuan) => (amount ?? Money.Zero) + Wan(wanYuan);

    private static FundSplit Split(decimal subtotal, decimal generalBudget) =>
        new() { Subtotal = Wan(subtotal), GeneralBudget = Wan(generalBudget) };

    private Row FindRow(PublishedTable table, string row)
    {
        var code = row == TotalRow ? null : row;
        return _tables[table].SingleOrDefault(r => r.Code == code)
            ?? throw new ArgumentException($"{table.Number()}没有“{row}”行。", nameof(row));
    }

    private void AddToCell(PublishedTable table, string row, int column, decimal wanYuan)
    {
        var cells = FindRow(table, row).Cells;
        cells[column] = (cells[column] ?? 0m) + wanYuan;
    }

    private void AddFunctionRows(PublishedTable table, string[] codes, decimal?[] cells)
    {
        foreach (var code in codes)
        {
            _tables[table].Add(new Row(code, _functionCatalog[code], [.. cells]));
        }
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"测试数据有误：{problem}。");
        }
    }

    private sealed class Row(string? code, string name, decimal?[] cells)
    {
        public string? Code { get; } = code;
        public string Name { get; set; } = name;
        public decimal?[] Cells { get; } = cells;
        public decimal? InitialBudget { get; set; }
        public FunctionCode? ParsedCode => Code is null ? null : FunctionCode.Parse(Code);
    }

    private sealed record SummaryLine(string Code, string Name, decimal? Amount);

    private sealed record AppropriationLine(string Code, string Name, FundSplit Amounts);

    private sealed class BasicLine(string code, string name, decimal? amount)
    {
        public string Code { get; } = code;
        public string Name { get; set; } = name;
        public decimal? Amount { get; set; } = amount;
    }
}

/// <summary>A built disclosure with everything the validator reads.</summary>
public sealed class DisclosureUnderTest(DisclosureVersion version, ValidationContext context)
{
    public DisclosureVersion Version { get; } = version;
    public ValidationContext Context { get; } = context;
    public ExplanationDocument Explanation => Context.Explanation;

    public ValidationReport Validate() => DisclosureValidator.Standard.Validate(Context);

    /// <summary>The findings of the one standard rule with <paramref name="ruleId"/>.</summary>
    public IReadOnlyList<Finding> Check(string ruleId) =>
        StandardRules.All.Single(r => r.Id == ruleId).Check(Context).ToList();
}
