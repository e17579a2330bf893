using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.Domain.Figures.DisclosureFigures;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>Numbers and texts of the 说明, and last year's figures (explanation-*, prior-year).</summary>
public class ExplanationRuleTests
{
    // ---- explanation-figure ------------------------------------------------------------------------

    // The location is the printed sentence stating the figure, so staff can find it in the 说明; it quotes
    // the figure staff typed, not the table's, which would make the sentence look right.
    [Theory]
    [InlineData(Keys.GeneralBudgetExpenditure, 2_761.38, "2,761.28", "2,761.38", 5,
        "2024年度一般公共预算财政拨款支出 2,761.38 万元，占本年支出合计的 99.6%。", "一般公共预算财政拨款支出")]
    [InlineData(Keys.PersonnelCosts, 1_860.28, "1,861.28", "1,860.28", 6,
        "2024年度一般公共预算财政拨款基本支出 2,161.28 万元，其中：人员经费 1,860.28 万元，主要包括：基本工资、津贴补贴、机关事业单位基本养老保险缴费、退休费。",
        "人员经费")]
    [InlineData("three-public.total", 75.00, "57.00", "75.00", 9,
        "2024年度“三公”经费财政拨款支出全年预算为 65.00 万元，支出决算为 75.00 万元，完成全年预算的 87.7%。", "“三公”经费")]
    public void ReportsErrorWhenStatedFigureDiffersFromTheTables(
        string key, double stated, string expected, string found, int item, string sentence, string label)
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithStatedFigure(key, (decimal)stated)
            .Build().Check("explanation-figure");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "explanation-figure", FindingLocation.InExplanation(item, sentence),
            expected, found, $"说明中填写的{label}", "按表格计算");
    }

    [Fact]
    public void ReportsNoteWhenStatedFigureIsACentFromTheTables()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithStatedFigure(Keys.GeneralBudgetExpenditure, 2_761.29m)
            .Build().Check("explanation-figure");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Note, "explanation-figure",
            FindingLocation.InExplanation(5, "2024年度一般公共预算财政拨款支出 2,761.29 万元，占本年支出合计的 99.6%。"), "2,761.28", "2,761.29", "在尾数误差范围内");
    }

    [Fact]
    public void ReportsWarningWhenStatedFigureHasNoTableFigureToCompareWith()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithStatedFigure("staff-count", 12.00m)
            .Build().Check("explanation-figure");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "explanation-figure",
            new FindingLocation(null, Sentence: "staff-count"), null, "12.00", "没有对应的表格数字");
    }

    [Fact]
    public void ReportsErrorWhenStatedFigureIsOneTheTablesLeaveBlank()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithProcurement(p => p.Total = null)
            .WithStatedFigure(Keys.ProcurementTotal, 80.00m)
            .Build().Check("explanation-figure");

        // Without a 政府采购 total the 说明 has no sentence stating it, so the finding names the figure instead.
        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "explanation-figure",
            new FindingLocation(null, Sentence: "政府采购支出总额"), null, "80.00", "说明中填写的政府采购支出总额", "按表格计算为空",
            "空白不等于零");
    }

    // ---- explanation-reason ------------------------------------------------------------------------

    [Theory]
    [InlineData(ExplanationTextKeys.ClassUsePrefix + "204", 5, "1. 公共安全支出（类）2,461.28 万元，占 89.14%", "须写明主要用途")]
    [InlineData(ExplanationTextKeys.ItemUsePrefix + "2040604", 5, "项目支出主要用于基层司法业务支出 600.00 万元", "须写明主要用途")]
    // A 项's budget sentence does not name the 项, so the request does.
    [InlineData(ExplanationTextKeys.BudgetReasonPrefix + "2040601", 5, "2040601 行政运行：年初预算为 1,800.00 万元，支出决算为 1,861.28 万元，完成年初预算的 103.4%，支出决算数大于年初预算数", "须写明主要原因")]
    [InlineData(ExplanationTextKeys.TotalChange, 1, "与2023年度相比，收、支总计增加 291.28 万元，增长 11.7%", "须写明主要原因")]
    [InlineData(ExplanationTextKeys.OperatingCostsChange, 10, "2024年度测试局本级机关运行经费支出 300.00 万元，比上年增加 10.00 万元，增长 3.4%，比年初预算数减少 5.00 万元，下降 1.6%", "须写明主要原因")]
    public void ReportsWarningWhenRequestedTextIsMissing(string key, int item, string sentence, string ask)
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithoutText(key)
            .Build().Check("explanation-reason");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "explanation-reason",
            FindingLocation.InExplanation(item, sentence), null, null, $"“{sentence}”", ask);
    }

    [Fact]
    public void ReportsWarningWhenItemDeviatesFromItsBudgetWithoutReason()
    {
        // 2080505 was spent exactly as budgeted, so no reason was asked for until the budget changes.
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.GeneralBudgetExpenditure, "2080505", InitialBudgetColumn, 310.00m)
            .Build().Check("explanation-reason");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "explanation-reason",
            FindingLocation.InExplanation(5, "2080505 机关事业单位基本养老保险缴费支出：年初预算为 310.00 万元，支出决算为 300.00 万元，完成年初预算的 96.8%，支出决算数小于年初预算数"),
            null, null, "310.00", "300.00", "须写明主要原因");
    }

    [Fact]
    public void AsksForNoChangeReasonsWhenLastYearIsUnknown()
    {
        var builder = new ConsistentDisclosureBuilder()
            .WithoutText(ExplanationTextKeys.TotalChange)
            .WithPriorYear(Keys.GrandTotal, null);

        builder.Build().Check("explanation-reason").Should().BeEmpty();
    }

    // ---- prior-year --------------------------------------------------------------------------------

    [Fact]
    public void ReportsWarningWhenEnteredPriorYearFigureDiffersFromPublishedDisclosure()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithPublishedPriorYear(s =>
            {
                s.IncomeGrandTotal = Wan(2_600.00m);
                s.ExpenditureGrandTotal = Wan(2_600.00m);
            })
            .Build().Check("prior-year");

        // Located at the 说明 item that states this year's 收支总计, where last year's figure is used.
        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "prior-year",
            FindingLocation.InExplanation(1, "上年收支总计"), "2,600.00", "2,500.00",
            "填写的上年收支总计", "2023年度已公开的决算", "相差 100.00 万元");
    }

    [Fact]
    public void ReportsNothingAboutEnteredPriorYearFiguresWhenNoDisclosureWasPublished()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithPriorYear(Keys.GrandTotal, 9_999.00m)
            .Build().Check("prior-year");

        findings.Should().BeEmpty();
    }
}
