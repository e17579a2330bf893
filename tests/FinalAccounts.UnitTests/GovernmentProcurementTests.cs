using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Facts;

namespace FinalAccounts.UnitTests;

public class GovernmentProcurementTests
{
    private static Money Wan(decimal wan) => Money.FromWanYuan(wan);

    // 硚口 2024, 说明 十一: 货物 10.62 + 工程 0 + 服务 68.20 = 78.82; awards to SMEs 10.62 (货物) + 64.90 (服务) = 75.52.
    private static GovernmentProcurement Qiaokou2024() => new()
    {
        Total = Wan(78.82m), Goods = Wan(10.62m), Works = Money.Zero, Services = Wan(68.2m),
        AwardedToSmes = Wan(75.52m), AwardedToMicroAndSmall = Wan(75.52m),
        GoodsToSmes = Wan(10.62m), ServicesToSmes = Wan(64.90m),
    };

    [Fact]
    public void AddsTheThreeKindsAndTheirAwardsToSmesSkippingBlanks()
    {
        var procurement = Qiaokou2024();

        procurement.KindsTotal.Should().Be(Wan(78.82m));
        procurement.KindsAwardedToSmes.Should().Be(Wan(75.52m), "工程 has no award to SMEs stated");
    }

    [Fact]
    public void LeavesTheSumsBlankWhenNoKindIsStated()
    {
        // 蔡甸 2023 states the awards to SMEs only as a whole.
        var procurement = new GovernmentProcurement { Total = Wan(135.06m), AwardedToSmes = Wan(40.52m) };

        procurement.KindsTotal.Should().BeNull();
        procurement.KindsAwardedToSmes.Should().BeNull();
    }

    [Fact]
    public void NoticesMicroAndSmallAwardsAboveTheSmeAwardsTheyArePartOf()
    {
        Qiaokou2024().MicroAndSmallExceedsSmes.Should().BeFalse("equal awards are consistent");
        new GovernmentProcurement { AwardedToSmes = Wan(40.52m), AwardedToMicroAndSmall = Wan(24.31m) }
            .MicroAndSmallExceedsSmes.Should().BeFalse();
        new GovernmentProcurement { AwardedToSmes = Wan(2m), AwardedToMicroAndSmall = Wan(5m) }
            .MicroAndSmallExceedsSmes.Should().BeTrue();
        new GovernmentProcurement { AwardedToMicroAndSmall = Wan(5m) }
            .MicroAndSmallExceedsSmes.Should().BeFalse("nothing to compare with while the SME awards are blank");
    }
}
