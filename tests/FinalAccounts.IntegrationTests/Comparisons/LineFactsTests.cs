using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;
using FinalAccounts.IntegrationTests.Infrastructure;
using FinalAccounts.Infrastructure.Comparisons;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Comparisons;

/// <summary>Publishing a version writes its line facts in the database, named as the table definitions name them.</summary>
public sealed class LineFactsTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    [Fact]
    public async Task ThePublishedSeedHasEveryFilledCellAsAFactAndNoFactForABlankCell()
    {
        var facts = await QiaokouFactsAsync();

        Amount(facts, PublishedTable.GeneralBudgetExpenditure, "2040601", "subtotal").Should().Be(Money.FromWanYuan(1712.45m));
        Amount(facts, PublishedTable.GeneralBudgetExpenditure, "2040601", "initialBudget").Should().Be(Money.FromWanYuan(1703.46m));
        Amount(facts, PublishedTable.GeneralBudgetExpenditure, "total", "subtotal").Should().Be(Money.FromWanYuan(3469.73m));
        Amount(facts, PublishedTable.GeneralBudgetExpenditure, "2040601", "project").Should().BeNull("a blank is not a zero");
        Amount(facts, PublishedTable.ThreePublicCosts, "reception", "actual").Should().Be(Money.FromWanYuan(0.08m));
        Amount(facts, PublishedTable.ThreePublicCosts, "abroad", "budget").Should().BeNull();
        Amount(facts, PublishedTable.IncomeExpenditureSummary, "incomeGrandTotal", "amount").Should().Be(Money.FromWanYuan(3469.73m));
        Amount(facts, PublishedTable.AppropriationSummary, "expenditureTotal", "subtotal").Should().NotBeNull();
        facts.Single(f => f.Table == PublishedTable.GeneralBudgetExpenditure && f.Line == "2040601" && f.ColumnKey == "subtotal")
            .Name.Should().Be("行政运行");
    }

    [Fact]
    public async Task EveryFactIsNamedByALineAndAColumnTheTableDefinitionsDeclare()
    {
        var facts = await QiaokouFactsAsync();

        facts.Select(f => f.Table).Distinct().Should().HaveCount(PublishedTables.All.Count - 2, "硚口 has no 公开07表 or 08表 amounts");
        foreach (var fact in facts)
        {
            var definition = TableDefinitions.Of(fact.Table);
            var (lines, columns) = fact.Table switch
            {
                PublishedTable.ThreePublicCosts => (definition.Columns.Select(c => c.Key), definition.Sides.Select(c => c.Key)),
                PublishedTable.BasicExpenditureDetail => (definition.Sides.Select(c => c.Key), definition.Columns.Select(c => c.Key)),
                _ => (definition.IncomeLines.Concat(definition.ClosingLines.SelectMany(l => new[] { l.Income, l.Expenditure }))
                        .OfType<SummaryLine>().Select(l => l.Key).Append("total"),
                    definition.Columns.Concat(definition.IncomeColumns).Select(c => c.Key)),
            };
            columns.Should().Contain(fact.ColumnKey, $"{fact.Table} {fact.Line}");
            if (!fact.Line.All(char.IsAsciiDigit))
            {
                lines.Should().Contain(fact.Line, $"{fact.Table} {fact.ColumnKey}");
            }
        }
    }

    [Fact]
    public async Task PublicationWritesTheOperatingCostsAndTheActiveStaffAsFigureFactsAndNothingForABlankFigure()
    {
        var qiaokou = await FigureFactsAsync("420104-sfj", 2024);
        var hongshan = await FigureFactsAsync("420111-sfj", 2021);
        var caidian = await FigureFactsAsync("420114-sfj", 2023);

        qiaokou[(FigureFacts.OperatingCosts, FigureFacts.Amount)].Should().Be(Money.FromWanYuan(207.68m).Yuan);
        qiaokou[(FigureFacts.OperatingCosts, FigureFacts.InitialBudget)].Should().Be(Money.FromWanYuan(213.84m).Yuan);
        qiaokou.Keys.Should().NotContain(k => k.Line == FigureFacts.ActiveStaff, "硚口 states no 人员构成");
        hongshan[(FigureFacts.ActiveStaff, FigureFacts.Administrative)].Should().Be(55m);
        hongshan[(FigureFacts.ActiveStaff, FigureFacts.Institutional)].Should().Be(4m);
        hongshan[(FigureFacts.OperatingCosts, FigureFacts.Amount)].Should().Be(Money.FromWanYuan(886.76m).Yuan);
        caidian.Keys.Should().Equal([(FigureFacts.OperatingCosts, FigureFacts.Amount)], "a blank 年初预算 is no fact, not a zero");
    }

    [Fact]
    public async Task TheTablesFactsLeaveTheFiguresOut()
    {
        var facts = await QiaokouFactsAsync();

        facts.Should().NotBeEmpty().And.OnlyContain(f => PublishedTables.All.Contains(f.Table), "figures are read as figures, not as cells of a table");
    }

    private async Task<Dictionary<(string Line, string Column), decimal>> FigureFactsAsync(string department, int year)
    {
        await using var db = fixture.Database.CreateContext();
        var version = await db.DepartmentVersions().Of(department, new Domain.Classification.FiscalYear(year))
            .Where(v => v.Version.Status == DisclosureStatus.Published).Select(v => v.Version.Id).SingleAsync();
        var rows = await db.Database.SqlQuery<FigureRow>($"""
            SELECT line AS "Line", column_key AS "Column", amount AS "Amount" FROM line_facts
            WHERE disclosure_version_id = {version} AND published_table = {FigureFacts.Source}
            """).ToListAsync();
        return rows.ToDictionary(r => (r.Line, r.Column), r => r.Amount);
    }

    private sealed record FigureRow(string Line, string Column, decimal Amount);

    private async Task<List<LineFact>> QiaokouFactsAsync()
    {
        await using var db = fixture.Database.CreateContext();
        var version = await db.DepartmentVersions().Of("420104-sfj", new Domain.Classification.FiscalYear(2024))
            .Where(v => v.Version.Status == DisclosureStatus.Published).Select(v => v.Version.Id).SingleAsync();
        return await db.LineFacts.AsNoTracking().Where(f => f.DisclosureVersionId == version).ToListAsync();
    }

    private static Money? Amount(IEnumerable<LineFact> facts, PublishedTable table, string line, string column) =>
        facts.SingleOrDefault(f => f.Table == table && f.Line == line && f.ColumnKey == column)?.Amount;
}
