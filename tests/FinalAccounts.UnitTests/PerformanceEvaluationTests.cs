using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Performance;

namespace FinalAccounts.UnitTests;

public class PerformanceEvaluationTests
{
    private static PerformanceGoal NewGoal() =>
        new PerformanceEvaluation(EvaluationKind.Project, "法律援助项目").AddGoal("完成法律援助案件");

    [Fact]
    public void RequiresAName()
    {
        var act = () => new PerformanceEvaluation(EvaluationKind.Overall, "  ");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void TrimsTheName()
    {
        new PerformanceEvaluation(EvaluationKind.Overall, " 硚口区司法局 ").Name.Should().Be("硚口区司法局");
    }

    [Fact]
    public void NumbersGoalsInOrderAndBlanksTheirEmptyText()
    {
        var evaluation = new PerformanceEvaluation(EvaluationKind.Overall, "硚口区司法局");

        evaluation.AddGoal(" 目标一 ");
        evaluation.AddGoal("   ");

        evaluation.Goals.Select(g => g.Sequence).Should().Equal(1, 2);
        evaluation.Goals[0].Text.Should().Be("目标一");
        evaluation.Goals[1].Text.Should().BeNull();
    }

    [Fact]
    public void NumbersIndicatorsInOrderAndKeepTheirValues()
    {
        var goal = NewGoal();

        goal.AddIndicator("产出指标", "数量指标", "办理案件数", "≥300件", "320件", 10m, 9.5m);
        var second = goal.AddIndicator(" 效益指标 ", "  ", " 群众满意度 ", "≥95%", "98%");

        goal.Indicators.Select(i => i.Sequence).Should().Equal(1, 2);
        goal.Indicators[0].Weight.Should().Be(10m);
        goal.Indicators[0].Score.Should().Be(9.5m);
        second.Level1.Should().Be("效益指标");
        second.Level2.Should().BeNull();
        second.Level3.Should().Be("群众满意度");
        second.Weight.Should().BeNull();
        second.Score.Should().BeNull();
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(10, 0)]
    [InlineData(0, 0)]
    public void AcceptsScoreUpToTheWeight(int weight, int score)
    {
        var indicator = NewGoal().AddIndicator("产出指标", null, "办理案件数", null, null, weight, score);

        indicator.Score.Should().Be(score);
    }

    [Fact]
    public void AcceptsAScoreWithoutAWeight()
    {
        NewGoal().AddIndicator("产出指标", null, "办理案件数", null, null, null, 5m).Score.Should().Be(5m);
    }

    [Fact]
    public void RejectsScoreAboveWeight()
    {
        var goal = NewGoal();

        var act = () => goal.AddIndicator("产出指标", null, "办理案件数", null, null, 10m, 10.5m);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("办理案件数").And.Contain("超过");
        goal.Indicators.Should().BeEmpty();
    }

    [Theory]
    [InlineData(-1.0, 0.0)]
    [InlineData(10.0, -1.0)]
    [InlineData(null, -0.5)]
    [InlineData(-1.0, null)]
    public void RejectsNegativeWeightOrScore(double? weight, double? score)
    {
        var goal = NewGoal();

        var act = () => goal.AddIndicator("产出指标", null, "办理案件数", null, null,
            (decimal?)weight, (decimal?)score);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("负数");
        goal.Indicators.Should().BeEmpty();
    }

    [Theory]
    [InlineData("", "办理案件数")]
    [InlineData("产出指标", " ")]
    public void RequiresFirstAndThirdLevelNames(string level1, string level3)
    {
        var act = () => NewGoal().AddIndicator(level1, null, level3, null, null);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    // 洪山 2021's self-evaluations print 执行率 95.81% and 87.48% beside these 预算数 and 执行数.
    [InlineData(3516.88, 3369.44, "95.81")]
    [InlineData(440.24, 385.14, "87.48")]
    [InlineData(3469.73, 3469.73, "100.00")]
    public void ComputesTheExecutionRateFromBudgetAndExecuted(double budget, double executed, string percent)
    {
        var rate = EvaluationScoring.ExecutionRate(Money.FromWanYuan((decimal)budget), Money.FromWanYuan((decimal)executed));

        rate!.Value.ToString("0.00", CultureInfo.InvariantCulture).Should().Be(percent);
    }

    [Fact]
    public void HasNoExecutionRateWithoutABudgetToDivideBy()
    {
        EvaluationScoring.ExecutionRate(Money.Zero, Money.FromWanYuan(2m)).Should().BeNull();
        EvaluationScoring.ExecutionRate(null, Money.FromWanYuan(2m)).Should().BeNull();
        EvaluationScoring.ExecutionRate(Money.FromWanYuan(3m), null).Should().BeNull();
    }

    [Fact]
    public void SumsIndicatorWeightsAndScoresCountingBlanksAsNothing()
    {
        var scores = IndicatorScores.Of([(10m, 9.5m), (20m, 20m), (null, null), (5m, null)]);

        scores.Should().Be(new IndicatorScores(35m, 29.5m));
    }

    [Fact]
    public void HasNoScoresWhenNoIndicatorIsScored()
    {
        IndicatorScores.Of([(null, null), (null, null)]).Should().BeNull();
        IndicatorScores.Of([]).Should().BeNull();
    }
}
