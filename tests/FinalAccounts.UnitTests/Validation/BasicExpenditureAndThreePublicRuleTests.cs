using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>公开06表 against 公开05/09表, and 公开09表 on its own (T05-T06, T06-*, T09-*).</summary>
public class BasicExpenditureAndThreePublicRuleTests
{
    private const PublishedTable Basic = PublishedTable.BasicExpenditureDetail;
    private const PublishedTable ThreePublic = PublishedTable.ThreePublicCosts;

    // ---- T05-T06-basic -----------------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenGeneralBudgetBasicDiffersFromPersonnelPlusPublicCosts()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithBasicTotals(t => t.PersonnelTotal = Wan(1_861.78m))
            .Build().Check("T05-T06-basic");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T05-T06-basic",
            In(PublishedTable.GeneralBudgetExpenditure, "合计", "基本支出"), "2,161.78", "2,161.28",
            "公开05表合计行的基本支出", "人员经费合计（1,861.78 万元）", "公用经费合计（300.00 万元）");
    }

    [Fact]
    public void QuotesThePrintedTotalsOfBasicExpenditureTableNotTheSumOfItsClasses()
    {
        // 301 + 303 now make 1,861.29, which 公开06表 prints nowhere: its 人员经费合计 still says 1,861.28.
        var disclosure = new ConsistentDisclosureBuilder().WithBasicLine("303", 61.29m).Build();

        disclosure.Check("T05-T06-basic").Should().BeEmpty();
        disclosure.Check("T06-totals").ShouldHaveOneAt(In(Basic, "人员经费合计", "决算数"))
            .Severity.Should().Be(FindingSeverity.Note);
    }

    // 基本支出 against 人员经费合计 and 公用经费合计 reads three printed figures: 0.015.
    [Theory]
    [InlineData(1_861.29, "2,161.29", FindingSeverity.Note)]
    [InlineData(1_861.30, "2,161.30", FindingSeverity.Error)]
    public void JudgesGeneralBudgetBasicByTheRoundingOfThreePrintedFigures(
        double personnel, string expected, FindingSeverity severity)
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithBasicTotals(t => t.PersonnelTotal = Wan((decimal)personnel))
            .Build().Check("T05-T06-basic");

        findings.ShouldHaveSingle().ShouldBe(severity, "T05-T06-basic",
            In(PublishedTable.GeneralBudgetExpenditure, "合计", "基本支出"), expected, "2,161.28");
    }

    // ---- T06-totals --------------------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenEconomicClassDiffersFromItsItems()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithBasicLine("30102", 801.00m)
            .Build().Check("T06-totals");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T06-totals",
            In(Basic, "301 工资福利支出", "决算数"), "1,801.00", "1,800.00", "公开06表“301 工资福利支出”",
            "所属各款（30101 基本工资 700.00 万元、30102 津贴补贴 801.00 万元、30108 机关事业单位基本养老保险缴费 300.00 万元）之和");
    }

    [Fact]
    public void ReportsErrorWhenPersonnelTotalDiffersFromItsClasses()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithBasicTotals(t => t.PersonnelTotal = Wan(1_861.00m))
            .Build().Check("T06-totals");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T06-totals",
            In(Basic, "人员经费合计", "决算数"), "1,861.28", "1,861.00", "公开06表人员经费合计", "各类之和");
    }

    [Fact]
    public void ReportsErrorWhenPublicTotalDiffersFromItsClasses()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithBasicTotals(t => t.PublicTotal = Wan(310.00m))
            .Build().Check("T06-totals");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T06-totals",
            In(Basic, "公用经费合计", "决算数"), "300.00", "310.00", "公开06表公用经费合计");
    }

    // ---- T06-T09-three-public ----------------------------------------------------------------------

    [Fact]
    public void ReportsNothingWhenThreePublicLineEqualsTheActual()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithBasicLine("30217", 12.00m)
            .Build().Check("T06-T09-three-public");

        findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("30212", "因公出国（境）费用", 1.00, "0.00", "1.00", "因公出国（境）费")]
    [InlineData("30217", "公务接待费", 13.00, "12.00", "13.00", "公务接待费")]
    [InlineData("30231", "公务用车运行维护费", 46.00, "45.00", "46.00", "公务用车运行维护费")]
    [InlineData("31013", "公务用车购置", 20.00, "0.00", "20.00", "公务用车购置费")]
    public void ReportsErrorWhenThreePublicLineOfBasicExpenditureExceedsTheActual(
        string code, string name, double amount, string expected, string found, string column)
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithBasicLine(code, (decimal)amount)
            .Build().Check("T06-T09-three-public");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T06-T09-three-public",
            In(Basic, $"{code} {name}", "决算数"), expected, found, $"公开09表{column}决算数", "超过");
    }

    [Fact]
    public void ReportsNoteWhenThreePublicLineExceedsTheActualByACent()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithBasicLine("30231", 45.01m)
            .Build().Check("T06-T09-three-public");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Note, "T06-T09-three-public",
            In(Basic, "30231 公务用车运行维护费", "决算数"), "45.00", "45.01", "相差 0.01 万元");
    }

    [Fact]
    public void ReportsErrorWhenThreePublicLineIsSpentButTheActualIsBlank()
    {
        var finding = new ConsistentDisclosureBuilder()
            .WithThreePublic(c => c.Actual.Abroad = null)
            .WithBasicLine("30212", 5.00m)
            .Build().Check("T06-T09-three-public").ShouldHaveSingle();

        // Expected is not pinned: the rule fills it with "0.00" while the message calls the ceiling blank.
        finding.RuleId.Should().Be("T06-T09-three-public");
        finding.Severity.Should().Be(FindingSeverity.Error);
        finding.Location.Should().Be(In(Basic, "30212 因公出国（境）费用", "决算数"));
        finding.Found.Should().Be("5.00");
        finding.Message.Should().Contain("5.00").And.Contain("（空白）").And.Contain("相差 5.00 万元");
    }

    // ---- T09-totals --------------------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenActualTotalDiffersFromTheThreeItems()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithThreePublic(c => c.Actual.Reception = Wan(13.00m))
            .Build().Check("T09-totals");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T09-totals", In(ThreePublic, "决算数", "合计"),
            "58.00", "57.00", "公开09表决算数合计", "因公出国（境）费、公务用车购置及运行维护费、公务接待费之和");
    }

    [Fact]
    public void ReportsErrorWhenBudgetVehicleSubtotalDiffersFromPurchasePlusOperation()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithThreePublic(c => c.Budget.VehiclePurchase = Wan(1.00m))
            .Build().Check("T09-totals");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T09-totals",
            In(ThreePublic, "预算数", "公务用车购置及运行维护费 小计"), "51.00", "50.00",
            "公开09表预算数公务用车购置及运行维护费小计", "公务用车购置费与运行维护费之和");
    }
}
