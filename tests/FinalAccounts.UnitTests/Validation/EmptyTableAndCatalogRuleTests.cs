using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>The "无……" sentences of empty tables, and codes and names against the year's catalog.</summary>
public class EmptyTableAndCatalogRuleTests
{
    // ---- empty-table -------------------------------------------------------------------------------

    [Theory]
    [InlineData(PublishedTable.GovernmentFund, "公开07表（政府性基金预算财政拨款收入支出决算表）", NoGovernmentFund)]
    [InlineData(PublishedTable.StateCapital, "公开08表（国有资本经营预算财政拨款支出决算表）", NoStateCapital)]
    public void ReportsErrorWhenEmptyTableHasNoStatement(PublishedTable table, string heading, string suggestion)
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithEmptyStatement(table, null)
            .Build().Check("empty-table");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "empty-table", In(table), null, null,
            $"{heading}没有数据", suggestion);
    }

    [Fact]
    public void ReportsErrorWhenThreePublicTableIsLeftBlankWithoutStatement()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithThreePublic(c =>
            {
                c.Budget = new ThreePublicColumns();
                c.Actual = new ThreePublicColumns();
            })
            .Build().Check("empty-table");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "empty-table", In(PublishedTable.ThreePublicCosts), null, null,
            "公开09表", "本部门2024年度无财政拨款“三公”经费支出。");
    }

    [Fact]
    public void ReportsWarningWhenTableWithDataKeepsItsEmptyStatement()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithGovernmentFundSpending()
            .WithEmptyStatement(PublishedTable.GovernmentFund, NoGovernmentFund)
            .Build().Check("empty-table");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "empty-table", In(PublishedTable.GovernmentFund),
            null, NoGovernmentFund, "公开07表有数据", "请删除说明或核对数据");
    }

    // ---- catalog-code ------------------------------------------------------------------------------

    [Fact]
    public void ReportsErrorInEveryTableUsingAFunctionCodeMissingFromTheCatalog()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithoutCatalogEntry("2040604")
            .Build().Check("catalog-code");

        findings.Select(f => f.Location.Table).Should().Equal(
            PublishedTable.Income, PublishedTable.Expenditure, PublishedTable.GeneralBudgetExpenditure);
        foreach (var finding in findings)
        {
            finding.ShouldBe(FindingSeverity.Error, "catalog-code", In(finding.Location.Table!.Value, "2040604 基层司法业务"),
                null, "2040604", "科目编码 2040604（基层司法业务）不在 2024 年度支出功能分类科目中");
        }
    }

    [Fact]
    public void ReportsErrorWhenEconomicCodeIsMissingFromTheCatalog()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithoutCatalogEntry("30231")
            .Build().Check("catalog-code");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "catalog-code",
            In(PublishedTable.BasicExpenditureDetail, "30231 公务用车运行维护费"), null, "30231",
            "2024 年度部门预算支出经济分类科目中");
    }

    [Fact]
    public void ReportsOneWarningWhenTheYearHasNoCatalog()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithEmptyCatalog()
            .Build().Check("catalog-code");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "catalog-code", new FindingLocation(null), null, null,
            "2024年度的科目目录尚未录入");
    }

    // ---- catalog-parent ----------------------------------------------------------------------------

    [Fact]
    public void ReportsErrorForEachItemWhoseSectionRowIsMissing()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithoutRow(PublishedTable.Expenditure, "20406")
            .Build().Check("catalog-parent");

        findings.Should().HaveCount(2);
        foreach (var item in new[] { "2040601 行政运行", "2040604 基层司法业务" })
        {
            findings.ShouldHaveOneAt(In(PublishedTable.Expenditure, item)).ShouldBe(FindingSeverity.Error, "catalog-parent",
                In(PublishedTable.Expenditure, item), "20406", null, $"公开03表“{item}”的上级科目 20406 不在本表中");
        }
    }

    [Fact]
    public void ReportsErrorWhenEconomicItemHasNoClassLine()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithoutBasicLine("303")
            .Build().Check("catalog-parent");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "catalog-parent",
            In(PublishedTable.BasicExpenditureDetail, "30302 退休费"), "303", null, "公开06表");
    }

    // ---- catalog-name ------------------------------------------------------------------------------

    [Fact]
    public void ReportsWarningWhenRowNameDiffersFromTheCatalog()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithRowName(PublishedTable.GeneralBudgetExpenditure, "2040604", "基层司法")
            .Build().Check("catalog-name");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "catalog-name",
            In(PublishedTable.GeneralBudgetExpenditure, "2040604 基层司法"), "基层司法业务", "基层司法",
            "公开05表科目 2040604", "2024 年度科目目录");
    }

    [Fact]
    public void ReportsWarningWhenCatalogRenamedAClassUsedInSummaryTable()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCatalogName("208", "社会保障就业支出")
            .Build().Check("catalog-name");

        // Every table printing 208 carries the old name.
        findings.Select(f => f.Location.Table).Should().Equal(
            PublishedTable.IncomeExpenditureSummary, PublishedTable.Income, PublishedTable.Expenditure,
            PublishedTable.AppropriationSummary, PublishedTable.GeneralBudgetExpenditure);
        findings[0].ShouldBe(FindingSeverity.Warning, "catalog-name",
            In(PublishedTable.IncomeExpenditureSummary, "208 社会保障和就业支出"), "社会保障就业支出", "社会保障和就业支出");
    }

    [Fact]
    public void ReportsNothingWhenNamesDifferOnlyInSpacesAndBracketWidth()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithRowName(PublishedTable.Expenditure, "2040601", "行政 运行")
            .WithBasicLine("30212", "因公出国(境)费用", null)
            .Build().Check("catalog-name");

        findings.Should().BeEmpty();
    }
}
