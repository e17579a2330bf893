using FinalAccounts.Domain.Amounts;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.UnitTests.Content;

public class WanYuanTextTests
{
    [Theory]
    [InlineData("0.01", "0.000001")]
    [InlineData("0.10", "0.00001")]
    [InlineData("50", "0.005")]
    [InlineData("0", "0.00")]
    [InlineData("34697300", "3,469.73")]
    [InlineData("21712000", "2,171.20")]
    [InlineData("12345678000", "1,234,567.80")]
    [InlineData("12345678912.34", "1,234,567.891234")]
    [InlineData("-4832500", "-483.25")]
    public void WritesTheExactAmountWithSeparatorsAndAtLeastTwoDecimals(string yuan, string expected)
    {
        var amount = Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture));

        var text = WanYuanText.Of(amount);

        text.Should().Be(expected);
        Money.TryParseWanYuan(text, out var read).Should().BeTrue();
        read.Should().Be(amount);
    }

    [Fact]
    public void NeverRoundsWhereThePublishedDisplayWould()
    {
        var amount = Money.FromWanYuan(1234567.8m) + Money.FromYuan(0.01m);

        amount.ToWanYuanString().Should().Be("1,234,567.80");
        WanYuanText.Of(amount).Should().Be("1,234,567.800001");
    }

    [Fact]
    public void ABlankCellStaysBlank() => WanYuanText.Of((Money?)null).Should().BeNull();
}
