using System.Text;
using FinalAccounts.Infrastructure.Search;
using FinalAccounts.IntegrationTests.Infrastructure;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Search;

/// <summary>
/// PostgreSQL answers a search through the gram index, two-character Chinese words included — not by
/// reading every section. A table of a few thousand sections (100 versions of random text) makes a
/// scan costlier than the index, so the planner's own choice is checked, with no plan type switched off.
/// </summary>
public sealed class SearchPlanTests(SearchPlanTests.RandomSections fixture) : IClassFixture<SearchPlanTests.RandomSections>
{
    private TestDatabase Database => fixture.Database;

    [Theory]
    [InlineData("司法", null, null)]
    [InlineData("硚口", null, null)]
    [InlineData("彭州", "420104", 2024)]
    [InlineData("司法 彭州", null, 2023)]
    [InlineData("法", null, null)]
    public async Task TheGramIndexAnswersTheQuery(string words, string? region, int? year)
    {
        var statement = new SearchStatement(SearchQuery.Parse(words, region, year));

        var plan = await ExplainAsync(statement.PageSql, statement.Parameters());

        plan.Should().Contain("Bitmap Index Scan on ix_search_sections_grams");
        plan.Should().NotContain("Seq Scan on search_sections");
    }

    [Theory]
    [InlineData("司法")]
    [InlineData("丁")]
    [InlineData("丁七")]
    public async Task TheGramsLoseNoVersionAPlainSubstringScanFinds(string word)
    {
        var statement = new SearchStatement(SearchQuery.Parse(word));
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();

        await using var search = new NpgsqlCommand(statement.CountSql, connection);
        search.Parameters.AddRange(statement.Parameters().ToArray());
        var found = (int)(await search.ExecuteScalarAsync())!;
        await using var scan = new NpgsqlCommand(
            "SELECT count(DISTINCT version_id)::integer FROM search_sections WHERE strpos(text, @word) > 0", connection);
        scan.Parameters.AddWithValue("word", word);
        var scanned = (int)(await scan.ExecuteScalarAsync())!;

        found.Should().BePositive().And.Be(scanned);
    }

    private async Task<string> ExplainAsync(string sql, IEnumerable<NpgsqlParameter> parameters)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
        explain.Parameters.AddRange(parameters.ToArray());
        var plan = new StringBuilder();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.AppendLine(reader.GetString(0));
        }
        return plan.ToString();
    }

    /// <summary>100 published versions of 20 departments in two regions over five years, 40 sections each of random text.</summary>
    public sealed class RandomSections : IAsyncLifetime
    {
        private const int Departments = 20;
        private const int SectionsPerVersion = 40;

        public TestDatabase Database { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateMigratedAsync("searchplan");
            await ExecuteAsync($"""
                INSERT INTO regions (code, name) VALUES ('420104', '硚口区'), ('420111', '洪山区');
                INSERT INTO departments (code, name, short_name, region_code, kind)
                    SELECT 'd' || n, '部门' || n, '部门' || n, CASE WHEN n % 2 = 0 THEN '420104' ELSE '420111' END, '其他'
                    FROM generate_series(1, {Departments}) n;
                INSERT INTO disclosures (department_id, year)
                    SELECT d.id, y FROM departments d CROSS JOIN generate_series(2020, 2024) y;
                INSERT INTO disclosure_versions (disclosure_id, number, status, title, reporting_unit)
                    SELECT id, 1, 'Published', '决算' || id, '本级' FROM disclosures;
                """);

            var random = new Random(20240601);
            await using var db = Database.CreateContext();
            foreach (var versionId in db.DisclosureVersions.Select(v => v.Id).ToList())
            {
                for (var i = 0; i < SectionsPerVersion; i++)
                {
                    // Characters of a block of 512 that holds none of 司法硚口彭州; one section in a hundred mentions 司法.
                    var text = new StringBuilder();
                    for (var c = 0; c < 150; c++)
                    {
                        text.Append((char)(0x4E00 + random.Next(512)));
                    }
                    if (random.Next(100) == 0)
                    {
                        text.Insert(random.Next(text.Length), "司法");
                    }
                    db.SearchSections.Add(new SearchSection(versionId, i,
                        i == 0 ? SearchSectionKind.Department : SearchSectionKind.Explanation, "第三部分 决算情况说明", "explanation-1",
                        text.ToString()));
                }
            }
            await db.SaveChangesAsync();
            // Fresh GIN entries wait in the index's pending list, which makes the index look costly until
            // (auto)vacuum merges them; plan as a running portal does once that has happened.
            await ExecuteAsync("VACUUM ANALYZE search_sections");
        }

        public async Task DisposeAsync() => await Database.DisposeAsync();

        private async Task ExecuteAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(Database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
