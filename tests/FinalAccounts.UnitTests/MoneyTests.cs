using System.Globalization;

using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.UnitTests;

public class MoneyTests
{
    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    // ---- Display in 万元 ------------------------------------------------------------------------

    [Theory]
    [InlineData(12_345_650L, "1,234.57")]   // 1,234.565 rounds half away from zero
    [InlineData(12_345_649L, "1,234.56")]
    [InlineData(50L, "0.01")]               // 0.005 rounds up
    [InlineData(49L, "0.00")]               // 0.0049 rounds down
    [InlineData(0L, "0.00")]
    [InlineData(34_697_300L, "3,469.73")]
    [InlineData(10_000L, "1.00")]
    [InlineData(9_999_999_900L, "999,999.99")]
    [InlineData(1_234_567_890_000L, "123,456,789.00")]
    [InlineData(-50L, "-0.01")]             // negative half rounds away from zero
    [InlineData(-12_345_650L, "-1,234.57")]
    [InlineData(-12_345_649L, "-1,234.56")]
    public void FormatsWanYuanRoundedHalfAwayFromZeroWithThousandsSeparators(long yuan, string expected)
    {
        Money.FromYuan(yuan).ToWanYuanString().Should().Be(expected);
    }

    [Theory]
    [InlineData("12345650", "1234.57")]
    [InlineData("50", "0.01")]
    [InlineData("49", "0.00")]
    [InlineData("-50", "-0.01")]
    [InlineData("-49", "0.00")]
    [InlineData("0.01", "0.00")]
    public void DisplayWanYuanRoundsToTwoDecimalsHalfAwayFromZero(string yuan, string expectedWan)
    {
        Money.FromYuan(Dec(yuan)).DisplayWanYuan.Should().Be(Dec(expectedWan));
    }

    [Fact]
    public void WanYuanKeepsTheExactAmountWithoutRounding()
    {
        var money = Money.FromYuan(12_345_650m);

        money.WanYuan.Should().Be(1234.565m);
        money.Yuan.Should().Be(12_345_650m);
    }

    [Fact]
    public void ToStringAppendsTheWanYuanUnit()
    {
        Money.FromYuan(34_697_300m).ToString().Should().Be("3,469.73 万元");
    }

    [Fact]
    public void SumIsTakenOnExactAmountsNotOnRoundedDisplayValues()
    {
        // Each 50 元 displays as 0.01 万元, but three of them are 150 元 = 0.015 → 0.02, not 0.03.
        var total = new[] { Money.FromYuan(50m), Money.FromYuan(50m), Money.FromYuan(50m) }.Sum();

        total.Yuan.Should().Be(150m);
        total.ToWanYuanString().Should().Be("0.02");
    }

    // ---- Parsing 万元 text ----------------------------------------------------------------------

    [Theory]
    [InlineData("3,469.73", "34697300")]
    [InlineData("3469.73", "34697300")]
    [InlineData("3, 469. 73", "34697300")]        // PDF extraction puts spaces anywhere
    [InlineData(" 3469.73 ", "34697300")]
    [InlineData("2,171.2", "21712000")]
    [InlineData("８.００", "80000")]               // full-width digits
    [InlineData("１２３，４５６．７８", "1234567800")] // full-width comma and point
    [InlineData("-1.5", "-15000")]
    [InlineData("－1.5", "-15000")]              // full-width minus
    [InlineData("0.01", "100")]
    [InlineData("0", "0")]
    [InlineData("1,234,567.89", "12345678900")]
    [InlineData("1.000001", "10000.01")]          // exactly one 分
    public void ParsesWanYuanAsWrittenByPeopleAndPdfExtraction(string text, string expectedYuan)
    {
        Money.TryParseWanYuan(text, out var money).Should().BeTrue();
        money.Yuan.Should().Be(Dec(expectedYuan));
        Money.ParseWanYuan(text).Should().Be(money);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("3,46,9.73")]   // separators not every three digits
    [InlineData("1,2345")]
    [InlineData(",123")]
    [InlineData("1,")]
    [InlineData("1.2.3")]
    [InlineData("12.")]
    [InlineData(".5")]
    [InlineData("-")]
    [InlineData("--1")]
    [InlineData("1-")]
    [InlineData("+1")]
    [InlineData("12a")]
    [InlineData("1.0000001")]   // finer than a 分
    [InlineData("1e3")]
    [InlineData(null)]
    public void TryParseRejectsMalformedOrTooPreciseText(string? text)
    {
        Money.TryParseWanYuan(text, out var money).Should().BeFalse();
        money.Should().Be(Money.Zero);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("3,46,9.73")]
    [InlineData("1.0000001")]
    public void ParseThrowsFormatExceptionNamingTheTextInChinese(string text)
    {
        var act = () => Money.ParseWanYuan(text);

        act.Should().Throw<FormatException>()
            .Which.Message.Should().Contain(text).And.Contain("金额");
    }

    [Fact]
    public void TryParseReturnsFalseWhenTheAmountIsTooLargeToHold()
    {
        var act = () => Money.TryParseWanYuan("79228162514264337593543950335", out _);

        act.Should().NotThrow();
        Money.TryParseWanYuan("79228162514264337593543950335", out _).Should().BeFalse();
    }

    // ---- Construction ------------------------------------------------------------------------

    [Theory]
    [InlineData("0.001")]
    [InlineData("1.005")]
    [InlineData("-0.009")]
    public void FromYuanRejectsFractionsOfAFen(string yuan)
    {
        var act = () => Money.FromYuan(Dec(yuan));

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "yuan" && e.Message.Contains('分'));
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("1.10")]
    [InlineData("-123.45")]
    public void FromYuanAcceptsWholeFen(string yuan)
    {
        Money.FromYuan(Dec(yuan)).Yuan.Should().Be(Dec(yuan));
    }

    [Fact]
    public void FromWanYuanRejectsAmountsFinerThanAFen()
    {
        var act = () => Money.FromWanYuan(0.0000001m);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromWanYuanConvertsToYuan()
    {
        Money.FromWanYuan(3469.73m).Yuan.Should().Be(34_697_300m);
    }

    [Fact]
    public void AddsTenthsOfWanYuanExactly()
    {
        var sum = Money.FromWanYuan(0.1m) + Money.FromWanYuan(0.2m);

        sum.Should().Be(Money.FromWanYuan(0.3m));
        sum.Yuan.Should().Be(3000m);
    }

    [Fact]
    public void EqualAmountsWithDifferentScaleAreEqual()
    {
        Money.FromYuan(1.10m).Should().Be(Money.FromYuan(1.1m));
        (Money.FromYuan(1.10m) == Money.FromYuan(1.1m)).Should().BeTrue();
    }

    // ---- Arithmetic and comparison -----------------------------------------------------------

    [Fact]
    public void SubtractionAndNegationProduceNegativeAmounts()
    {
        var a = Money.FromYuan(100m);
        var b = Money.FromYuan(250m);

        (a - b).Yuan.Should().Be(-150m);
        (a - b).IsNegative.Should().BeTrue();
        (-a).Yuan.Should().Be(-100m);
        a.IsNegative.Should().BeFalse();
        Money.Zero.IsNegative.Should().BeFalse();
    }

    [Fact]
    public void ComparesByAmount()
    {
        var small = Money.FromYuan(1m);
        var large = Money.FromYuan(2m);

        (small < large).Should().BeTrue();
        (large > small).Should().BeTrue();
        (small <= Money.FromYuan(1m)).Should().BeTrue();
        (large <= small).Should().BeFalse();
        (large >= small).Should().BeTrue();
        (large < small).Should().BeFalse();
        small.CompareTo(large).Should().BeNegative();
        large.CompareTo(small).Should().BePositive();
        small.CompareTo(Money.FromYuan(1.00m)).Should().Be(0);
    }

    // ---- Sums --------------------------------------------------------------------------------

    [Fact]
    public void SumOfOnlyBlanksIsBlank()
    {
        new Money?[] { null, null }.Sum().Should().BeNull();
    }

    [Fact]
    public void SumOfNoNullableAmountsIsBlank()
    {
        Array.Empty<Money?>().Sum().Should().BeNull();
    }

    [Fact]
    public void SumSkipsBlanks()
    {
        var total = new Money?[] { null, Money.FromYuan(1.5m), null, Money.FromYuan(2.25m) }.Sum();

        total.Should().Be(Money.FromYuan(3.75m));
    }

    [Fact]
    public void SumOfZeroAmountIsZeroNotBlank()
    {
        var total = new Money?[] { null, Money.Zero }.Sum();

        total.Should().NotBeNull();
        total.Should().Be(Money.Zero);
    }

    [Fact]
    public void SumOfNoAmountsIsZero()
    {
        Array.Empty<Money>().Sum().Should().Be(Money.Zero);
        new[] { Money.FromYuan(1m), Money.FromYuan(-3m) }.Sum().Should().Be(Money.FromYuan(-2m));
    }

    [Fact]
    public void BlankAmountFormatsAsEmptyCell()
    {
        Money? blank = null;
        Money? amount = Money.FromYuan(34_697_300m);

        blank.ToWanYuanString().Should().BeEmpty();
        amount.ToWanYuanString().Should().Be("3,469.73");
    }
}
