using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Validation;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>The 整体支出绩效评价基础数据表 against the nine tables, and its 控制率.</summary>
public class BasicDataRuleTests
{
    [Fact]
    public void AThreePublicLineThatIsNotTable09sActualIsAnErrorNamingBoth()
    {
        var built = new ConsistentDisclosureBuilder().WithBasicDataActual(BasicDataLine.Reception, 3.00m).Build();
        var expected = built.Version.ThreePublicCosts.Actual.Reception!.Value.ToWanYuanString();

        var finding = built.Check("basic-data-tables").ShouldHaveSingle();

        finding.ShouldBe(FindingSeverity.Error, "basic-data-tables", FindingLocation.InBasicData("3、公务接待", "本年决算数"),
            expected, "3.00", "公开09表公务接待费决算");
    }

    [Fact]
    public void PublicCostsAndProjectSpendingAreTheTablesFigures()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithBasicDataActual(BasicDataLine.PublicCosts, 1.00m).WithBasicDataActual(BasicDataLine.Projects, 2.00m)
            .Build().Check("basic-data-tables");

        findings.Select(f => f.Location.Row).Should().BeEquivalentTo("公用经费", "项目支出");
        findings.Should().Contain(f => f.Message.Contains("公开06表公用经费合计", StringComparison.Ordinal))
            .And.Contain(f => f.Message.Contains("公开05表项目支出合计", StringComparison.Ordinal));
    }

    [Fact]
    public void ABlankActualAgainstATableFigureIsNotTakenForZero()
    {
        new ConsistentDisclosureBuilder().WithBasicDataActual(BasicDataLine.ThreePublic, null).Build()
            .Check("basic-data-tables").ShouldHaveSingle().Message.Should().Contain("空白不等于零");
    }

    [Fact]
    public void AStaffControlRateIsActualOverAuthorizedAtTheDecimalsPrinted()
    {
        new ConsistentDisclosureBuilder().WithBasicDataStaff(60, 57, "95%").Build().Check("basic-data-staff-rate").Should().BeEmpty();

        var finding = new ConsistentDisclosureBuilder().WithBasicDataStaff(60, 57, "98.00%").Build().Check("basic-data-staff-rate")
            .ShouldHaveSingle();

        finding.ShouldBe(FindingSeverity.Error, "basic-data-staff-rate", FindingLocation.InBasicData("财政供养人员", "控制率"),
            "95.00%", "98.00%", "57 人", "60 人");
    }

    [Fact]
    public void TheBuiltDisclosuresEvaluationsSpendWhatItsTablesSay()
    {
        new ConsistentDisclosureBuilder().WithProjectEvaluation("基层司法业务项目", 650.00m, 600.00m).Build()
            .Check("evaluation-spending").Should().BeEmpty("the overall form's 基本/项目支出 and the project's 全年执行数 agree");
    }

    [Fact]
    public void AProjectEvaluationSpendingOtherThanItsBasicDataLineIsAWarningNamingBoth()
    {
        var finding = new ConsistentDisclosureBuilder().WithProjectEvaluation("基层司法业务", 650.00m, 610.00m).Build()
            .Check("evaluation-spending").ShouldHaveSingle();

        finding.ShouldBe(FindingSeverity.Warning, "evaluation-spending", FindingLocation.InEvaluation(2, "年度资金总额", "全年执行数"),
            "600.00", "610.00", "附件2“基层司法业务”", "基础数据表项目“基层司法业务”的本年决算数");
    }

    [Fact]
    public void TheOverallFormsSpendingByNatureIsTable03sOrTable05s()
    {
        var built = new ConsistentDisclosureBuilder()
            .WithEvaluation(e => e.SetFunds(e.Funds.Select(f => f.Line == FundLine.Basic
                ? new PerformanceFundLine(FundLine.Basic, null, null, ConsistentDisclosureBuilder.Wan(2_000.00m))
                : f).ToList()))
            .Build();

        var finding = built.Check("evaluation-spending").ShouldHaveSingle();

        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.Location.Should().Be(FindingLocation.InEvaluation(1, "按支出性质分：基本支出", "全年执行数"));
        finding.Message.Should().Contain("2,000.00");
    }

    [Fact]
    public void AnEvaluationWithoutAMatchingProjectLineIsNotChecked()
    {
        new ConsistentDisclosureBuilder().WithProjectEvaluation("社区矫正", 100.00m, 1.00m).Build()
            .Check("evaluation-spending").Should().BeEmpty();
    }
}
