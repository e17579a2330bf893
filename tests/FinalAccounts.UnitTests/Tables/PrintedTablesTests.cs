using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.UnitTests.Validation;

using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;

namespace FinalAccounts.UnitTests.Tables;

/// <summary>
/// The nine tables of 第二部分 printed as the 硚口 2024 seed prints them. Cells are found the way a
/// reader finds them — by the label of their row and the heading path of their column — so a test
/// fails when an amount lands in another cell, a heading moves or a span leaves a hole in the grid.
/// </summary>
public class PrintedTablesTests
{
    private static readonly IReadOnlyDictionary<string, string> NoCatalogNames = new Dictionary<string, string>();

    public static TheoryData<PublishedTable> AllTables { get; } = [.. PublishedTables.All];

    public static TheoryData<PublishedTable> FunctionTables { get; } =
    [
        PublishedTable.Income, PublishedTable.Expenditure, PublishedTable.GeneralBudgetExpenditure,
        PublishedTable.GovernmentFund, PublishedTable.StateCapital,
    ];

    // ---- Data --------------------------------------------------------------------------------------

    /// <summary>
    /// Every table filled, and every cell that printing could swap with a neighbour given an amount of
    /// its own, so that a misplaced amount cannot pass for the right one.
    /// </summary>
    private static DisclosureVersion FullVersion() => new ConsistentDisclosureBuilder()
        .WithGovernmentFundSpending()
        .WithStateCapitalSpending()
        .WithSummary(s =>
        {
            s.GeneralBudgetAppropriation = Wan(1.01m); s.GovernmentFundAppropriation = Wan(1.02m);
            s.StateCapitalAppropriation = Wan(1.03m); s.SuperiorSubsidy = Wan(1.04m); s.BusinessIncome = Wan(1.05m);
            s.OperatingIncome = Wan(1.06m); s.AffiliatedRemittance = Wan(1.07m); s.OtherIncome = Wan(1.08m);
            s.IncomeTotal = Wan(1.09m); s.NonFiscalBalanceUsed = Wan(1.10m); s.IncomeOpeningBalance = Wan(1.11m);
            s.IncomeGrandTotal = Wan(1.12m); s.ExpenditureTotal = Wan(1.13m); s.SurplusDistribution = Wan(1.14m);
            s.ExpenditureClosingBalance = Wan(1.15m); s.ExpenditureGrandTotal = Wan(1.16m);
        })
        .WithAppropriation(a =>
        {
            a.GeneralBudgetIncome = Wan(2.01m); a.GovernmentFundIncome = Wan(2.02m); a.StateCapitalIncome = Wan(2.03m);
            a.IncomeTotal = Wan(2.04m); a.OpeningBalanceTotal = Wan(2.05m); a.OpeningGeneralBudget = Wan(2.06m);
            a.OpeningGovernmentFund = Wan(2.07m); a.OpeningStateCapital = Wan(2.08m); a.IncomeGrandTotal = Wan(2.09m);
            a.ExpenditureTotal = Split(2.11m);
            a.ClosingBalance = Split(2.21m);
            a.ExpenditureGrandTotal = Split(2.31m);
        })
        .WithAppropriationLine("204", f =>
        {
            f.Subtotal = Wan(2.41m); f.GeneralBudget = Wan(2.42m); f.GovernmentFund = Wan(2.43m); f.StateCapital = Wan(2.44m);
        })
        // Appended after the other rows: printing must still put 2040699 under 20406.
        .WithRow(PublishedTable.Income, "2040699", "其他司法支出", 5.01m, 5.02m, 5.03m, 5.04m, 5.05m, 5.06m, 5.07m)
        .WithRow(PublishedTable.Expenditure, "2040699", "其他司法支出", 5.11m, 5.12m, 5.13m, 5.14m, 5.15m, 5.16m)
        .WithRow(PublishedTable.GeneralBudgetExpenditure, "2040699", "其他司法支出", 5.21m, 5.22m, 5.23m)
        .WithRow(PublishedTable.GovernmentFund, "2296099", "用于其他社会公益事业的彩票公益金支出", 5.31m, 5.32m, 5.33m, 5.34m, 5.35m, 5.36m)
        .WithRow(PublishedTable.StateCapital, "2230199", "其他解决历史遗留问题及改革成本支出", 5.41m, 5.42m, 5.43m)
        // Appended after 303 and 302: printing must still put 30199 under 301, and 310 in the right block.
        .WithBasicLine("310", "资本性支出", 6.01m)
        .WithBasicLine("31013", 6.02m)
        .WithBasicLine("30199", "其他工资福利支出", 6.03m)
        .WithBasicLine("30202", "印刷费", null)
        .WithThreePublic(t =>
        {
            t.Budget = Columns(3.01m);
            t.Actual = Columns(3.11m);
        })
        .Build().Version;

    /// <summary>Fund split cells first, first + 0.01, … so that each of the four columns has its own amount.</summary>
    private static FundSplit Split(decimal first) => new()
    {
        Subtotal = Wan(first), GeneralBudget = Wan(first + 0.01m), GovernmentFund = Wan(first + 0.02m), StateCapital = Wan(first + 0.03m),
    };

    private static ThreePublicColumns Columns(decimal first) => new()
    {
        Total = Wan(first), Abroad = Wan(first + 0.01m), VehicleSubtotal = Wan(first + 0.02m),
        VehiclePurchase = Wan(first + 0.03m), VehicleOperation = Wan(first + 0.04m), Reception = Wan(first + 0.05m),
    };

    private static DisclosureVersion BlankVersion() =>
        new Disclosure(1, Year).StartVersion(ConsistentDisclosureBuilder.Title, ConsistentDisclosureBuilder.ReportingUnit);

    private static IReadOnlyList<PrintedTable> Print(DisclosureVersion version, IReadOnlyDictionary<string, string>? names = null) =>
        PrintedTables.Build(version, Year, names ?? NoCatalogNames);

    private static TableView View(DisclosureVersion version, PublishedTable table, IReadOnlyDictionary<string, string>? names = null) =>
        new(Print(version, names).Single(t => t.Table == table));

    // ---- The set of tables -------------------------------------------------------------------------

    [Fact]
    public void PrintsTheNineTablesInPublishedOrderWithTitleAndReportingUnit()
    {
        var tables = Print(FullVersion());

        tables.Select(t => t.Table).Should().Equal(PublishedTables.All);
        tables.Select(t => t.Title).Should().Equal(
            "2024年度收入支出决算总表", "2024年度收入决算表", "2024年度支出决算表", "2024年度财政拨款收入支出决算总表",
            "2024年度一般公共预算财政拨款支出决算表", "2024年度一般公共预算财政拨款基本支出决算明细表",
            "2024年度政府性基金预算财政拨款收入支出决算表", "2024年度国有资本经营预算财政拨款支出决算表",
            "2024年度财政拨款“三公”经费支出决算表");
        tables.Select(t => t.Number).Should().Equal(
            "公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表");
        tables.Should().OnlyContain(t => t.ReportingUnit == "测试局本级");
    }

    [Theory]
    [InlineData(PublishedTable.IncomeExpenditureSummary, "注：1. 本表反映部门本年度的总收支和年末结转结余情况。", "2. 本套报表金额单位转换时可能存在尾数误差。")]
    [InlineData(PublishedTable.Income, "注：本表反映部门本年度取得的各项收入情况。")]
    [InlineData(PublishedTable.Expenditure, "注：本表反映部门本年度各项支出情况。")]
    [InlineData(PublishedTable.AppropriationSummary, "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。")]
    [InlineData(PublishedTable.GeneralBudgetExpenditure, "注：本表反映部门本年度一般公共预算财政拨款支出情况。")]
    [InlineData(PublishedTable.BasicExpenditureDetail, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。")]
    [InlineData(PublishedTable.GovernmentFund, "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。")]
    [InlineData(PublishedTable.StateCapital, "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。")]
    [InlineData(PublishedTable.ThreePublicCosts, "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。")]
    public void PrintsTheNotesOfTheSeed(PublishedTable table, params string[] notes)
    {
        View(FullVersion(), table).Table.Notes.Should().Equal(notes);
    }

    [Fact]
    public void PrintsTheEmptyStatementUnderAnEmptyTableOnly()
    {
        var tables = Print(new ConsistentDisclosureBuilder().Build().Version);

        tables.Single(t => t.Table == PublishedTable.GovernmentFund).EmptyStatement.Should().Be(NoGovernmentFund);
        tables.Single(t => t.Table == PublishedTable.StateCapital).EmptyStatement.Should().Be(NoStateCapital);
        tables.Where(t => t.Table is not (PublishedTable.GovernmentFund or PublishedTable.StateCapital))
            .Should().OnlyContain(t => t.EmptyStatement == null);
        Print(FullVersion()).Should().OnlyContain(t => t.EmptyStatement == null);
    }

    [Theory]
    [MemberData(nameof(FunctionTables))]
    public void PrintsABlankTotalRowForAnEmptyFunctionTable(PublishedTable table)
    {
        var view = View(BlankVersion(), table);

        view.Table.BodyRows.Should().ContainSingle();
        view.Body.RowTexts(0).Should().Equal(
            [.. Enumerable.Repeat("", 3), "合计", .. Enumerable.Repeat("", view.Table.ColumnCount - 4)]);
        view.AmountCells().Should().BeEmpty();
    }

    // ---- Grids and headings ------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(AllTables))]
    public void HeaderAndBodyFillARectangularGridWithoutOverlaps(PublishedTable table)
    {
        foreach (var version in new[] { FullVersion(), new ConsistentDisclosureBuilder().Build().Version, BlankVersion() })
        {
            var printed = Print(version).Single(t => t.Table == table);

            printed.ColumnWidths.Should().OnlyContain(w => w > 0);
            ResolvedGrid.Resolve(printed.HeaderRows, printed.ColumnCount);
            ResolvedGrid.Resolve(printed.BodyRows, printed.ColumnCount);
        }
    }

    private static readonly Dictionary<PublishedTable, string[][]> PublishedHeaders = new()
    {
        [PublishedTable.IncomeExpenditureSummary] =
        [
            ["收入→3", "支出→3"],
            ["项目", "行次", "金额", "项目", "行次", "金额"],
            ["栏次", "", "1", "栏次", "", "2"],
        ],
        [PublishedTable.Income] =
        [
            ["项目→4", "本年收入合计↓2", "财政拨款收入↓2", "上级补助收入↓2", "事业收入↓2", "经营收入↓2", "附属单位上缴收入↓2", "其他收入↓2"],
            ["功能分类科目→3", "科目名称"],
            ["类", "款", "项", "栏次", "1", "2", "3", "4", "5", "6", "7"],
        ],
        [PublishedTable.Expenditure] =
        [
            ["项目→4", "本年支出合计↓2", "基本支出↓2", "项目支出↓2", "上缴上级支出↓2", "经营支出↓2", "对附属单位补助支出↓2"],
            ["功能分类科目→3", "科目名称"],
            ["类", "款", "项", "栏次", "1", "2", "3", "4", "5", "6"],
        ],
        [PublishedTable.AppropriationSummary] =
        [
            ["收入→3", "支出→6"],
            ["项目↓2", "行次↓2", "决算数↓2", "项目↓2", "行次↓2", "决算数→4"],
            ["小计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"],
            ["栏次", "", "1", "栏次", "", "2", "3", "4", "5"],
        ],
        [PublishedTable.GeneralBudgetExpenditure] =
        [
            ["项目→4", "本年支出→3"],
            ["功能分类科目编码→3", "科目名称", "小计", "基本支出", "项目支出"],
            ["类", "款", "项", "栏次", "1", "2", "3"],
        ],
        [PublishedTable.BasicExpenditureDetail] =
        [
            ["人员经费→3", "公用经费→6"],
            ["经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"],
        ],
        [PublishedTable.GovernmentFund] =
        [
            ["项目→4", "年初结转和结余↓2", "本年收入↓2", "本年支出→3", "年末结转和结余↓2"],
            ["功能分类科目→3", "科目名称", "小计", "基本支出", "项目支出"],
            ["类", "款", "项", "栏次", "1", "2", "3", "4", "5", "6"],
        ],
        [PublishedTable.StateCapital] =
        [
            ["项目→4", "本年支出→3"],
            ["功能分类科目编码→3", "科目名称", "合计", "基本支出", "项目支出"],
            ["类", "款", "项", "栏次", "1", "2", "3"],
        ],
        [PublishedTable.ThreePublicCosts] =
        [
            ["预算数→6", "决算数→6"],
            [
                "合计↓2", "因公出国（境）费↓2", "公务用车购置及运行维护费→3", "公务接待费↓2",
                "合计↓2", "因公出国（境）费↓2", "公务用车购置及运行维护费→3", "公务接待费↓2",
            ],
            ["小计", "公务用车购置费", "公务用车运行维护费", "小计", "公务用车购置费", "公务用车运行维护费"],
            ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
        ],
    };

    [Theory]
    [MemberData(nameof(AllTables))]
    public void PrintsTheHeadingsAndSpansOfTheSeed(PublishedTable table)
    {
        var printed = View(FullVersion(), table).Table;

        printed.HeaderRows.Select(row => row.Select(Describe)).Should().BeEquivalentTo(
            PublishedHeaders[table], o => o.WithStrictOrdering());
        printed.HeaderRows.SelectMany(r => r).Should().OnlyContain(c => c.IsHeading);
    }

    [Theory]
    [MemberData(nameof(AllTables))]
    public void NumbersEveryAmountColumnAndNothingElseInTheLastHeaderRow(PublishedTable table)
    {
        var view = View(FullVersion(), table);
        var amountColumns = view.AmountColumns();
        if (table == PublishedTable.BasicExpenditureDetail)
        {
            // The seed prints no 栏次 row under 公开06表's headings.
            view.Table.HeaderRows.Should().HaveCount(2);
            return;
        }

        var lastRow = view.Table.HeaderRows.Count - 1;
        var numbered = Enumerable.Range(0, view.Table.ColumnCount)
            .Where(c => int.TryParse(view.Header[lastRow, c].Cell.Text, out _)).ToList();

        numbered.Should().Equal(amountColumns);
        numbered.Select(c => view.Header[lastRow, c].Cell.Text).Should().Equal(
            Enumerable.Range(1, numbered.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(AllTables))]
    public void GivesNamesMoreWidthThanAmounts(PublishedTable table)
    {
        var view = View(FullVersion(), table);
        var widths = view.Table.ColumnWidths;
        var widestAmount = view.AmountColumns().Max(c => widths[c]);
        var nameColumns = Enumerable.Range(0, view.Table.ColumnCount)
            .Where(c => view.PathOf(c).Split('/')[^1] is "项目" or "科目名称").ToList();

        if (table == PublishedTable.ThreePublicCosts)
        {
            nameColumns.Should().BeEmpty("公开09表 has amounts only");
            return;
        }
        nameColumns.Should().NotBeEmpty().And.OnlyContain(c => widths[c] > widestAmount);
    }

    // ---- 公开01表 and 公开04表 ----------------------------------------------------------------------

    [Fact]
    public void PlacesEveryAmountOfTheIncomeExpenditureSummary()
    {
        var version = FullVersion();
        var s = version.Summary;
        var view = View(version, PublishedTable.IncomeExpenditureSummary);
        (string Label, Money? Amount)[] income =
        [
            ("一、一般公共预算财政拨款收入", s.GeneralBudgetAppropriation), ("二、政府性基金预算财政拨款收入", s.GovernmentFundAppropriation),
            ("三、国有资本经营预算财政拨款收入", s.StateCapitalAppropriation), ("四、上级补助收入", s.SuperiorSubsidy),
            ("五、事业收入", s.BusinessIncome), ("六、经营收入", s.OperatingIncome), ("七、附属单位上缴收入", s.AffiliatedRemittance),
            ("八、其他收入", s.OtherIncome), ("本年收入合计", s.IncomeTotal),
            ("使用非财政拨款结余（含专用结余）", s.NonFiscalBalanceUsed), ("年初结转和结余", s.IncomeOpeningBalance), ("总计", s.IncomeGrandTotal),
        ];
        (string Label, Money? Amount)[] expenditure =
        [
            ("四、公共安全支出", ClassAmount(version, "204")), ("八、社会保障和就业支出", ClassAmount(version, "208")),
            ("二十一、国有资本经营预算支出", ClassAmount(version, "223")), ("二十三、其他支出", ClassAmount(version, "229")),
            ("本年支出合计", s.ExpenditureTotal), ("结余分配", s.SurplusDistribution),
            ("年末结转和结余", s.ExpenditureClosingBalance), ("总计", s.ExpenditureGrandTotal),
        ];

        foreach (var (label, amount) in income)
        {
            view.ShouldPrint("收入/项目", label, "收入/金额", amount);
        }
        foreach (var (label, amount) in expenditure)
        {
            view.ShouldPrint("支出/项目", label, "支出/金额", amount);
        }
        view.AmountCells().Should().HaveCount(income.Length + expenditure.Length, "nothing else is printed");
    }

    [Fact]
    public void NumbersTheIncomeExpenditureSummaryLinesOneToSixty()
    {
        var view = View(FullVersion(), PublishedTable.IncomeExpenditureSummary);

        view.Table.BodyRows.Should().HaveCount(30);
        view.Body.Texts(view.ColumnOf("收入/行次")).Should().Equal(Numbers(1, 30));
        view.Body.Texts(view.ColumnOf("支出/行次")).Should().Equal(Numbers(31, 30));
        view.Body.Texts(view.ColumnOf("支出/项目"))[^4..].Should().Equal("本年支出合计", "结余分配", "年末结转和结余", "总计");
    }

    [Fact]
    public void PlacesEveryAmountOfTheAppropriationSummary()
    {
        var version = FullVersion();
        var a = version.AppropriationSummary;
        var view = View(version, PublishedTable.AppropriationSummary);
        (string Label, Money? Amount)[] income =
        [
            ("一、一般公共预算财政拨款", a.GeneralBudgetIncome), ("二、政府性基金预算财政拨款", a.GovernmentFundIncome),
            ("三、国有资本经营预算财政拨款", a.StateCapitalIncome), ("本年收入合计", a.IncomeTotal),
            ("年初财政拨款结转和结余", a.OpeningBalanceTotal), ("一般公共预算财政拨款", a.OpeningGeneralBudget),
            ("政府性基金预算财政拨款", a.OpeningGovernmentFund), ("国有资本经营预算财政拨款", a.OpeningStateCapital),
            ("总计", a.IncomeGrandTotal),
        ];
        (string Label, FundSplit Amounts)[] expenditure =
        [
            ("四、公共安全支出", FundsOf(version, "204")), ("八、社会保障和就业支出", FundsOf(version, "208")),
            ("二十一、国有资本经营预算支出", FundsOf(version, "223")), ("二十三、其他支出", FundsOf(version, "229")),
            ("本年支出合计", a.ExpenditureTotal), ("年末财政拨款结转和结余", a.ClosingBalance), ("总计", a.ExpenditureGrandTotal),
        ];
        string[] fundColumns =
        [
            "支出/决算数/小计", "支出/决算数/一般公共预算财政拨款", "支出/决算数/政府性基金预算财政拨款", "支出/决算数/国有资本经营预算财政拨款",
        ];

        foreach (var (label, amount) in income)
        {
            view.ShouldPrint("收入/项目", label, "收入/决算数", amount);
        }
        foreach (var (label, amounts) in expenditure)
        {
            for (var i = 0; i < fundColumns.Length; i++)
            {
                view.ShouldPrint("支出/项目", label, fundColumns[i], amounts.Cells[i]);
            }
        }
        view.AmountCells().Should().HaveCount(
            income.Count(l => l.Amount != null) + expenditure.Sum(l => l.Amounts.Cells.Count(c => c != null)), "nothing else is printed");
    }

    [Fact]
    public void NumbersTheAppropriationSummaryLinesOneToSixtyFourWithTheOpeningFundsBesideBlankLines()
    {
        var view = View(FullVersion(), PublishedTable.AppropriationSummary);

        view.Table.BodyRows.Should().HaveCount(32);
        view.Body.Texts(view.ColumnOf("收入/行次")).Should().Equal(Numbers(1, 32));
        view.Body.Texts(view.ColumnOf("支出/行次")).Should().Equal(Numbers(33, 32));
        view.Body.Texts(view.ColumnOf("收入/项目"))[..4].Should().Equal(
            "一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款", "");
        view.Body.Texts(view.ColumnOf("收入/项目"))[^6..].Should().Equal(
            "本年收入合计", "年初财政拨款结转和结余", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款", "总计");
        view.Body.Texts(view.ColumnOf("支出/项目"))[^6..].Should().Equal(
            "本年支出合计", "年末财政拨款结转和结余", "", "", "", "总计");
        view.Body.Texts(view.ColumnOf("支出/项目"))[..3].Should().Equal("一、一般公共服务支出", "二、外交支出", "三、国防支出");
    }

    [Fact]
    public void NamesTheClassLinesOfBothSummaryTablesFromTheCatalog()
    {
        var names = new Dictionary<string, string> { ["207"] = "文化体育与传媒支出" };
        var version = FullVersion();

        var summary = View(version, PublishedTable.IncomeExpenditureSummary, names);
        var appropriation = View(version, PublishedTable.AppropriationSummary, names);

        summary.Body.Texts(summary.ColumnOf("支出/项目"))[6].Should().Be("七、文化体育与传媒支出");
        summary.Body.Texts(summary.ColumnOf("支出/行次"))[6].Should().Be("37");
        appropriation.Body.Texts(appropriation.ColumnOf("支出/项目"))[6].Should().Be("七、文化体育与传媒支出");
        appropriation.Body.Texts(appropriation.ColumnOf("支出/行次"))[6].Should().Be("39");
    }

    [Fact]
    public void PrintsAmountsInWanYuanRightAlignedAndBlanksEmpty()
    {
        var view = View(new ConsistentDisclosureBuilder().Build().Version, PublishedTable.IncomeExpenditureSummary);

        var amount = view.CellAt("收入/项目", "一、一般公共预算财政拨款收入", "收入/金额");
        amount.Should().Be(new PrintedCell("2,751.28", Alignment: CellAlignment.Right, Amount: Wan(2_751.28m)));
        var blank = view.CellAt("收入/项目", "四、上级补助收入", "收入/金额");
        blank.Should().Be(new PrintedCell("", Alignment: CellAlignment.Right));
        view.CellAt("收入/项目", "四、上级补助收入", "收入/行次").Should().Be(PrintedCell.Centered("4"));
    }

    // ---- 公开02, 03, 05, 07, 08表 ------------------------------------------------------------------

    private static readonly Dictionary<PublishedTable, (string CodeHeading, string[] Amounts)> FunctionColumns = new()
    {
        [PublishedTable.Income] = ("项目/功能分类科目",
            ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]),
        [PublishedTable.Expenditure] = ("项目/功能分类科目",
            ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]),
        [PublishedTable.GeneralBudgetExpenditure] = ("项目/功能分类科目编码", ["本年支出/小计", "本年支出/基本支出", "本年支出/项目支出"]),
        [PublishedTable.GovernmentFund] = ("项目/功能分类科目",
            ["年初结转和结余", "本年收入", "本年支出/小计", "本年支出/基本支出", "本年支出/项目支出", "年末结转和结余"]),
        [PublishedTable.StateCapital] = ("项目/功能分类科目编码", ["本年支出/合计", "本年支出/基本支出", "本年支出/项目支出"]),
    };

    [Theory]
    [MemberData(nameof(FunctionTables))]
    public void PlacesEveryAmountOfAFunctionTableUnderItsRowAndHeading(PublishedTable table)
    {
        var version = FullVersion();
        var view = View(version, table);
        var (codeHeading, amountColumns) = FunctionColumns[table];
        var rows = version.FunctionTable(table).Rows;

        Enumerable.Range(0, view.Table.ColumnCount).Select(view.PathOf).Should().Equal(
            [codeHeading, codeHeading, codeHeading, "项目/科目名称", .. amountColumns]);
        foreach (var row in rows)
        {
            var (labelColumn, label) = row.Code is { } code ? (codeHeading, code.Value) : ("项目/科目名称", "合计");
            view.CellAt(labelColumn, label, "项目/科目名称").Text.Should().Be(row.IsTotal ? "合计" : row.Name);
            for (var i = 0; i < amountColumns.Length; i++)
            {
                view.ShouldPrint(labelColumn, label, amountColumns[i], row.Cells[i]);
            }
        }
        view.Table.BodyRows.Should().HaveCount(rows.Count);
        view.AmountCells().Should().HaveCount(rows.Sum(r => r.Cells.Count(c => c != null)), "nothing else is printed");
    }

    [Fact]
    public void PrintsTheTotalRowFirstThenCodesOnceAcrossClassSectionAndItemInCodeOrder()
    {
        var view = View(FullVersion(), PublishedTable.Income);

        view.Body.Texts(0).Should().Equal(view.Body.Texts(2), "the code spans the 类, 款 and 项 columns");
        view.Table.BodyRows.Should().OnlyContain(r => r[0].ColumnSpan == 3);
        view.Body.Texts(0).Should().Equal(
            "", "204", "20406", "2040601", "2040604", "2040699", "208", "20805", "2080505",
            "223", "22301", "2230105", "229", "22960", "2296002");
        view.Body.Texts(3)[..7].Should().Equal("合计", "公共安全支出", "司法", "行政运行", "基层司法业务", "其他司法支出", "社会保障和就业支出");
    }

    // ---- 公开06表 -----------------------------------------------------------------------------------

    [Fact]
    public void FillsTheBasicExpenditureBlocksDownTheirColumnsWithTheTotalsInTheFooter()
    {
        var version = FullVersion();
        var view = View(version, PublishedTable.BasicExpenditureDetail);

        Enumerable.Range(0, 9).Select(view.PathOf).Should().Equal(
            "人员经费/经济分类科目编码", "人员经费/科目名称", "人员经费/决算数",
            "公用经费/经济分类科目编码", "公用经费/科目名称", "公用经费/决算数",
            "公用经费/经济分类科目编码", "公用经费/科目名称", "公用经费/决算数");
        view.Body.Texts(0).Should().Equal("301", "30101", "30102", "30108", "30199", "303", "30302", "人员经费合计");
        view.Body.Texts(3).Should().Equal("302", "30201", "30202", "30217", "30231", "", "", "公用经费合计");
        view.Body.Texts(6).Should().Equal("310", "31013", "", "", "", "", "", "公用经费合计");
        view.Body.Texts(4).Should().Equal("商品和服务支出", "办公费", "印刷费", "公务接待费", "公务用车运行维护费", "", "", "公用经费合计");

        foreach (var row in version.BasicExpenditureRows)
        {
            var block = row.Code.Value[..3] switch { "301" or "303" => 0, "302" => 3, _ => 6 };
            var line = Array.IndexOf(view.Body.Texts(block), row.Code.Value);
            view.Body[line, block + 1].Cell.Text.Should().Be(row.Name);
            view.Body[line, block + 2].Cell.Should().Be(PrintedCell.Money(row.Amount), $"{row.Code} is printed in its block");
        }

        var footer = view.Table.BodyRows.Count - 1;
        view.Table.BodyRows[footer].Should().Equal(
            PrintedCell.Label("人员经费合计", 2), PrintedCell.Money(version.BasicExpenditureTotals.PersonnelTotal),
            PrintedCell.Label("公用经费合计", 5), PrintedCell.Money(version.BasicExpenditureTotals.PublicTotal));
        view.AmountCells().Should().HaveCount(version.BasicExpenditureRows.Count(r => r.Amount != null) + 2, "nothing else is printed");
    }

    [Fact]
    public void PrintsOnlyTheFooterOfAnEmptyBasicExpenditureTable()
    {
        var view = View(BlankVersion(), PublishedTable.BasicExpenditureDetail);

        view.Table.BodyRows.Should().ContainSingle();
        view.Body.Texts(0).Should().Equal("人员经费合计");
        view.AmountCells().Should().BeEmpty();
    }

    // ---- 公开09表 -----------------------------------------------------------------------------------

    [Fact]
    public void PlacesTheTwelveThreePublicCostsUnderTheirHeadings()
    {
        var version = FullVersion();
        var view = View(version, PublishedTable.ThreePublicCosts);
        string[] items =
        [
            "合计", "因公出国（境）费", "公务用车购置及运行维护费/小计", "公务用车购置及运行维护费/公务用车购置费",
            "公务用车购置及运行维护费/公务用车运行维护费", "公务接待费",
        ];
        var budget = version.ThreePublicCosts.Budget.Cells;
        var actual = version.ThreePublicCosts.Actual.Cells;

        view.Table.BodyRows.Should().ContainSingle();
        view.AmountCells().Should().HaveCount(12);
        for (var i = 0; i < items.Length; i++)
        {
            view.Body[0, view.ColumnOf($"预算数/{items[i]}")].Cell.Should().Be(PrintedCell.Money(budget[i]), $"预算数 {items[i]}");
            view.Body[0, view.ColumnOf($"决算数/{items[i]}")].Cell.Should().Be(PrintedCell.Money(actual[i]), $"决算数 {items[i]}");
        }
    }

    // ---- Helpers ----------------------------------------------------------------------------------

    private static Money? ClassAmount(DisclosureVersion version, string code) =>
        version.SummaryExpenditure.Single(l => l.ClassCode.Value == code).Amount;

    private static FundSplit FundsOf(DisclosureVersion version, string code) =>
        version.AppropriationExpenditure.Single(l => l.ClassCode.Value == code).Amounts;

    private static string[] Numbers(int first, int count) =>
        [.. Enumerable.Range(first, count).Select(n => n.ToString(CultureInfo.InvariantCulture))];

    /// <summary>"收入→3" for a column span of 3, "项目↓2" for a row span of 2.</summary>
    private static string Describe(PrintedCell cell) =>
        cell.Text + (cell.ColumnSpan > 1 ? $"→{cell.ColumnSpan}" : "") + (cell.RowSpan > 1 ? $"↓{cell.RowSpan}" : "");
}

/// <summary>A printed table read through its resolved grids: cells by row label and column heading path.</summary>
internal sealed class TableView(PrintedTable table)
{
    public PrintedTable Table { get; } = table;
    public ResolvedGrid Header { get; } = ResolvedGrid.Resolve(table.HeaderRows, table.ColumnCount);
    public ResolvedGrid Body { get; } = ResolvedGrid.Resolve(table.BodyRows, table.ColumnCount);

    // Every table but 公开06表 ends its header with the 栏次 row, which names no column.
    private int HeadingLevels => Table.HeaderRows.Count - (Table.Table == PublishedTable.BasicExpenditureDetail ? 0 : 1);

    /// <summary>The headings over a column from the top, e.g. "支出/决算数/小计".</summary>
    public string PathOf(int column) =>
        string.Join("/", Enumerable.Range(0, HeadingLevels).Select(r => Header[r, column]).Distinct().Select(p => p.Cell.Text));

    public int ColumnOf(string path)
    {
        var column = Enumerable.Range(0, Table.ColumnCount).FirstOrDefault(c => PathOf(c) == path, -1);
        column.Should().BeGreaterThanOrEqualTo(0, $"{Table.Number} has a column headed {path}");
        return column;
    }

    /// <summary>The columns whose body cells hold amounts.</summary>
    public IReadOnlyList<int> AmountColumns() =>
    [
        .. Enumerable.Range(0, Table.ColumnCount)
            .Where(c => Enumerable.Range(0, Body.RowCount).Any(r => Body[r, c].Cell.Alignment == CellAlignment.Right)),
    ];

    /// <summary>The distinct body cells that print an amount.</summary>
    public IReadOnlyList<PrintedCell> AmountCells() =>
        [.. Body.Placed().Where(p => p.Cell.Amount != null).Select(p => p.Cell)];

    public PrintedCell CellAt(string labelColumn, string label, string column)
    {
        var labels = Body.Texts(ColumnOf(labelColumn));
        labels.Count(l => l == label).Should().Be(1, $"{Table.Number} has one row labelled {label} under {labelColumn}");
        return Body[Array.IndexOf(labels, label), ColumnOf(column)].Cell;
    }

    public void ShouldPrint(string labelColumn, string label, string column, Money? amount) =>
        CellAt(labelColumn, label, column).Should().Be(PrintedCell.Money(amount), $"{Table.Number} prints {label} / {column}");
}

/// <summary>
/// Resolves rows listed the HTML way (a cell covered by a span from above is omitted) into a
/// rectangular grid, failing on a gap, an overlap or a span past the edge.
/// </summary>
internal sealed class ResolvedGrid
{
    private readonly PlacedCell[,] _cells;

    private ResolvedGrid(PlacedCell[,] cells) => _cells = cells;

    public int RowCount => _cells.GetLength(0);

    public PlacedCell this[int row, int column] => _cells[row, column];

    public static ResolvedGrid Resolve(IReadOnlyList<IReadOnlyList<PrintedCell>> rows, int columnCount)
    {
        var cells = new PlacedCell?[rows.Count, columnCount];
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r])
            {
                while (c < columnCount && cells[r, c] is not null)
                {
                    c++;
                }
                Place(cells, new PlacedCell(cell, r, c), rows.Count, columnCount);
                c += cell.ColumnSpan;
            }
            for (var column = 0; column < columnCount; column++)
            {
                cells[r, column].Should().NotBeNull($"row {r} covers column {column}");
            }
        }
        return new ResolvedGrid(cells!);
    }

    private static void Place(PlacedCell?[,] cells, PlacedCell placed, int rowCount, int columnCount)
    {
        var (cell, row, column) = placed;
        cell.ColumnSpan.Should().BePositive();
        cell.RowSpan.Should().BePositive();
        (column + cell.ColumnSpan).Should().BeLessThanOrEqualTo(columnCount, $"“{cell.Text}” in row {row} stays within the grid's width");
        (row + cell.RowSpan).Should().BeLessThanOrEqualTo(rowCount, $"“{cell.Text}” in row {row} stays within the rows");
        for (var r = row; r < row + cell.RowSpan; r++)
        {
            for (var c = column; c < column + cell.ColumnSpan; c++)
            {
                cells[r, c].Should().BeNull($"“{cell.Text}” does not overlap another cell at ({r}, {c})");
                cells[r, c] = placed;
            }
        }
    }

    /// <summary>The text of each row in a column, a spanning cell's text in every row it covers.</summary>
    public string[] Texts(int column) => [.. Enumerable.Range(0, RowCount).Select(r => _cells[r, column].Cell.Text)];

    /// <summary>The text of each column in a row, a spanning cell's text in every column it covers.</summary>
    public string[] RowTexts(int row) => [.. Enumerable.Range(0, _cells.GetLength(1)).Select(c => _cells[row, c].Cell.Text)];

    public IEnumerable<PlacedCell> Placed() => _cells.Cast<PlacedCell>().Distinct();
}

/// <summary>A printed cell and the top-left grid position it was placed at.</summary>
internal sealed record PlacedCell(PrintedCell Cell, int Row, int Column);
