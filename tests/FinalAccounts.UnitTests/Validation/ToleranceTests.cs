using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>
/// The one tolerance policy (ADR 0014): exact in 元 passes; a gap that rounding the n printed figures a
/// comparison reads can explain (n × 0.005 万元) is a note; more is an error. A blank is never a zero.
/// </summary>
public class ToleranceTests
{
    private static Money Amount(string wanYuan) => Money.FromWanYuan(decimal.Parse(wanYuan, CultureInfo.InvariantCulture));

    // One summand against the stated figure is two printed figures: 0.01; three summands are four: 0.02.
    [Theory]
    [InlineData("100.00", "100.00", 1, null)]
    [InlineData("100.00", "100.01", 1, FindingSeverity.Note)]
    [InlineData("100.00", "99.99", 1, FindingSeverity.Note)]
    [InlineData("100.00", "100.02", 1, FindingSeverity.Error)]
    [InlineData("100.00", "100.015", 2, FindingSeverity.Note)]
    [InlineData("100.00", "100.02", 2, FindingSeverity.Error)]
    [InlineData("100.00", "99.98", 3, FindingSeverity.Note)]
    [InlineData("100.00", "100.03", 3, FindingSeverity.Error)]
    [InlineData("100.00", "100.01", 0, FindingSeverity.Note)]
    [InlineData("100.00", "100.02", 0, FindingSeverity.Error)]
    public void AllowsHalfACentForEachPrintedFigure(string expected, string found, int summands, FindingSeverity? severity)
    {
        Tolerance.Judge(Amount(expected), Amount(found), summands).Should().Be(severity);
    }

    [Fact]
    public void JudgesADifferenceBelowTheDisplayedCentAsNote()
    {
        // Stored amounts are exact to the 元 and 分, so they can disagree where the published 万元 cannot show it.
        Tolerance.Judge(Amount("100.00"), Amount("100.0001"), 1).Should().Be(FindingSeverity.Note);
    }

    [Theory]
    [InlineData("100.00", "100.02", "相差 0.02 万元")]
    [InlineData("100.02", "100.00", "相差 0.02 万元")]
    [InlineData("2,761.28", "1,000.00", "相差 1,761.28 万元")]
    public void StatesTheGapAsAPositiveAmount(string expected, string found, string gap)
    {
        Tolerance.Gap(Money.ParseWanYuan(expected), Money.ParseWanYuan(found)).Should().Be(gap);
    }

    [Theory]
    [InlineData(2_791.29, FindingSeverity.Note, "在尾数误差范围内")]
    [InlineData(2_791.27, FindingSeverity.Note, "在尾数误差范围内")]
    [InlineData(2_791.30, FindingSeverity.Error, "请核对")]
    public void JudgesTwoSingleFiguresWithOneCentOfRounding(double expenditureGrandTotal, FindingSeverity severity, string ending)
    {
        var stated = (decimal)expenditureGrandTotal;
        var findings = new ConsistentDisclosureBuilder()
            .WithSummary(s => s.ExpenditureGrandTotal = Wan(stated))
            .Build().Check("T01-balanced");

        findings.ShouldHaveSingle().ShouldBe(severity, "T01-balanced", In(PublishedTable.IncomeExpenditureSummary, "总计"),
            "2,791.28", Wan(stated).ToWanYuanString(), ending);
    }

    // 公开09表 决算数 合计 = 0.00 + 45.00 + 12.00: three filled summands and the total are four printed figures, 0.02.
    [Theory]
    [InlineData(57.02, FindingSeverity.Note, "相差 0.02 万元")]
    [InlineData(56.98, FindingSeverity.Note, "相差 0.02 万元")]
    [InlineData(57.03, FindingSeverity.Error, "相差 0.03 万元")]
    public void AllowsHalfACentForEachFilledPartOfASumAndForTheTotal(double total, FindingSeverity severity, string gap)
    {
        var stated = (decimal)total;
        var findings = new ConsistentDisclosureBuilder()
            .WithThreePublic(c => c.Actual.Total = Wan(stated))
            .Build().Check("T09-totals");

        findings.ShouldHaveSingle().ShouldBe(severity, "T09-totals", In(PublishedTable.ThreePublicCosts, "决算数", "合计"),
            "57.00", Wan(stated).ToWanYuanString(), gap);
    }

    [Fact]
    public void CountsOnlyFilledPartsAsSummands()
    {
        // With 因公出国（境）费 blank rather than 0.00 only three printed figures are left, so 0.02 is an error.
        var findings = new ConsistentDisclosureBuilder()
            .WithThreePublic(c =>
            {
                c.Actual.Abroad = null;
                c.Actual.Total = Wan(57.02m);
            })
            .Build().Check("T09-totals");

        findings.ShouldHaveSingle().Severity.Should().Be(FindingSeverity.Error);
    }

    [Theory]
    [InlineData("T01-totals", "本年收入合计")]
    [InlineData("T05-row-subtotal", "2040604 小计")]
    [InlineData("T06-totals", "公用经费合计")]
    [InlineData("T09-totals", "决算数 公务用车小计")]
    public void ReportsErrorWhenTotalIsBlankOverNonZeroParts(string ruleId, string blankTotal)
    {
        var (builder, at, parts) = blankTotal switch
        {
            "本年收入合计" => (new ConsistentDisclosureBuilder().WithSummary(s => s.IncomeTotal = null),
                In(PublishedTable.IncomeExpenditureSummary, "本年收入合计", "金额"), "2,761.28"),
            "2040604 小计" => (new ConsistentDisclosureBuilder().WithCell(PublishedTable.GeneralBudgetExpenditure, "2040604", "小计", null),
                In(PublishedTable.GeneralBudgetExpenditure, "2040604 基层司法业务", "小计"), "600.00"),
            "公用经费合计" => (new ConsistentDisclosureBuilder().WithBasicTotals(t => t.PublicTotal = null),
                In(PublishedTable.BasicExpenditureDetail, "公用经费合计", "决算数"), "300.00"),
            _ => (new ConsistentDisclosureBuilder().WithThreePublic(c => c.Actual.VehicleSubtotal = null),
                In(PublishedTable.ThreePublicCosts, "决算数", "公务用车购置及运行维护费 小计"), "45.00"),
        };

        var findings = builder.Build().Check(ruleId);

        // Taken as zero, the blank would be a gap of the whole amount; it must instead be named as blank.
        findings.ShouldHaveOneAt(at).ShouldBe(FindingSeverity.Error, ruleId, at, parts, null, "为空", "空白不等于零", "请填写金额");
    }

    [Fact]
    public void ReportsErrorWhenTotalIsStatedOverBlankParts()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.Expenditure, "2040604", "项目支出", null)
            .Build().Check("T03-row-total");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T03-row-total",
            In(PublishedTable.Expenditure, "2040604 基层司法业务", "本年支出合计"), null, "610.00", "为空", "空白不等于零");
    }

    [Fact]
    public void ReportsNothingWhenBlankTotalIsOverZeroParts()
    {
        // Blank and zero are told apart only where it matters: nothing is missing here.
        var findings = new ConsistentDisclosureBuilder()
            .WithThreePublic(c => c.Budget.VehicleSubtotal = null)
            .WithThreePublic(c =>
            {
                c.Budget.VehicleOperation = Wan(0m);
                c.Budget.Total = Wan(15.00m);
            })
            .Build().Check("T09-totals");

        findings.Should().BeEmpty();
    }
}
