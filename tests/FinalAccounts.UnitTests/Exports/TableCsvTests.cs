using System.Text;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.UnitTests.Validation;

namespace FinalAccounts.UnitTests.Exports;

public class TableCsvTests
{
    [Fact]
    public void WritesAHeaderLineAndOneLinePerBodyRowWithPlainAmountsInWanYuan()
    {
        var records = TableCsv.Records(ExportTestData.Table(PublishedTable.Expenditure));

        records[0].Should().Equal("项目/功能分类科目", "项目/科目名称", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出");
        records.Should().HaveCount(1 + 8);
        records[1].Should().Equal("", "合计", "2771.28", "2161.28", "610.00", "", "", "");
        records.Should().ContainEquivalentOf(new[] { "2040604", "基层司法业务", "610.00", "", "610.00", "", "", "" });
    }

    [Fact]
    public void PutsBothSidesOfASummaryLineOnOneLine()
    {
        var records = TableCsv.Records(ExportTestData.Table(PublishedTable.IncomeExpenditureSummary));

        records[0].Should().Equal("收入/项目", "收入/行次", "收入/金额", "支出/项目", "支出/行次", "支出/金额");
        records[1].Should().Equal("一、一般公共预算财政拨款收入", "1", "2751.28", "一、一般公共服务支出", "31", "");
        records.Single(r => r[3] == "四、公共安全支出").Should().Equal("四、上级补助收入", "4", "", "四、公共安全支出", "34", "2471.28");
        records[^1].Should().Equal("总计", "30", "2791.28", "总计", "60", "2791.28");
    }

    [Fact]
    public void StartsWithTheByteOrderMarkAndQuotesNamesWithCommas()
    {
        var builder = new ConsistentDisclosureBuilder().WithRowName(PublishedTable.Expenditure, "2040601", "行政运行（含“三公”, 会议）");

        var bytes = TableCsv.Write(ExportTestData.Table(PublishedTable.Expenditure, builder));

        bytes.Take(3).Should().Equal(Encoding.UTF8.Preamble.ToArray());
        Encoding.UTF8.GetString(bytes.AsSpan(3)).Should().Contain("2040601,\"行政运行（含“三公”, 会议）\",1861.28,1861.28,,,,\r\n");
    }

    [Fact]
    public void AnEmptyTableStillHasItsHeaderAndBlank合计Line()
    {
        var records = TableCsv.Records(ExportTestData.Table(PublishedTable.StateCapital));

        records.Should().HaveCount(2);
        records[1].Should().Equal("", "合计", "", "", "");
    }
}
