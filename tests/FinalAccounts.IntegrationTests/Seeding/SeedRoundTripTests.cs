using System.Reflection;
using System.Text.Json;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Seeding;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace FinalAccounts.IntegrationTests.Seeding;

public sealed class SeedRoundTripTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("qiaokou-2024.json", 400)]
    [InlineData("caidian-2023.json", 30)]
    [InlineData("hongshan-2021.json", 30)]
    public async Task EveryFigureOfTheNineTablesReadsBackAsInTheSeedFile(string file, int atLeast)
    {
        var seed = ReadSeed(file);
        var version = await LoadAsync(seed.DepartmentCode, seed.Year);
        var compare = new FigureComparer();

        var t = seed.Tables;
        if (t.T01 is { } t01)
        {
            compare.Amounts(t01, version.Summary, "t01");
            compare.Lines(t01.Expenditure.Select(e => (e.Code, e.Amount)),
                version.SummaryExpenditure.Select(l => (l.ClassCode.Value, l.Amount)), "t01.expenditure");
        }
        compare.Rows(t.T02?.Rows, version.IncomeRows, "t02");
        compare.Rows(t.T03?.Rows, version.ExpenditureRows, "t03");
        if (t.T04 is { } t04)
        {
            compare.Amounts(t04, version.AppropriationSummary, "t04");
            compare.Amounts(t04.ExpenditureTotal, version.AppropriationSummary.ExpenditureTotal, "t04.expenditureTotal");
            compare.Amounts(t04.ClosingBalance, version.AppropriationSummary.ClosingBalance, "t04.closingBalance");
            compare.Amounts(t04.ExpenditureGrandTotal, version.AppropriationSummary.ExpenditureGrandTotal, "t04.expenditureGrandTotal");
            version.AppropriationExpenditure.Should().HaveCount(t04.Expenditure.Count);
            foreach (var line in t04.Expenditure)
            {
                var stored = version.AppropriationExpenditure.Single(l => l.ClassCode.Value == line.Code);
                compare.Amounts(line, stored.Amounts, $"t04.expenditure[{line.Code}]");
            }
        }
        compare.Rows(t.T05?.Rows, version.GeneralBudgetRows, "t05");
        if (t.T06 is { } t06)
        {
            version.BasicExpenditureRows.Select(r => r.Code.Value).Should().Equal(t06.Rows.Select(r => r.Code));
            compare.Lines(t06.Rows.Select(r => (r.Code, r.Amount)),
                version.BasicExpenditureRows.Select(r => (r.Code.Value, r.Amount)), "t06");
            compare.Amounts(t06, version.BasicExpenditureTotals, "t06");
        }
        compare.Rows(t.T07?.Rows, version.GovernmentFundRows, "t07");
        compare.Rows(t.T08?.Rows, version.StateCapitalRows, "t08");
        if (t.T09 is { } t09)
        {
            compare.Amounts(t09.Budget, version.ThreePublicCosts.Budget, "t09.budget");
            compare.Amounts(t09.Actual, version.ThreePublicCosts.Actual, "t09.actual");
        }

        compare.Count.Should().BeGreaterThanOrEqualTo(atLeast, "every figure of the tables is compared");
    }

    [Fact]
    public async Task QiaokouKeepsThePublishedInconsistenciesAndBlanks()
    {
        var version = await LoadAsync("420104-sfj", 2024);

        version.SummaryExpenditure.Single(l => l.ClassCode.Value == "204").Amount!.Value.ToWanYuanString().Should().Be("2,761.26");
        version.GeneralBudgetRows.Single(r => r.Code?.Value == "204").Subtotal!.Value.ToWanYuanString().Should().Be("2,761.28");
        version.GeneralBudgetRows.Single(r => r.Code?.Value == "204").Project!.Value.ToWanYuanString().Should().Be("1,001.88");
        version.GeneralBudgetRows.Single(r => r.IsTotal).Project!.Value.ToWanYuanString().Should().Be("1,001.87");
        version.BasicExpenditureTotals.PersonnelTotal!.Value.ToWanYuanString().Should().Be("2,260.10");
        var personnel = version.BasicExpenditureRows.Where(r => r.Group == BasicExpenditureGroup.Personnel).ToList();
        personnel.Where(r => r.Code.IsClass).Select(r => r.Amount).Sum()!.Value.ToWanYuanString()
            .Should().Be("2,260.11", "301 类 2,171.2 + 303 类 88.91");
        personnel.Where(r => !r.Code.IsClass).Select(r => r.Amount).Sum()!.Value.ToWanYuanString()
            .Should().Be("2,260.18", "the 款 lines add up to what the 说明 states");
        version.NarrativeFigures.Single(f => f.Key == "personnel-costs").Amount.ToWanYuanString().Should().Be("2,260.18");

        version.ThreePublicCosts.Actual.Abroad.Should().BeNull("a blank cell is not a zero");
        version.EmptyStatementFor(PublishedTable.GovernmentFund).Should().Be("本部门2024年度无政府性基金预算财政拨款收入支出。");
        version.Assets.LawEnforcementVehicles.Should().Be(7);
        version.Status.Should().Be(DisclosureStatus.Published);
        version.PublishedOn.Should().Be(new DateOnly(2025, 10, 31));
    }

    [Fact]
    public async Task QiaokouCarriesItsNarrativePartsAndEvaluations()
    {
        var version = await LoadAsync("420104-sfj", 2024);

        version.Duties.Should().NotBeEmpty();
        version.Duties[0].Text.Should().StartWith("（一）办公室");
        version.ExplanationTexts.Single(t => t.Key == ExplanationTextKeys.TotalChange).Text.Should().Be("人员减少、项目经费压减");
        version.ProjectSummaries.Should().HaveCount(11);
        version.KeyWork.Should().HaveCount(5);
        version.Glossary.Should().Contain(g => g.FunctionCode == FunctionCode.Parse("2040601"));
        var overall = version.Evaluations.Single(e => e.Kind == Domain.Performance.EvaluationKind.Overall);
        overall.Goals.Should().HaveCount(11);
        overall.Goals.SelectMany(g => g.Indicators).Should().Contain(i => i.Level3 == "办理法律援助及帮助案件" && i.Actual == "1696");
        version.Evaluations.Count(e => e.Kind == Domain.Performance.EvaluationKind.Project).Should().Be(11);
    }

    [Fact]
    public async Task LoadingTheSeedsAgainAddsNothing()
    {
        fixture.FirstLoad.Versions.Should().Be(4);
        var before = await CountsAsync();

        await using var db = fixture.Database.CreateContext();
        var second = await new SeedLoader(db, TimeProvider.System, NullLogger<SeedLoader>.Instance)
            .LoadAsync(RepositoryPaths.SeedDirectory);

        second.LoadedNothing.Should().BeTrue();
        (await CountsAsync()).Should().Equal(before);
    }

    private async Task<long[]> CountsAsync() =>
    [
        await fixture.Database.CountAsync("regions"), await fixture.Database.CountAsync("departments"),
        await fixture.Database.CountAsync("function_classifications"), await fixture.Database.CountAsync("disclosure_versions"),
        await fixture.Database.CountAsync("table02_income_rows"), await fixture.Database.CountAsync("performance_indicators"),
    ];

    private async Task<DisclosureVersion> LoadAsync(string departmentCode, int year)
    {
        await using var db = fixture.Database.CreateContext();
        var fiscalYear = new FiscalYear(year);
        var disclosureId = await db.Disclosures
            .Where(d => d.Year == fiscalYear && db.Departments.Any(p => p.Id == d.DepartmentId && p.Code == departmentCode))
            .Select(d => d.Id).SingleAsync();
        return await db.DisclosureVersions.WithContent().SingleAsync(v => v.DisclosureId == disclosureId && v.Number == 1);
    }

    private static DisclosureContent ReadSeed(string file) =>
        JsonSerializer.Deserialize<DisclosureContent>(File.ReadAllText(Path.Combine(RepositoryPaths.SeedDirectory, "disclosures", file)), Json)!;

    /// <summary>
    /// Compares every amount a seed record holds (string properties in 万元) with the stored
    /// property of the same name (Money?), so no figure is left out by oversight.
    /// </summary>
    private sealed class FigureComparer
    {
        public int Count { get; private set; }

        public void Amounts(object? seed, object stored, string where)
        {
            if (seed is null)
            {
                return;
            }
            foreach (var property in seed.GetType().GetProperties().Where(p => p.PropertyType == typeof(string)))
            {
                var target = stored.GetType().GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance);
                if (target is null || target.PropertyType != typeof(Money?))
                {
                    continue;
                }
                Same((string?)property.GetValue(seed), (Money?)target.GetValue(stored), $"{where}.{property.Name}");
            }
        }

        public void Rows<TSeed, TRow>(IReadOnlyList<TSeed>? seeds, IReadOnlyList<TRow> stored, string where) where TRow : FunctionRow
        {
            if (seeds is null)
            {
                return;
            }
            stored.Select(r => r.Code?.Value).Should().Equal(seeds.Select(s => (string?)s!.GetType().GetProperty("Code")!.GetValue(s)), where);
            for (var i = 0; i < seeds.Count; i++)
            {
                stored[i].Name.Should().Be((string)seeds[i]!.GetType().GetProperty("Name")!.GetValue(seeds[i])!);
                Amounts(seeds[i], stored[i], $"{where}.rows[{i}]");
            }
        }

        public void Lines(IEnumerable<(string Code, string? Amount)> seeds, IEnumerable<(string Code, Money? Amount)> stored, string where)
        {
            var storedByCode = stored.ToDictionary(s => s.Code, s => s.Amount);
            var seedList = seeds.ToList();
            storedByCode.Keys.Should().BeEquivalentTo(seedList.Select(s => s.Code), where);
            foreach (var (code, amount) in seedList)
            {
                Same(amount, storedByCode[code], $"{where}[{code}]");
            }
        }

        private void Same(string? seed, Money? stored, string where)
        {
            Count++;
            var expected = string.IsNullOrWhiteSpace(seed) ? (Money?)null : Money.ParseWanYuan(seed);
            stored.Should().Be(expected, where);
        }
    }
}
