using FinalAccounts.Domain.Tables;

namespace FinalAccounts.UnitTests;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(4, "四")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(19, "十九")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(26, "二十六")]
    [InlineData(30, "三十")]
    [InlineData(99, "九十九")]
    public void WritesOrdinalsAsPublished(int n, string expected)
    {
        ChineseNumerals.Ordinal(n).Should().Be(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100)]
    public void RejectsNumbersOutsideOneToNinetyNine(int n)
    {
        var act = () => ChineseNumerals.Ordinal(n);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
