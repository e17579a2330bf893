using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;

namespace FinalAccounts.UnitTests.Figures;

public sealed class PercentageTests
{
    private static Money Wan(decimal wan) => Money.FromWanYuan(wan);

    [Theory]
    // The 硚口 2024 说明's own figures: shares of general-budget spending by 类 keep two decimals…
    [InlineData(2761.28, 3469.73, PercentKind.ClassShare, "79.58%")]
    [InlineData(228.93, 3469.73, PercentKind.ClassShare, "6.6%")]
    // …changes, completion rates and other shares one, and trailing zeros go.
    [InlineData(2467.86, 3469.73, PercentKind.Share, "71.1%")]
    [InlineData(3469.73, 3531.15, PercentKind.Completion, "98.3%")]
    [InlineData(201.91, 217.17, PercentKind.Completion, "93%")]
    [InlineData(483.25, 3952.98, PercentKind.Change, "12.2%")]
    [InlineData(3469.73, 3469.73, PercentKind.Share, "100%")]
    public void PrintsAsTheSeedsDo(decimal part, decimal whole, PercentKind kind, string expected)
    {
        Percentage.Of(Wan(part), Wan(whole), kind)!.Value.ToString().Should().Be(expected);
    }

    [Fact]
    public void RoundsHalfAwayFromZero()
    {
        // 1/8 = 12.5% exactly: one decimal keeps it; 0.125% of a change rounds up to 0.1%.
        Percentage.Of(Wan(1), Wan(800), PercentKind.Change)!.Value.Rounded.Should().Be(0.1m);
        Percentage.Of(Wan(1), Wan(8), PercentKind.Change)!.Value.ToString().Should().Be("12.5%");
    }

    [Fact]
    public void KeepsTheExactRatioForComparison()
    {
        Percentage.Of(Wan(1), Wan(3), PercentKind.Share)!.Value.Exact.Should().BeApproximately(33.3333333m, 0.0000001m);
    }

    [Theory]
    [InlineData(null, 10.0)]
    [InlineData(1.0, null)]
    [InlineData(1.0, 0.0)]
    public void IsUndefinedForABlankOrZeroWhole(double? part, double? whole)
    {
        Percentage.Of(part is null ? null : Wan((decimal)part), whole is null ? null : Wan((decimal)whole), PercentKind.Share)
            .Should().BeNull();
    }
}

public sealed class ChangeTests
{
    [Fact]
    public void ADecreaseReadsAs减少And下降()
    {
        var change = new Change(Money.FromWanYuan(3469.73m), Money.FromWanYuan(3952.98m));

        change.Magnitude.ToWanYuanString().Should().Be("483.25");
        change.AmountVerb.Should().Be("减少");
        change.RateVerb.Should().Be("下降");
        change.Rate!.Value.ToString().Should().Be("12.2%");
    }

    [Fact]
    public void AnIncreaseReadsAs增加And增长()
    {
        var change = new Change(Money.FromWanYuan(3717.41m), Money.FromWanYuan(3223.83m));

        change.AmountVerb.Should().Be("增加");
        change.RateVerb.Should().Be("增长");
        change.Magnitude.ToWanYuanString().Should().Be("493.58");
    }

    [Fact]
    public void HasNoRateAgainstZeroAndNoChangeWithoutBothYears()
    {
        new Change(Money.FromWanYuan(5m), Money.Zero).Rate.Should().BeNull();
        Change.Between(Money.FromWanYuan(5m), null).Should().BeNull();
        new Change(Money.FromWanYuan(5m), Money.FromWanYuan(5m)).IsUnchanged.Should().BeTrue();
    }
}
