using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.UnitTests.Comparisons;

public sealed class YearComparisonTests
{
    private static Money W(decimal wanYuan) => Money.FromWanYuan(wanYuan);

    [Fact]
    public void ChangesRunBetweenConsecutiveYearsAndFromTheThirdYearAgainstTheFirst()
    {
        var line = Compare([W(100m), W(90m), W(150m)]);

        line.FromPrevious.Select(c => c!.Percent).Should().Equal(-10m, 66.7m);
        line.FromFirst.Should().ContainSingle().Which!.Difference.Should().Be(W(50m));
        line.FromPrevious[1]!.Notable.Should().BeTrue("66.7% reaches 20%");
        line.FromPrevious[0]!.Notable.Should().BeFalse("-10% does not");
    }

    [Fact]
    public void AYearWithoutTheLineHasNoChangeRatherThanAChangeFromZero()
    {
        var line = Compare([null, W(194.54m)]);

        line.FromPrevious.Should().Equal([null]);
        line.Notable.Should().BeFalse();
    }

    [Fact]
    public void AnIncreaseFromZeroIsNotableThoughNoRateStatesIt()
    {
        var change = Compare([Money.Zero, W(8m)]).FromPrevious.Single()!;

        change.Percent.Should().BeNull();
        change.Notable.Should().BeTrue();
    }

    [Theory]
    [InlineData("2024,2023", new[] { 2023, 2024 })]
    [InlineData("2023，2024", new[] { 2023, 2024 })]
    [InlineData("2024", null)]
    [InlineData("2023,2023", null)]
    [InlineData("2023,abc", null)]
    [InlineData("2013,2014,2015,2016,2017,2018,2019,2020,2021,2022,2023", null)]
    public void YearsAreTwoToTenDistinctFiscalYears(string text, int[]? expected)
    {
        var years = YearComparison.ParseYears(text);

        if (expected is null)
        {
            years.Should().BeNull();
        }
        else
        {
            years.Should().Equal(expected);
        }
    }

    private static ComparedLine Compare(IReadOnlyList<Money?> amounts)
    {
        var years = Enumerable.Range(2022, amounts.Count).ToList();
        var line = new ComparedLine("2040601", "2040601", "行政运行", "subtotal", "小计", amounts);
        return new YearComparison(years, YearComparison.DefaultThresholdPercent,
            [new ComparedTable(PublishedTable.GeneralBudgetExpenditure, [line])], []).Tables.Single().Lines.Single();
    }
}
