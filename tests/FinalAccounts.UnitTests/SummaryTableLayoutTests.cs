using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.UnitTests;

public class SummaryTableLayoutTests
{
    private static readonly IReadOnlyDictionary<string, string> NoCatalogNames = new Dictionary<string, string>();

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);

    private static SummaryExpenditureLine Line(string code, string name, decimal yuan) =>
        new(FunctionCode.Parse(code), name, Yuan(yuan));

    private static IReadOnlyList<SummaryTableLine> BuildEmpty() =>
        SummaryTableLayout.Build(new IncomeExpenditureSummary(), [], NoCatalogNames);

    [Fact]
    public void HasTwentySixStandardClassesInPublishedOrder()
    {
        SummaryTableLayout.StandardClasses.Should().HaveCount(26);
        SummaryTableLayout.StandardClasses[0].Should().Be(("201", "一般公共服务支出"));
        SummaryTableLayout.StandardClasses[3].Should().Be(("204", "公共安全支出"));
        SummaryTableLayout.StandardClasses[^1].Should().Be(("234", "抗疫特别国债安排的支出"));
        SummaryTableLayout.StandardClasses.Select(c => c.Code).Should().BeInAscendingOrder(StringComparer.Ordinal)
            .And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void HasThirtyLines()
    {
        BuildEmpty().Should().HaveCount(30);
    }

    [Fact]
    public void NumbersIncomeLinesOneToThirtyAndExpenditureLinesThirtyOneToSixty()
    {
        var lines = BuildEmpty();

        lines.Select(l => l.IncomeLineNumber).Should().Equal(Enumerable.Range(1, 30));
        lines.Select(l => l.ExpenditureLineNumber).Should().Equal(Enumerable.Range(31, 30));
    }

    [Fact]
    public void PlacesAClassAmountOnItsClassLine()
    {
        var lines = SummaryTableLayout.Build(new IncomeExpenditureSummary(),
            [Line("204", "公共安全支出", 34_697_300m)], NoCatalogNames);

        var line = lines.Single(l => l.ExpenditureLineNumber == 34);
        line.ExpenditureLabel.Should().Be("四、公共安全支出");
        line.ExpenditureAmount.Should().Be(Yuan(34_697_300m));
        lines.Where(l => l.ExpenditureLineNumber != 34).Should().OnlyContain(l => l.ExpenditureAmount == null);
    }

    [Theory]
    [InlineData("201", 31, "一、一般公共服务支出")]
    [InlineData("204", 34, "四、公共安全支出")]
    [InlineData("208", 38, "八、社会保障和就业支出")]
    [InlineData("210", 39, "九、卫生健康支出")]        // 209 is not a 类, so 210 is the ninth
    [InlineData("221", 49, "十九、住房保障支出")]
    [InlineData("229", 53, "二十三、其他支出")]
    [InlineData("234", 56, "二十六、抗疫特别国债安排的支出")]
    public void EachClassHasItsOwnLineAndOrdinal(string code, int lineNumber, string label)
    {
        var lines = SummaryTableLayout.Build(new IncomeExpenditureSummary(),
            [Line(code, "任意名称", 100m)], NoCatalogNames);

        var line = lines.Single(l => l.ExpenditureAmount != null);
        line.ExpenditureLineNumber.Should().Be(lineNumber);
        line.ExpenditureLabel.Should().Be(label);
    }

    [Fact]
    public void CatalogNamesOverrideStandardNames()
    {
        var names = new Dictionary<string, string> { ["207"] = "文化体育与传媒支出" };

        var lines = SummaryTableLayout.Build(new IncomeExpenditureSummary(), [], names);

        lines.Single(l => l.ExpenditureLineNumber == 37).ExpenditureLabel.Should().Be("七、文化体育与传媒支出");
        lines.Single(l => l.ExpenditureLineNumber == 34).ExpenditureLabel.Should().Be("四、公共安全支出");
    }

    [Fact]
    public void PlacesTheEightIncomeLinesFirstAndLeavesTheRestBlank()
    {
        var summary = new IncomeExpenditureSummary
        {
            GeneralBudgetAppropriation = Yuan(1m),
            GovernmentFundAppropriation = Yuan(2m),
            StateCapitalAppropriation = Yuan(3m),
            SuperiorSubsidy = Yuan(4m),
            BusinessIncome = Yuan(5m),
            OperatingIncome = Yuan(6m),
            AffiliatedRemittance = Yuan(7m),
            OtherIncome = Yuan(8m),
        };

        var lines = SummaryTableLayout.Build(summary, [], NoCatalogNames);

        lines.Take(8).Select(l => l.IncomeLabel).Should().Equal(
            "一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入",
            "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入");
        lines.Take(8).Select(l => l.IncomeAmount).Should().Equal(
            Enumerable.Range(1, 8).Select(i => (Money?)Yuan(i)));
        lines.Skip(8).Take(18).Should().OnlyContain(l => l.IncomeLabel == "" && l.IncomeAmount == null);
    }

    [Fact]
    public void PlacesTotalsOnLinesTwentySevenToThirtyAndFiftySevenToSixty()
    {
        var summary = new IncomeExpenditureSummary
        {
            IncomeTotal = Yuan(100m),
            NonFiscalBalanceUsed = Yuan(101m),
            IncomeOpeningBalance = Yuan(102m),
            IncomeGrandTotal = Yuan(103m),
            ExpenditureTotal = Yuan(200m),
            SurplusDistribution = Yuan(201m),
            ExpenditureClosingBalance = Yuan(202m),
            ExpenditureGrandTotal = Yuan(203m),
        };

        var lines = SummaryTableLayout.Build(summary, [], NoCatalogNames);

        lines[26].Should().Be(new SummaryTableLine("本年收入合计", 27, Yuan(100m), "本年支出合计", 57, Yuan(200m)));
        lines[27].Should().Be(new SummaryTableLine("使用非财政拨款结余（含专用结余）", 28, Yuan(101m), "结余分配", 58, Yuan(201m)));
        lines[28].Should().Be(new SummaryTableLine("年初结转和结余", 29, Yuan(102m), "年末结转和结余", 59, Yuan(202m)));
        lines[29].Should().Be(new SummaryTableLine("总计", 30, Yuan(103m), "总计", 60, Yuan(203m)));
    }

    [Fact]
    public void LeavesBlankTotalsBlank()
    {
        var lines = BuildEmpty();

        lines.Skip(26).Should().OnlyContain(l => l.IncomeAmount == null && l.ExpenditureAmount == null);
    }

    [Fact]
    public void SummaryExpenditureLineRejectsCodesBelowClassLevel()
    {
        var act = () => new SummaryExpenditureLine(FunctionCode.Parse("20406"), "司法", Yuan(1m));

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("公开01表");
    }
}
