using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Domain.Disclosures;

namespace FinalAccounts.UnitTests.Comparisons;

public sealed class AnomalyTests
{
    private static readonly Anomaly.Subject Subject = new("test", "测试局", 2024, 1);
    private static readonly Measure Operating = new("operatingCosts", "机关运行经费", MeasureUnit.Yuan);

    [Fact]
    public void GrowthIsListedWithBothYearsAndItsRateAndAFallIsNot()
    {
        var growth = Anomaly.Growth(AnomalyKind.OperatingCostsGrowing, Subject, Operating, 1_000_000m, 1_200_000m)!;

        growth.Reason.Should().Be("机关运行经费由2023年度 100.00 万元增加到2024年度 120.00 万元，增长 20%。");
        growth.Weight.Should().Be(20m);
        Anomaly.Growth(AnomalyKind.OperatingCostsGrowing, Subject, Operating, 1_200_000m, 1_000_000m).Should().BeNull();
        Anomaly.Growth(AnomalyKind.OperatingCostsGrowing, Subject, Operating, null, 1_000_000m).Should().BeNull("no year before, no growth");
    }

    [Fact]
    public void WarningsLeftInAPublishedVersionAreCountedAndNoneIsNoEntry()
    {
        var entry = Anomaly.WarningsLeft(Subject, 3)!;

        entry.Kind.Should().Be(AnomalyKind.WarningsLeft);
        entry.Reason.Should().Be("现行第1版公开时仍有 3 条校验警告（须说明理由的不一致）。");
        entry.Weight.Should().Be(30m);
        Anomaly.WarningsLeft(Subject, 0).Should().BeNull();
    }

    [Fact]
    public void AStatedReasonIsQuotedAndHalvesTheWeightAndAMissingOneIsSaid()
    {
        var growth = Anomaly.Growth(AnomalyKind.OperatingCostsGrowing, Subject, Operating, 1_000_000m, 1_200_000m)!;

        var explained = growth.WithStatedReason("办公费用增加。");
        explained.Reason.Should().EndWith("增长 20%。说明所述原因：办公费用增加。");
        explained.Weight.Should().Be(10m);

        var unexplained = growth.WithStatedReason("  ");
        unexplained.Reason.Should().EndWith("增长 20%。说明未写明原因。");
        unexplained.Weight.Should().Be(20m);

        var lengthy = growth.WithStatedReason(new string('因', 200));
        lengthy.Reason.Should().EndWith(new string('因', 80) + "…。", "a long reason is cut to its first 80 characters");
    }

    [Theory]
    [InlineData(1_000_000, 1_290_000, null)]
    [InlineData(1_000_000, 1_300_000, "增长 30%")]
    [InlineData(1_000_000, 600_000, "下降 40%")]
    public void ALargeChangeReachesTheThresholdEitherWay(int before, int after, string? expected)
    {
        var entry = Anomaly.LargeChange(Subject, Operating, before, after, Anomaly.DefaultThresholdPercent);

        if (expected is null)
        {
            entry.Should().BeNull();
        }
        else
        {
            entry!.Reason.Should().Contain(expected);
        }
    }

    [Fact]
    public void OverBudgetStatesTheExcessAndNothingWithinBudget()
    {
        Anomaly.OverBudget(Subject, Operating, 650_000m, 800_000m)!.Reason.Should().Be("机关运行经费决算 80.00 万元，超过预算数 65.00 万元 15.00 万元（23.1%）。");
        Anomaly.OverBudget(Subject, Operating, 650_000m, 650_000m).Should().BeNull();
        Anomaly.OverBudget(Subject, Operating, null, 650_000m).Should().BeNull("no budget stated, nothing to exceed");
    }

    [Fact]
    public void LatenessAndCorrectionsWeighByDaysAndCount()
    {
        var late = Anomaly.Late(Subject, new PublicationTimeliness(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31), new DateOnly(2025, 6, 30)))!;
        late.Weight.Should().Be(50m, "10 days late at 5 a day");
        Anomaly.Late(Subject, new PublicationTimeliness(new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 10), new DateOnly(2025, 6, 30))).Should().BeNull();
        Anomaly.Corrected(Subject with { Version = 3 })!.Weight.Should().Be(40m);
        Anomaly.Corrected(Subject).Should().BeNull();
    }

    [Fact]
    public void TheListRanksTheHeaviestFirst()
    {
        var light = Anomaly.Corrected(Subject with { Version = 2 })!;
        var heavy = Anomaly.Growth(AnomalyKind.OperatingCostsGrowing, Subject, Operating, 1_000_000m, 3_000_000m)!;

        Anomaly.Ranked([light, heavy]).Should().Equal(heavy, light);
    }
}
