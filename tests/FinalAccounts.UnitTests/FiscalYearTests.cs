using FinalAccounts.Domain.Classification;

namespace FinalAccounts.UnitTests;

public class FiscalYearTests
{
    [Theory]
    [InlineData(2000)]
    [InlineData(2024)]
    [InlineData(2100)]
    public void AcceptsYearsWithinRange(int value)
    {
        new FiscalYear(value).Value.Should().Be(value);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    [InlineData(0)]
    [InlineData(-2024)]
    [InlineData(24)]
    public void RejectsYearsOutsideRangeWithChineseMessage(int value)
    {
        var act = () => new FiscalYear(value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "value" && e.Message.Contains("年度"));
    }

    [Fact]
    public void PreviousIsTheYearBefore()
    {
        new FiscalYear(2024).Previous.Should().Be(new FiscalYear(2023));
    }

    [Fact]
    public void PreviousOfEarliestYearIsRejected()
    {
        var act = () => new FiscalYear(FiscalYear.Earliest).Previous;

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ComparesChronologically()
    {
        var years = new[] { new FiscalYear(2024), new FiscalYear(2021), new FiscalYear(2023) }.ToList();

        years.Sort();

        years.Select(y => y.Value).Should().Equal(2021, 2023, 2024);
        new FiscalYear(2024).CompareTo(new FiscalYear(2024)).Should().Be(0);
    }

    [Fact]
    public void ToStringIsTheFourDigitYear()
    {
        new FiscalYear(2024).ToString().Should().Be("2024");
    }
}
