using System.Text;
using FinalAccounts.Infrastructure.Exports;

namespace FinalAccounts.UnitTests.Exports;

public class CsvTextTests
{
    [Theory]
    [InlineData("行政运行", "行政运行")]
    [InlineData("", "")]
    [InlineData("3469.73", "3469.73")]
    [InlineData("注：1. 本表反映部门本年度的总收支", "注：1. 本表反映部门本年度的总收支")]
    [InlineData("1,001.88", "\"1,001.88\"")]
    [InlineData("财政拨款“三公”经费", "财政拨款“三公”经费")]
    [InlineData("the \"three\" costs", "\"the \"\"three\"\" costs\"")]
    [InlineData("第一行\n第二行", "\"第一行\n第二行\"")]
    [InlineData("a\r\nb", "\"a\r\nb\"")]
    public void QuotesAFieldOnlyWhenItHoldsACommaAQuoteOrALineBreak(string value, string expected)
    {
        CsvText.Field(value).Should().Be(expected);
    }

    [Fact]
    public void EndsEveryRecordWithCrLf()
    {
        var bytes = CsvText.Encode([["项目", "金额"], ["合计", "1.00"]], byteOrderMark: false);

        Encoding.UTF8.GetString(bytes).Should().Be("项目,金额\r\n合计,1.00\r\n");
    }

    [Fact]
    public void StartsWithTheUtf8ByteOrderMarkOnlyWhenAsked()
    {
        var withMark = CsvText.Encode([["合计"]], byteOrderMark: true);
        var without = CsvText.Encode([["合计"]], byteOrderMark: false);

        withMark.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        withMark.Skip(3).Should().Equal(without);
        without[0].Should().NotBe(0xEF);
    }

    [Fact]
    public void ANullFieldIsEmpty()
    {
        CsvText.Record(["a", null, "b"]).Should().Be("a,,b\r\n");
    }
}
