using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Exports;

namespace FinalAccounts.UnitTests.Exports;

/// <summary>Multi-level headings flattened to one name per column, the way the CSV and the data package name columns.</summary>
public class TableColumnsTests
{
    public static TheoryData<PublishedTable> AllTables { get; } = [.. PublishedTables.All];

    [Fact]
    public void JoinsNestedHeadingsFromTheTopDown()
    {
        var columns = TableColumns.Of(ExportTestData.Table(PublishedTable.ThreePublicCosts)).Select(c => c.Name);

        columns.Should().Equal(
            "预算数/合计", "预算数/因公出国（境）费", "预算数/公务用车购置及运行维护费/小计",
            "预算数/公务用车购置及运行维护费/公务用车购置费", "预算数/公务用车购置及运行维护费/公务用车运行维护费", "预算数/公务接待费",
            "决算数/合计", "决算数/因公出国（境）费", "决算数/公务用车购置及运行维护费/小计",
            "决算数/公务用车购置及运行维护费/公务用车购置费", "决算数/公务用车购置及运行维护费/公务用车运行维护费", "决算数/公务接待费");
    }

    [Fact]
    public void GivesTheCodeHeadingOneColumnOverItsThreeGridColumnsAndLeavesOutThe栏次Row()
    {
        var columns = TableColumns.Of(ExportTestData.Table(PublishedTable.GeneralBudgetExpenditure));

        columns.Select(c => c.Name).Should().Equal("项目/功能分类科目编码", "项目/科目名称", "本年支出/小计", "本年支出/基本支出", "本年支出/项目支出");
        columns[0].Should().Be(new TableColumn(0, "项目/功能分类科目编码", 0, 3));
        columns[1].FirstGridColumn.Should().Be(3);
        columns.Select(c => c.Name).Should().NotContain(n => n.Contains("栏次") || n.EndsWith('类'));
    }

    [Fact]
    public void NamesBothSidesOfTheSummaryTable()
    {
        TableColumns.Of(ExportTestData.Table(PublishedTable.AppropriationSummary)).Select(c => c.Name).Should().Equal(
            "收入/项目", "收入/行次", "收入/决算数",
            "支出/项目", "支出/行次", "支出/决算数/小计", "支出/决算数/一般公共预算财政拨款",
            "支出/决算数/政府性基金预算财政拨款", "支出/决算数/国有资本经营预算财政拨款");
    }

    [Fact]
    public void KeepsTheLastHeaderRowOfATableThatPrintsNo栏次Row()
    {
        TableColumns.Of(ExportTestData.Table(PublishedTable.BasicExpenditureDetail)).Select(c => c.Name).Should().Equal(
            "人员经费/经济分类科目编码", "人员经费/科目名称", "人员经费/决算数",
            "公用经费/经济分类科目编码", "公用经费/科目名称", "公用经费/决算数",
            "公用经费/经济分类科目编码", "公用经费/科目名称", "公用经费/决算数");
    }

    [Theory]
    [MemberData(nameof(AllTables))]
    public void TheColumnsCoverTheGridOnceEach(PublishedTable table)
    {
        var printed = ExportTestData.Table(table);

        var columns = TableColumns.Of(printed);

        columns.SelectMany(c => Enumerable.Range(c.FirstGridColumn, c.GridWidth)).Should().Equal(Enumerable.Range(0, printed.ColumnCount));
        columns.Should().OnlyContain(c => c.Name.Length > 0);
    }

    [Fact]
    public void FlattensAHandMadeHeaderWithARowSpan()
    {
        var table = new PrintedTable(PublishedTable.Income, "t", "u", [1, 1, 1],
            [
                [PrintedCell.Heading("项目", rowSpan: 2), PrintedCell.Heading("本年收入", columnSpan: 2)],
                [PrintedCell.Heading("财政拨款收入"), PrintedCell.Heading("其他收入")],
                [PrintedCell.Heading("栏次"), PrintedCell.Heading("1"), PrintedCell.Heading("2")],
            ],
            [[PrintedCell.Label("合计"), PrintedCell.Money(Money.FromYuan(1m)), PrintedCell.Money(null)]],
            [], null);

        TableColumns.Of(table).Select(c => c.Name).Should().Equal("项目", "本年收入/财政拨款收入", "本年收入/其他收入");
    }
}
