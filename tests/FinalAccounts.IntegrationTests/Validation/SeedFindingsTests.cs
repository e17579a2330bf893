using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.IntegrationTests.Infrastructure;

namespace FinalAccounts.IntegrationTests.Validation;

/// <summary>
/// The published seeds break identities the way real publications do (docs/domain.md lists the 硚口 2024
/// ones); the validator must find each of them and say where.
/// </summary>
public sealed class SeedFindingsTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    [Fact]
    public async Task FindsPublicSecurityAt2761_26InTables01And04Against2761_28InTables02To05()
    {
        var findings = await FindingsAsync("420104-sfj", 2024);

        var inTable01 = findings.Single(f => f.RuleId == "T01-T03-expenditure");
        inTable01.Should().BeEquivalentTo(new
        {
            Severity = FindingSeverity.Error, Expected = "2,761.28", Found = "2,761.26",
            Location = new { Table = PublishedTable.IncomeExpenditureSummary, Row = "204 公共安全支出" },
        });
        var inTable04 = findings.Single(f => f.RuleId == "T04-T05-general-budget");
        inTable04.Should().BeEquivalentTo(new
        {
            Severity = FindingSeverity.Error, Expected = "2,761.28", Found = "2,761.26",
            Location = new { Table = PublishedTable.AppropriationSummary, Row = "204 公共安全支出", Column = "一般公共预算财政拨款" },
        });
        inTable04.Message.Should().Contain("2,761.26").And.Contain("2,761.28").And.Contain("公开05表");
    }

    [Theory]
    [InlineData("T03-hierarchy", PublishedTable.Expenditure)]
    [InlineData("T05-hierarchy", PublishedTable.GeneralBudgetExpenditure)]
    public async Task FindsProjectSpendingOfTheClassesAt1001_88AgainstTheTotalsAt1001_87(string rule, PublishedTable table)
    {
        var findings = await FindingsAsync("420104-sfj", 2024);

        findings.Should().ContainSingle(f => f.RuleId == rule && f.Location.Column == "项目支出")
            .Which.Should().BeEquivalentTo(new
            {
                Severity = FindingSeverity.Note, Expected = "1,001.88", Found = "1,001.87",
                Location = new { Table = table, Row = "合计" },
            }, "one 0.01 difference on one summand is a rounding difference");
    }

    [Fact]
    public async Task FindsPersonnelCostsAt2260_1Against2260_11ByItsPartsAnd2260_18InTheExplanation()
    {
        var findings = await FindingsAsync("420104-sfj", 2024);

        findings.Should().ContainSingle(f => f.RuleId == "T06-totals" && f.Location.Row == "人员经费合计")
            .Which.Should().BeEquivalentTo(new { Severity = FindingSeverity.Note, Expected = "2,260.11", Found = "2,260.10" });
        var stated = findings.Should().ContainSingle(f => f.RuleId == "explanation-figure" && f.Message.Contains("人员经费")).Which;
        stated.Should().BeEquivalentTo(new { Severity = FindingSeverity.Error, Expected = "2,260.10", Found = "2,260.18" });
        stated.Location.ExplanationItem.Should().Be(6);
        stated.Location.Sentence.Should().StartWith("2024年度一般公共预算财政拨款基本支出 2,467.86 万元，其中：人员经费 2,260.18 万元",
            "the place is the sentence of the 说明 that states the figure, quoting the figure typed, not the table's");
    }

    [Fact]
    public async Task FindsPrintedPersonnelPlusPublicCostsAt2467_78AgainstBasicExpenditureAt2467_86()
    {
        var findings = await FindingsAsync("420104-sfj", 2024);

        var finding = findings.Single(f => f.RuleId == "T05-T06-basic");
        finding.Should().BeEquivalentTo(new
        {
            Severity = FindingSeverity.Error, Expected = "2,467.78", Found = "2,467.86",
            Location = new { Table = PublishedTable.GeneralBudgetExpenditure, Row = "合计", Column = "基本支出" },
        });
        // The message quotes the totals 公开06表 prints (2,260.10), not the 2,260.11 of its 类 lines that no table prints.
        finding.Message.Should().Contain("2,260.10").And.Contain("207.68").And.NotContain("2,260.11");
    }

    [Fact]
    public async Task FindsWagesAt2171_20Against2171_27ByItsTenItemsAsAnError()
    {
        var findings = await FindingsAsync("420104-sfj", 2024);

        // Eleven printed figures explain 0.055 万元 of rounding (ADR 0014); 0.07 is beyond it.
        findings.Should().ContainSingle(f => f.RuleId == "T06-totals" && f.Location.Row == "301 工资福利支出")
            .Which.Should().BeEquivalentTo(new { Severity = FindingSeverity.Error, Expected = "2,171.27", Found = "2,171.20" });
    }

    [Fact]
    public async Task FindsCaidianBasicPlusProjectOneCentAboveItsTotal()
    {
        var findings = await FindingsAsync("420114-sfj", 2023);

        findings.Should().ContainSingle(f => f.RuleId == "T05-row-subtotal" && f.Location.Row == "合计")
            .Which.Should().BeEquivalentTo(new { Severity = FindingSeverity.Note, Expected = "3,647.66", Found = "3,647.65" });
        findings.Should().ContainSingle(f => f.RuleId == "explanation-figure" && f.Message.Contains("一般公共预算财政拨款基本支出"))
            .Which.Found.Should().Be("3,647.65", "the 说明 calls the whole 3647.65 基本支出");
    }

    [Fact]
    public async Task FindsNothingWrongThatTheTablesDoNotShow()
    {
        var findings = await FindingsAsync("420104-sfj", 2024);

        // 硚口 2024 is transcribed completely: every error is one of the document's own breaks above.
        findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.RuleId).Should().BeEquivalentTo(
            "T01-T03-expenditure", "T04-T05-general-budget", "T05-T06-basic", "T06-totals", "explanation-figure", "explanation-figure");
    }

    [Fact]
    public async Task AsksNoReasonOfTheSeedBeyondItsCatalogNamesAndExplanationTexts()
    {
        var findings = await FindingsAsync("420104-sfj", 2024);

        // 硚口 2024 mirrors 公开02/03表 without balances, prints 机关运行经费 = 公用经费合计 207.68, keeps 三公 within
        // budget, nests its procurement, has every required part and no slip in its texts: the rules that ask
        // for reasons or corrections there find nothing.
        findings.Where(f => f.Severity == FindingSeverity.Warning).Select(f => f.RuleId).Distinct()
            .Should().BeEquivalentTo("catalog-name", "explanation-reason");
        findings.Select(f => f.RuleId).Should().NotContain(["T02-T03-mirror", "operating-costs", "T09-over-budget", "procurement",
            "plausible-figures", "required-parts", "staff-text", "T04-income", "T04-fund-balance", "T04-T08-state-capital"]);
    }

    private async Task<IReadOnlyList<Finding>> FindingsAsync(string department, int year)
    {
        await using var db = fixture.Database.CreateContext();
        var analysis = await new DisclosureAnalysisService(db).AnalyzeAsync(department, year, null, VersionVisibility.PublishedOnly);
        return analysis!.Report.Findings;
    }
}
