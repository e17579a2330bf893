using FinalAccounts.UnitTests.Validation;

namespace FinalAccounts.UnitTests.Narrative;

/// <summary>说明十三 built from the self-evaluations: it says what the 附件 print, to the digit.</summary>
public class PerformanceExplanationTests
{
    [Fact]
    public void TheOverallScoreKeepsItsDecimals()
    {
        var text = new ConsistentDisclosureBuilder().WithEvaluation(e => e.TotalScore = 95.5m).Build().Explanation.PlainText(13);

        text.Should().Contain("自评得分 95.5 分").And.NotContain("自评得分 95 分");
    }

    [Fact]
    public void WithoutATypedTotalTheScoreIsTheSumTheAttachmentPrints()
    {
        // Σ得分 of the builder's overall form: 10.00 + 49.5 + 30 + 9.
        var text = new ConsistentDisclosureBuilder().WithEvaluation(e => e.TotalScore = null).Build().Explanation.PlainText(13);

        text.Should().Contain("自评得分 98.50 分");
    }

    [Fact]
    public void ProjectsAndTheirFundsAreCountedFromTheProjectEvaluations()
    {
        var text = new ConsistentDisclosureBuilder()
            .WithoutProjectSummary()
            .WithoutEnteredEvaluatedFunds()
            .WithProjectEvaluation("法律援助", 400.00m, 364.00m, "91.00%", 92.5m, "优")
            .WithProjectEvaluation("人民调解", 200.00m, 200.00m)
            .Build().Explanation.PlainText(13);

        text.Should().Contain("共涉及项目 2 个，资金 564.00 万元");
        text.Should().Contain("1. 法律援助项目绩效自评综述：项目全年预算数为 400.00 万元，执行数为 364.00 万元，执行率 91.00%，自评得分 92.5 分，自评等级为优。",
            "the rate is the one the 附件 prints, not 91.0%");
        text.Should().Contain("2. 人民调解项目绩效自评综述：项目全年预算数为 200.00 万元，执行数为 200.00 万元，执行率 100.00%。",
            "a rate left blank is the one the 附件 computes and prints");
    }

    [Fact]
    public void FundsStaffEnteredAreKeptOverTheSumOfTheEvaluations()
    {
        // A department may count funds its 附件 do not list, as 硚口 2024 does.
        var text = new ConsistentDisclosureBuilder()
            .WithProjectEvaluation("法律援助", 400.00m, 364.00m)
            .Build().Explanation.PlainText(13);

        text.Should().Contain("资金 600.00 万元");
    }

    [Fact]
    public void AProjectWithoutItsExecutedAmountSaysSoAndTheFundsAreNotMadeUp()
    {
        var text = new ConsistentDisclosureBuilder()
            .WithoutProjectSummary()
            .WithoutEnteredEvaluatedFunds()
            .WithProjectEvaluation("法律援助", 400.00m, null)
            .Build().Explanation.PlainText(13);

        text.Should().Contain("共涉及项目 1 个。").And.Contain("执行数为未填报").And.NotContain("执行数为 0.00");
    }
}
