using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>公开01表 on its own and against 公开02/03表 (T01-*).</summary>
public class SummaryTableRuleTests
{
    private const PublishedTable Summary = PublishedTable.IncomeExpenditureSummary;

    // Each case moves one part so that only the total above it disagrees.
    [Theory]
    [InlineData("本年收入合计", "2,762.28", "2,761.28", "第1至8行各项收入之和")]
    [InlineData("收入总计", "2,792.28", "2,791.28", "本年收入合计、使用非财政拨款结余、年初结转和结余之和")]
    [InlineData("本年支出合计", "2,772.28", "2,771.28", "各类支出之和")]
    [InlineData("支出总计", "2,792.28", "2,791.28", "本年支出合计、结余分配、年末结转和结余之和")]
    public void ReportsErrorWhenSummaryTotalDiffersFromItsParts(string total, string expected, string found, string parts)
    {
        var builder = new ConsistentDisclosureBuilder();
        _ = total switch
        {
            "本年收入合计" => builder.WithSummary(s => s.OtherIncome = Wan(11.00m)),
            "收入总计" => builder.WithSummary(s => s.IncomeOpeningBalance = Wan(31.00m)),
            "本年支出合计" => builder.WithSummaryClass("208", 301.00m),
            _ => builder.WithSummary(s => s.ExpenditureClosingBalance = Wan(21.00m)),
        };

        builder.Build().Check("T01-totals").ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T01-totals",
            In(Summary, total, "金额"), expected, found, $"公开01表{total}", parts, "相差 1.00 万元", "请核对");
    }

    [Fact]
    public void ReportsErrorWhenExpenditureGrandTotalDiffersFromIncomeGrandTotal()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithSummary(s => s.ExpenditureGrandTotal = Wan(2_792.28m))
            .Build().Check("T01-balanced");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T01-balanced", In(Summary, "总计"),
            "2,791.28", "2,792.28", "公开01表支出总计", "收入总计");
    }

    [Fact]
    public void ReportsErrorWhenExpenditureGrandTotalIsBlank()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithSummary(s => s.ExpenditureGrandTotal = null)
            .Build().Check("T01-balanced");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T01-balanced", In(Summary, "总计"),
            "2,791.28", null, "公开01表支出总计为空", "空白不等于零");
    }

    [Theory]
    [InlineData("本年收入合计", "本年收入合计", 2_762.28, "2,762.28", "2,761.28")]
    [InlineData("财政拨款收入（第1至3行）", "财政拨款收入", 2_752.28, "2,752.28", "2,751.28")]
    [InlineData("其他收入", "其他收入", 11.00, "11.00", "10.00")]
    public void ReportsErrorWhenSummaryIncomeLineDiffersFromIncomeTableTotalRow(
        string line, string incomeColumn, double incomeTableAmount, string expected, string found)
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.Income, TotalRow, incomeColumn, (decimal)incomeTableAmount)
            .Build().Check("T01-T02-income");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T01-T02-income", In(Summary, line, "金额"),
            expected, found, $"公开01表{line}", $"公开02表合计行的{incomeColumn}");
    }

    [Fact]
    public void ReportsErrorWhenSummaryIncomeLineHasAmountThatIncomeTableLeavesBlank()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithSummary(s => s.SuperiorSubsidy = Wan(5.00m))
            .Build().Check("T01-T02-income");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T01-T02-income", In(Summary, "上级补助收入", "金额"),
            null, "5.00", "公开02表合计行的上级补助收入为空", "空白不等于零");
    }

    [Fact]
    public void ReportsErrorWhenSummaryClassDiffersFromExpenditureTable()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithSummaryClass("204", 2_481.28m)
            .Build().Check("T01-T03-expenditure");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T01-T03-expenditure",
            In(Summary, "204 公共安全支出", "金额"), "2,471.28", "2,481.28", "公开01表“204 公共安全支出”", "公开03表同一类");
    }

    [Fact]
    public void ReportsErrorWhenSummaryLacksClassOfExpenditureTable()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithoutSummaryClass("208")
            .Build().Check("T01-T03-expenditure");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T01-T03-expenditure",
            In(Summary, "208 社会保障和就业支出", "金额"), "300.00", null, "为空", "空白不等于零");
    }

    [Fact]
    public void ReportsErrorWhenSummaryHasClassMissingFromExpenditureTable()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithSummaryClass("229", "其他支出", 5.00m)
            .Build().Check("T01-T03-expenditure");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T01-T03-expenditure",
            In(Summary, "229 其他支出", "金额"), null, "5.00", "公开03表同一类为空");
    }

    [Fact]
    public void ReportsErrorWhenSummaryExpenditureTotalDiffersFromExpenditureTableTotalRow()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.Expenditure, TotalRow, "本年支出合计", 2_781.28m)
            .Build().Check("T01-T03-expenditure");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T01-T03-expenditure",
            In(Summary, "本年支出合计", "金额"), "2,781.28", "2,771.28", "公开03表合计行的本年支出合计");
    }
}
