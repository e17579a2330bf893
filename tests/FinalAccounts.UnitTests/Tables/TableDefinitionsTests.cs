using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Staff.Tables;
using FinalAccounts.UnitTests.Content;
using FinalAccounts.UnitTests.Staff;
using FinalAccounts.UnitTests.Validation;

namespace FinalAccounts.UnitTests.Tables;

/// <summary>
/// Each table is declared once: its heading tree covers exactly its printed columns, and the printed
/// table, the staff grid, the validator and the row classes all take their headings, column names and
/// sums from the declaration, so a heading changed there changes everywhere.
/// </summary>
public sealed class TableDefinitionsTests
{
    public static TheoryData<PublishedTable> EveryTable => [.. PublishedTables.All];

    [Theory]
    [MemberData(nameof(EveryTable))]
    public void TheHeadingTreeCoversThePrintedColumnsInOrder(PublishedTable table)
    {
        var definition = TableDefinitions.Of(table);

        definition.Headings.SelectMany(h => h.Columns).Should().Equal(definition.Columns.Where(c => c.Printed));
    }

    [Theory]
    [MemberData(nameof(EveryTable))]
    public void RowIdentitiesNameOnlyTheTablesOwnColumns(PublishedTable table)
    {
        var definition = TableDefinitions.Of(table);

        definition.RowSums.SelectMany(s => s.Added.Concat(s.Subtracted).Append(s.Target))
            .Where(c => !definition.Columns.Contains(c)).Should().BeEmpty();
    }

    [Fact]
    public void ThePrintedTableAndTheStaffGridPrintThreePublicCostsHeadingsFromItsDefinition()
    {
        var definition = TableDefinitions.ThreePublicCosts;
        var expected = HeadingRows.Of([.. definition.Sides.Select(s => ColumnHeading.Group(s.Name, [.. definition.Headings]))])
            .Select(row => row.Select(c => (c.Text, c.ColumnSpan, c.RowSpan)).ToList()).ToList();

        var version = new ConsistentDisclosureBuilder().Build().Version;
        var printed = PrintedTables.Build(version, ConsistentDisclosureBuilder.Year, new Dictionary<string, string>())
            .Single(t => t.Table == PublishedTable.ThreePublicCosts);
        var form = TableForms.Open(PublishedTable.ThreePublicCosts, SeedContent.Captured(SeedContent.Read("qiaokou-2024.json")),
            TableFormsTests.Catalog);

        // The last header row is 栏次 in both.
        printed.HeaderRows.SkipLast(1).Select(row => row.Select(c => (c.Text, c.ColumnSpan, c.RowSpan)).ToList())
            .Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        form.HeaderRows.SkipLast(1).Select(row => row.Select(c => (c.Text, c.ColumnSpan, c.RowSpan)).ToList())
            .Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        form.Slots.Should().OnlyContain(s => s.Columns.SequenceEqual(definition.Columns));
        expected[0].Select(c => c.Text).Should().Equal("预算数", "决算数");
        expected[^1].Select(c => c.Text).Should().Contain("小计").And.Contain("公务用车购置费");
    }

    [Fact]
    public void TheGridsRunningTotalsAreTheDefinitionsRowIdentitiesOnEachSide()
    {
        var definition = TableDefinitions.ThreePublicCosts;

        var form = TableForms.Open(PublishedTable.ThreePublicCosts, SeedContent.Captured(SeedContent.Read("qiaokou-2024.json")),
            TableFormsTests.Catalog);

        form.Checks.Select(c => (c.Target, c.Description)).Should().Equal(
            definition.Sides.SelectMany(side => definition.RowSums.Select(sum => ($"{side.Key}:{sum.Target.Key}", sum.Description))));
    }

    [Fact]
    public void TheValidatorAndTheRowClassesNameFunctionTableColumnsAsTheDefinitionDoes()
    {
        GovernmentFundRow.Columns.Should().Equal(TableDefinitions.GovernmentFund.ColumnNames);
        GeneralBudgetRow.Columns.Should().Equal("小计", "基本支出", "项目支出");
        StandardRules.All.Single(r => r.Id == "T07-row-subtotal").Title
            .Should().Be("公开07表：本年支出小计 = 本年支出基本支出 + 本年支出项目支出");
    }
}
