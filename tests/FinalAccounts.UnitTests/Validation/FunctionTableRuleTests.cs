using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>
/// The tables keyed by 功能分类 code (公开02, 03, 05, 07, 08表): a total column against its part
/// columns, and each level against the level below.
/// </summary>
public class FunctionTableRuleTests
{
    private const string Justice = "20406 司法";
    private const string Grassroots = "2040604 基层司法业务";
    private const string Lottery = "2296002 用于社会福利的彩票公益金支出";
    private const string LotterySection = "22960 彩票公益金安排的支出";
    private const string Pensions = "2230105 国有企业退休人员社会化管理补助支出";
    private const string PensionsSection = "22301 解决历史遗留问题及改革成本支出";

    // ---- Row totals ---------------------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenIncomeRowTotalDiffersFromItsColumns()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.Income, "2040604", "其他收入", 11.00m)
            .Build().Check("T02-row-total");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T02-row-total",
            In(PublishedTable.Income, Grassroots, "本年收入合计"), "601.00", "600.00",
            $"公开02表“{Grassroots}”行的本年收入合计", "财政拨款收入、其他收入之和");
        findings.Single().Message.Should().NotContain("上级补助收入", "a row message lists only the columns that hold amounts");
    }

    // Two filled part columns and the total are three printed figures: rounding explains 0.015 万元.
    [Theory]
    [InlineData(590.015, FindingSeverity.Note, "在尾数误差范围内")]
    [InlineData(590.02, FindingSeverity.Error, "请核对")]
    public void JudgesIncomeRowTotalByTheRoundingOfItsPrintedFigures(double grant, FindingSeverity severity, string ending)
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.Income, "2040604", "财政拨款收入", (decimal)grant)
            .Build().Check("T02-row-total");

        findings.ShouldHaveSingle().ShouldBe(severity, "T02-row-total",
            In(PublishedTable.Income, Grassroots, "本年收入合计"), "600.02", "600.00", ending);
    }

    [Fact]
    public void ReportsErrorWhenExpenditureRowTotalDiffersFromItsColumns()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.Expenditure, "2040604", "项目支出", 620.00m)
            .Build().Check("T03-row-total");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T03-row-total",
            In(PublishedTable.Expenditure, Grassroots, "本年支出合计"), "620.00", "610.00",
            "为 620.00 万元", "项目支出之和");
    }

    [Fact]
    public void ReportsErrorWhenGeneralBudgetRowSubtotalDiffersFromBasicPlusProject()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.GeneralBudgetExpenditure, "2040604", "项目支出", 601.00m)
            .Build().Check("T05-row-subtotal");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T05-row-subtotal",
            In(PublishedTable.GeneralBudgetExpenditure, Grassroots, "小计"), "601.00", "600.00", "，项目支出之和");
    }

    [Fact]
    public void ReportsErrorWhenGovernmentFundExpenditureSubtotalDiffersFromBasicPlusProject()
    {
        var findings = new ConsistentDisclosureBuilder().WithGovernmentFundSpending()
            .WithCell(PublishedTable.GovernmentFund, "2296002", "本年支出基本支出", 1.00m)
            .Build().Check("T07-row-subtotal");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T07-row-subtotal",
            In(PublishedTable.GovernmentFund, Lottery, "本年支出小计"), "23.00", "22.00", "本年支出基本支出、本年支出项目支出之和");
    }

    [Fact]
    public void ReportsErrorWhenStateCapitalRowTotalDiffersFromBasicPlusProject()
    {
        var findings = new ConsistentDisclosureBuilder().WithStateCapitalSpending()
            .WithCell(PublishedTable.StateCapital, "2230105", "基本支出", 1.00m)
            .Build().Check("T08-row-total");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T08-row-total",
            In(PublishedTable.StateCapital, Pensions, "合计"), "9.00", "8.00", "基本支出、项目支出之和");
    }

    // ---- Hierarchy ---------------------------------------------------------------------------------

    // Changing a row upsets the sum it belongs to and its own; so a 类 case moves a 款 together with its only 项.
    [Theory]
    [InlineData("合计", "其他收入", "10.00", "11.00", "各类（204 公共安全支出 10.00 万元）之和")]
    [InlineData("208 社会保障和就业支出", "财政拨款收入", "301.00", "300.00", "所属各款（20805 行政事业单位养老支出 301.00 万元）之和")]
    [InlineData(Justice, "其他收入", "11.00", "10.00", "所属各项（2040604 基层司法业务 11.00 万元）之和")]
    public void ReportsErrorWhenIncomeRowDiffersFromTheRowsBelowIt(
        string row, string column, string expected, string found, string parts)
    {
        var builder = new ConsistentDisclosureBuilder();
        _ = row switch
        {
            "合计" => builder.WithCell(PublishedTable.Income, TotalRow, "其他收入", 11.00m),
            Justice => builder.WithCell(PublishedTable.Income, "2040604", "其他收入", 11.00m),
            _ => builder.WithCell(PublishedTable.Income, "20805", "财政拨款收入", 301.00m)
                .WithCell(PublishedTable.Income, "2080505", "财政拨款收入", 301.00m),
        };

        builder.Build().Check("T02-hierarchy").ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T02-hierarchy",
            In(PublishedTable.Income, row, column), expected, found, $"公开02表“{row}”行的{column}", parts);
    }

    [Fact]
    public void ReportsErrorWhenExpenditureSectionDiffersFromItsItems()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.Expenditure, "2080505", "基本支出", 301.00m)
            .Build().Check("T03-hierarchy");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T03-hierarchy",
            In(PublishedTable.Expenditure, "20805 行政事业单位养老支出", "基本支出"), "301.00", "300.00",
            "所属各项（2080505 机关事业单位基本养老保险缴费支出 301.00 万元）之和");
    }

    [Fact]
    public void ReportsErrorWhenGeneralBudgetSectionDiffersFromItsItems()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.GeneralBudgetExpenditure, "2040601", "基本支出", 1_861.00m)
            .Build().Check("T05-hierarchy");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T05-hierarchy",
            In(PublishedTable.GeneralBudgetExpenditure, Justice, "基本支出"), "1,861.00", "1,861.28", "相差 0.28 万元");
    }

    [Fact]
    public void ReportsErrorWhenGeneralBudgetTotalRowDiffersFromItsClasses()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.GeneralBudgetExpenditure, TotalRow, "项目支出", 610.00m)
            .Build().Check("T05-hierarchy");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T05-hierarchy",
            In(PublishedTable.GeneralBudgetExpenditure, "合计", "项目支出"), "600.00", "610.00", "各类（204 公共安全支出 600.00 万元）之和");
    }

    [Fact]
    public void ReportsErrorWhenGovernmentFundSectionDiffersFromItsItems()
    {
        var findings = new ConsistentDisclosureBuilder().WithGovernmentFundSpending()
            .WithCell(PublishedTable.GovernmentFund, "2296002", "本年收入", 21.00m)
            .Build().Check("T07-hierarchy");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T07-hierarchy",
            In(PublishedTable.GovernmentFund, LotterySection, "本年收入"), "21.00", "20.00",
            "所属各项（2296002 用于社会福利的彩票公益金支出 21.00 万元）之和");
    }

    [Fact]
    public void ReportsErrorWhenStateCapitalSectionDiffersFromItsItems()
    {
        var findings = new ConsistentDisclosureBuilder().WithStateCapitalSpending()
            .WithCell(PublishedTable.StateCapital, "2230105", "合计", 9.00m)
            .Build().Check("T08-hierarchy");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T08-hierarchy",
            In(PublishedTable.StateCapital, PensionsSection, "合计"), "9.00", "8.00",
            "所属各项（2230105 国有企业退休人员社会化管理补助支出 9.00 万元）之和");
    }

    [Fact]
    public void NamesTheChildRowsThatHoldAmountsWhenAParentDisagrees()
    {
        // 20406 司法 has 2040601 and 2040604; only 2040601 holds 基本支出, so only it is named.
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.Expenditure, "2040601", "基本支出", 1_861.38m)
            .Build().Check("T03-hierarchy");

        var finding = findings.ShouldHaveOneAt(In(PublishedTable.Expenditure, Justice, "基本支出"));
        finding.Message.Should().Contain("所属各项（2040601 行政运行 1,861.38 万元）之和为 1,861.38 万元").And.NotContain("2040604");
    }

    [Fact]
    public void ChecksNoSumForARowWhoseChildrenAreNotPublished()
    {
        // A 项 row is the lowest level; without 项 rows a 款 stands on its own.
        var findings = new ConsistentDisclosureBuilder()
            .WithoutRow(PublishedTable.Expenditure, "2080505")
            .Build().Check("T03-hierarchy");

        findings.Should().BeEmpty();
    }

    // ---- 公开07表 balance -----------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenGovernmentFundClosingBalanceDiffersFromOpeningPlusIncomeMinusSpending()
    {
        var findings = new ConsistentDisclosureBuilder().WithGovernmentFundSpending()
            .WithCell(PublishedTable.GovernmentFund, TotalRow, "年末结转和结余", 4.00m)
            .Build().Check("T07-closing-balance");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T07-closing-balance",
            In(PublishedTable.GovernmentFund, "合计", "年末结转和结余"), "3.00", "4.00",
            "公开07表“合计”行的年末结转和结余", "年初结转和结余加本年收入减本年支出");
    }

    [Theory]
    // Three terms and the stated balance are four printed figures: 0.02.
    [InlineData(3.02, FindingSeverity.Note)]
    [InlineData(3.03, FindingSeverity.Error)]
    public void JudgesGovernmentFundClosingBalanceByTheRoundingOfItsFourPrintedFigures(double closing, FindingSeverity severity)
    {
        var findings = new ConsistentDisclosureBuilder().WithGovernmentFundSpending()
            .WithCell(PublishedTable.GovernmentFund, "2296002", "年末结转和结余", (decimal)closing)
            .Build().Check("T07-closing-balance");

        findings.ShouldHaveSingle().ShouldBe(severity, "T07-closing-balance",
            In(PublishedTable.GovernmentFund, Lottery, "年末结转和结余"), "3.00", ((decimal)closing).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }
}
