using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Exports;

using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;

namespace FinalAccounts.UnitTests.Exports;

/// <summary>Every printed amount in long form, classified by what its row prints.</summary>
public class TableAmountsTests
{
    public static TheoryData<PublishedTable> AllTables { get; } = [.. PublishedTables.All];

    [Theory]
    [MemberData(nameof(AllTables))]
    public void HoldsEveryPrintedAmountOnce(PublishedTable table)
    {
        var printed = ExportTestData.Table(table);

        var amounts = TableAmounts.Of(printed);

        amounts.Select(a => a.Amount).Should().Equal(printed.BodyRows.SelectMany(r => r).Where(c => c.Amount is not null).Select(c => c.Amount!.Value));
        amounts.Select(a => (a.Row, a.Column)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void GivesAFunctionRowItsCodeLevelNameAndColumn()
    {
        var amounts = TableAmounts.Of(ExportTestData.Table(PublishedTable.Expenditure));

        var project = amounts.Single(a => a.FunctionCode?.Value == "2040604" && a.Measure == "项目支出");
        project.FunctionName.Should().Be("基层司法业务");
        project.Item.Should().Be("基层司法业务");
        project.Amount.Should().Be(Wan(610.00m));
        project.Column.Should().Be(5);
        project.EconomicCode.Should().BeNull();
        amounts.Where(a => a.Item == "合计").Should().OnlyContain(a => a.FunctionCode == null && a.Row == 1)
            .And.Contain(a => a.Measure == "本年支出合计" && a.Amount == Wan(2_771.28m));
    }

    [Fact]
    public void FindsThe类OfASummaryExpenditureLineFromItsOrdinal()
    {
        var amounts = TableAmounts.Of(ExportTestData.Table(PublishedTable.AppropriationSummary));

        var security = amounts.Where(a => a.Item == "四、公共安全支出").ToList();
        security.Should().HaveCount(2).And.OnlyContain(a => a.FunctionCode!.Value.Value == "204" && a.FunctionName == "公共安全支出");
        security.Select(a => a.Measure).Should().Equal("支出/决算数/小计", "支出/决算数/一般公共预算财政拨款");
        security[0].LineNumber.Should().Be(36);
        amounts.Single(a => a.Item == "一、一般公共预算财政拨款").Should().Match<TableAmount>(a =>
            a.FunctionCode == null && a.LineNumber == 1 && a.Measure == "收入/决算数" && a.Amount == Wan(2_751.28m));
    }

    [Fact]
    public void GivesEachBlockOfTheBasicExpenditureTableItsEconomicCode()
    {
        var amounts = TableAmounts.Of(ExportTestData.Table(PublishedTable.BasicExpenditureDetail));

        amounts.Single(a => a.EconomicCode?.Value == "30302").Should().Match<TableAmount>(a =>
            a.EconomicName == "退休费" && a.Measure == "人员经费/决算数" && a.Amount == Wan(61.28m));
        amounts.Single(a => a.EconomicCode?.Value == "30231").Should().Match<TableAmount>(a =>
            a.EconomicName == "公务用车运行维护费" && a.Measure == "公用经费/决算数" && a.Column == 6);
        amounts.Single(a => a.Item == "公用经费合计").Should().Match<TableAmount>(a =>
            a.EconomicCode == null && a.Amount == Wan(300.00m) && a.Measure == "公用经费/决算数");
        amounts.Should().OnlyContain(a => a.FunctionCode == null);
    }

    [Fact]
    public void NamesTheColumnsOfTheThreePublicCostsByTheirHeadings()
    {
        var amounts = TableAmounts.Of(ExportTestData.Table(PublishedTable.ThreePublicCosts));

        amounts.Should().HaveCount(12);
        amounts.Single(a => a.Measure == "决算数/公务用车购置及运行维护费/公务用车运行维护费").Amount.Should().Be(Wan(45.00m));
        amounts.Sum(a => a.Amount.Yuan).Should().Be(Money.FromWanYuan(65 + 50 + 50 + 15 + 57 + 45 + 45 + 12).Yuan);
    }
}
