using FinalAccounts.Domain.Comparisons;

namespace FinalAccounts.UnitTests.Comparisons;

public sealed class DepartmentComparisonTests
{
    // 100, 120, 130, 400 (万元, in 元): QUARTILE.INC gives 115, 125, 197.5.
    private static readonly Quartiles Group = new(4, 1_150_000m, 1_250_000m, 1_975_000m);
    private static readonly Measure Amount = new("operatingCosts", "机关运行经费", MeasureUnit.Yuan);

    [Theory]
    [InlineData(4_000_000, 1.5, null, Deviation.High)] // above 197.5 + 1.5 × 82.5 = 321.25
    [InlineData(4_000_000, 3, null, null)]             // below 197.5 + 3 × 82.5 = 445
    [InlineData(4_000_000, 3, 3, Deviation.High)]      // above 3 × 125 = 375
    [InlineData(400_000, 3, 3, Deviation.Low)]         // below 125 ÷ 3
    [InlineData(1_000_000, 1.5, null, null)]
    public void AFigureLiesFarFromItsPeersBeyondTheFencesOrTheRatioOfTheMedian(decimal value, decimal factor, int? ratio, Deviation? expected)
    {
        new OutlierRule(factor, ratio).Judge(value, Group).Should().Be(expected);
    }

    [Theory]
    [InlineData(1_000_000, PeerBand.Low)]
    [InlineData(1_150_000, PeerBand.LowerMiddle)]
    [InlineData(1_250_000, PeerBand.LowerMiddle)]
    [InlineData(1_300_000, PeerBand.UpperMiddle)]
    [InlineData(4_000_000, PeerBand.High)]
    public void TheBandSaysWhereAFigureLiesAgainstTheQuartiles(decimal value, PeerBand band)
    {
        PeerFigure.Of(value, 1, Group, OutlierRule.Default).Band.Should().Be(band);
    }

    [Fact]
    public void RanksCountFromTheLargestTiesShareARankAndABlankHasNone()
    {
        PeerFigure.Ranks([500m, 300m, 500m, null, 100m, 300m]).Should().Equal(1, 3, 1, null, 5, 3);
        PeerFigure.Ranks([null, null]).Should().Equal(new int?[] { null, null });
        PeerFigure.Ranks([]).Should().BeEmpty();
    }

    [Fact]
    public void ABlankHasNoRankBandOrDeviation()
    {
        PeerFigure.Of(null, null, Group, OutlierRule.Default).Should().Be(PeerFigure.Blank);
        Amount.Format(null).Should().BeEmpty("a blank is not a zero");
    }

    [Fact]
    public void SortingByAMeasurePutsBlanksLastInEitherDirection()
    {
        ComparedDepartment Department(string code, decimal? value) => new(code, code, "区", 1, [PeerFigure.Of(value, null, Group, OutlierRule.Default)]);
        var departments = new[] { Department("a", 1_000_000m), Department("b", null), Department("c", 4_000_000m) };

        Codes(new DepartmentSort(Amount.Key, true)).Should().Equal("c", "a", "b");
        Codes(new DepartmentSort(Amount.Key, false)).Should().Equal("a", "c", "b");
        Codes(new DepartmentSort(DepartmentSort.Code, true)).Should().Equal("c", "b", "a");

        IEnumerable<string> Codes(DepartmentSort sort) =>
            new DepartmentComparison(2024, [Amount], [Group], departments, OutlierRule.Default, sort).Departments.Select(d => d.Code);
    }

    [Fact]
    public void FiguresPrintInTheirUnit()
    {
        Amount.Format(17_124_500m).Should().Be("1,712.45");
        new Measure("activeStaff", "在职实有人数", MeasureUnit.People).Format(57.5m).Should().Be("57.5");
        new Measure("x", "人均", MeasureUnit.YuanPerPerson).UnitName.Should().Be("万元/人");
    }

    [Fact]
    public void ATrendIsChartedWithAGapWhereAYearHasNoAmount()
    {
        var chart = new TrendLine(Amount, [1_000_000m, null, 2_000_000m]).Chart([2022, 2023, 2024]);

        chart.Categories.Should().Equal("2022年度", "2023年度", "2024年度");
        chart.Points.Select(p => p.Category).Should().Equal("2022年度", "2024年度");
        chart.Unit.Should().Be("万元");
        new TrendLine(new Measure("activeStaff", "在职实有人数", MeasureUnit.People), [10m, 12m]).IsChartable.Should().BeFalse("people are no amount");
    }
}
