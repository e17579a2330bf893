using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Validation;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>The arithmetic of the self-evaluation forms: each rule fires on exactly the figure it checks.</summary>
public class EvaluationRuleTests
{
    private static IReadOnlyList<Finding> Check(string ruleId, Action<PerformanceEvaluation> change) =>
        new ConsistentDisclosureBuilder().WithEvaluation(change).Build().Check(ruleId);

    private static Money Wan(decimal wanYuan) => Money.FromWanYuan(wanYuan);

    [Fact]
    public void AFundTotalThatIsNotTheSumOfItsSourcesIsAnErrorNamingTheColumnAndBothFigures()
    {
        var finding = Check("evaluation-funds", e => e.SetFunds([
            .. e.Funds.Where(f => f.Line != FundLine.CarriedOver),
            new PerformanceFundLine(FundLine.CarriedOver, null, Wan(40.00m), Wan(50.00m)),
        ])).ShouldHaveSingle();

        finding.ShouldBe(FindingSeverity.Error, "evaluation-funds", FindingLocation.InEvaluation(1, "年度资金总额", "全年预算数"),
            "2,740.00", "2,750.00", "附件1", "当年财政拨款、上年结转资金和其他资金之和");
    }

    [Fact]
    public void TheSpendingBreakdownOfAnOverallFormMustAddUpToItsTotal()
    {
        var finding = Check("evaluation-funds", e => e.SetFunds([
            .. e.Funds.Where(f => f.Line != FundLine.Project),
            new PerformanceFundLine(FundLine.Project, null, null, Wan(550.00m)),
        ])).ShouldHaveSingle();

        finding.Location.Should().Be(FindingLocation.InEvaluation(1, "年度资金总额", "全年执行数"));
        finding.Message.Should().Contain("按支出性质分各项之和").And.Contain("2,711.28");
    }

    [Fact]
    public void AStatedExecutionRateIsCheckedAtTheDecimalsItIsPrintedWith()
    {
        Check("evaluation-execution-rate", e => e.ExecutionRate = "100%").Should().BeEmpty("100.41% prints as 100%");

        var finding = Check("evaluation-execution-rate", e => e.ExecutionRate = "91.00%").ShouldHaveSingle();

        finding.ShouldBe(FindingSeverity.Error, "evaluation-execution-rate", FindingLocation.InEvaluation(1, "年度资金总额", "执行率"),
            "100.41%", "91.00%", "2,761.28", "2,750.00");
    }

    [Fact]
    public void AnExecutionRateThatIsNotAPercentageIsAnError()
    {
        Check("evaluation-execution-rate", e => e.ExecutionRate = "全部完成").ShouldHaveSingle()
            .Message.Should().Contain("不是百分数");
    }

    [Fact]
    public void TheExecutionLineScoreIsRateTimesWeightCappedAtTheWeight()
    {
        var finding = Check("evaluation-fund-score", e => e.FundScore = 10.04m).ShouldHaveSingle();

        finding.ShouldBe(FindingSeverity.Error, "evaluation-fund-score", FindingLocation.InEvaluation(1, "年度资金总额", "得分"),
            "10", "10.04", "100.41%");
    }

    [Fact]
    public void WeightsThatDoNotAddUpToAHundredAskForAReason()
    {
        var finding = Check("evaluation-weights", e => e.Goals[0].AddIndicator("产出指标", "时效指标", "办结及时率", "100%", "100%", 5m, 5m))
            .ShouldHaveSingle();

        finding.ShouldBe(FindingSeverity.Warning, "evaluation-weights", FindingLocation.InEvaluation(1, "分值合计"), "100", "105");
    }

    [Fact]
    public void AGroupWeightIsTheSumOfItsIndicatorsWeights()
    {
        var findings = Check("evaluation-group-weights", e => e.AddGroup("成本指标", 10m));
        var finding = new ConsistentDisclosureBuilder()
            .WithEvaluation(e => e.Goals[0].AddIndicator("效益指标", "社会效益指标", "普法覆盖率", "≥90%", "95%", 5m, 5m))
            .Build().Check("evaluation-group-weights").ShouldHaveSingle();

        findings.ShouldHaveSingle().Message.Should().Contain("没有该一级指标下的指标");
        finding.ShouldBe(FindingSeverity.Error, "evaluation-group-weights", FindingLocation.InEvaluation(1, "效益指标", "分值"), "35", "30",
            "2 个指标");
    }

    [Fact]
    public void TheTotalScoreIsTheSumOfTheScores()
    {
        var finding = Check("evaluation-total-score", e => e.TotalScore = 95m).ShouldHaveSingle();

        finding.ShouldBe(FindingSeverity.Error, "evaluation-total-score", FindingLocation.InEvaluation(1, "总分"), "98.5", "95", "相差 3.5 分");
    }

    [Fact]
    public void TheSumIsTakenWithTheComputedExecutionScoreWhenNoneIsStated()
    {
        Check("evaluation-total-score", e => e.FundScore = null).Should().BeEmpty("10 is computed for the execution line");
        Check("evaluation-total-score", e => (e.FundScore, e.FundWeight) = (null, null)).ShouldHaveSingle()
            .Expected.Should().Be("88.5");
    }

    [Fact]
    public void AGradeOutsideTheBandOfTheTotalAsksForAReason()
    {
        var finding = Check("evaluation-grade", e => e.Grade = "良").ShouldHaveSingle();

        finding.ShouldBe(FindingSeverity.Warning, "evaluation-grade", FindingLocation.InEvaluation(1, "自评等级"), "优", "良", "98.5");
    }

    [Theory]
    [InlineData(90, "优")]
    [InlineData(89.99, "良")]
    [InlineData(80, "良")]
    [InlineData(79.99, "中")]
    [InlineData(60, "中")]
    [InlineData(59.99, "差")]
    public void GradeBandsFollowTheTotal(double total, string grade)
    {
        EvaluationScoring.GradeOf((decimal)total).Should().Be(grade);
    }

    [Theory]
    // 91.00% of 10 is 9.10; above 100% the score stops at the weight.
    [InlineData(91.00, 10, "9.10")]
    [InlineData(100.41, 10, "10")]
    [InlineData(95.81, 20, "19.16")]
    public void TheExecutionLineScoreIsComputedToTwoDecimals(double rate, double weight, string score)
    {
        EvaluationScoring.FundScore((decimal)rate, (decimal)weight)!.Value.Should().Be(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("91.00%", 91.00)]
    [InlineData("100%", 100)]
    [InlineData(" 95.81 ％", 95.81)]
    public void ReadsARateAsPrinted(string printed, double rate)
    {
        EvaluationScoring.ParseRate(printed).Should().Be((decimal)rate);
    }

    [Theory]
    [InlineData(-1, "不能为负数。")]
    [InlineData(1000.01, "不能大于 1000。")]
    [InlineData(9.123, "最多保留 2 位小数。")]
    public void RefusesScoresNoFormPrints(double score, string problem)
    {
        EvaluationScoring.ScoreProblem((decimal)score).Should().Be(problem);
    }

    [Fact]
    public void KeepsTheDecimalsOfAScoreAsEntered()
    {
        EvaluationScoring.ScoreText(9.10m).Should().Be("9.10");
        EvaluationScoring.ScoreText(95.5m).Should().Be("95.5");
        EvaluationScoring.ScoreProblem(9.10m).Should().BeNull();
    }
}
