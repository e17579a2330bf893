using System.Text;
using FinalAccounts.Infrastructure;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Search;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Search;

/// <summary>
/// Search over 2,000 department-years of random text (ADR 0020): PostgreSQL finds candidates through the
/// gram index, not by reading every row; the capped count loses no match a plain substring scan finds;
/// and every page, region and year filters included, is what ranking all matches by hand gives — also
/// for a three-character term whose bigrams occur apart far more often than together, so that most
/// candidates fail confirmation, and for pages that take their results from two years.
/// </summary>
public sealed class SearchPlanTests(SearchPlanTests.RandomDisclosures fixture) : IClassFixture<SearchPlanTests.RandomDisclosures>
{
    private TestDatabase Database => fixture.Database;

    [Theory]
    [InlineData("司法", null, null)]
    [InlineData("司法局", null, null)]
    [InlineData("丁七", "420100", 2024)]
    [InlineData("司法 丁七", null, 2023)]
    [InlineData("法", null, null)]
    public async Task TheGramIndexFindsTheCandidates(string words, string? region, int? year)
    {
        var statement = new SearchStatement(SearchQuery.Parse(words, region, year));

        foreach (var (sql, parameters) in new[] { (statement.CountSql, statement.Parameters()), (statement.YearSql, statement.Parameters(2024, 20)) })
        {
            var plan = await ExplainAsync(sql, parameters);
            plan.Should().Contain("Bitmap Index Scan on ix_search_disclosures_grams");
            plan.Should().NotContain("Seq Scan on search_disclosures");
            // Not the year's rows read by the b-tree and each one's grams unpacked: 30 times slower on a province.
            plan.Should().NotContain("Index Scan using ix_search_disclosures_year_region_code");
        }
    }

    [Theory]
    [InlineData("司法")]
    [InlineData("法局")]
    [InlineData("司法局")]
    [InlineData("丁")]
    [InlineData("丁七")]
    [InlineData("司法 法局")]
    public async Task TheCountLosesNoMatchAPlainSubstringScanFinds(string words)
    {
        var statement = new SearchStatement(SearchQuery.Parse(words));
        var (matches, examined) = await CountAsync(statement);
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        var condition = string.Join(" AND ", words.Split(' ').Select((_, i) => $"strpos(body, @w{i}) > 0"));
        await using var scan = new NpgsqlCommand($"SELECT count(*)::integer FROM search_disclosures WHERE {condition}", connection);
        scan.Parameters.AddRange(words.Split(' ').Select((w, i) => new NpgsqlParameter($"w{i}", w)).ToArray());
        var scanned = (int)(await scan.ExecuteScalarAsync())!;

        scanned.Should().BePositive();
        if (examined <= statement.CountExamines)
        {
            matches.Should().Be(scanned);
        }
        else
        {
            scanned.Should().BeGreaterThanOrEqualTo(matches);
            matches.Should().BePositive();
        }
    }

    [Theory]
    [InlineData("司法局", null, null)]
    [InlineData("司法局", "420100", null)]
    [InlineData("司法", "420111", null)]
    [InlineData("司法局", null, 2022)]
    [InlineData("司法", null, 2022)]
    [InlineData("司法 法局", "420104", null)]
    public async Task EveryPageIsTheMatchesRankedByHand(string words, string? region, int? year)
    {
        var expected = await RankByHandAsync(words.Split(' '), region, year);
        expected.Should().NotBeEmpty();

        var found = new List<(string, int)>();
        for (var page = 1; page <= (expected.Count + SearchQuery.PageSize - 1) / SearchQuery.PageSize; page++)
        {
            var results = await SearchAsync(words, region, year, page);
            results.TimedOut.Should().BeFalse();
            if (results.TotalIsExact)
            {
                results.Total.Should().Be(expected.Count);
            }
            found.AddRange(results.Items.Select(i => (i.DepartmentCode, i.Year)));
        }

        found.Should().Equal(expected);
    }

    /// <summary>
    /// 司法局 has more candidates than the count confirms on their text (most hold its two bigrams apart):
    /// the first page says "at least" a number no larger than the matches, and a page that runs out of
    /// matches before it is full says exactly how many there are.
    /// </summary>
    [Fact]
    public async Task ACountThatStopsEarlySaysAtLeastAndAPageThatRunsOutOfMatchesSaysHowMany()
    {
        var expected = await RankByHandAsync(["司法局"], null, null);
        var statement = new SearchStatement(SearchQuery.Parse("司法局"));
        (await CountAsync(statement)).Examined.Should().BeGreaterThan(statement.CountExamines,
            "the corpus gives 司法局 more candidates than the count confirms");
        expected.Count.Should().BeInRange(SearchQuery.PageSize + 1, SearchStatement.CountLimit - 1);

        var first = await SearchAsync("司法局", null, null, 1);
        first.TotalIsExact.Should().BeFalse();
        first.Total.Should().BePositive().And.BeLessThanOrEqualTo(expected.Count);
        first.HasNextPage.Should().BeTrue();

        var runsOut = await SearchAsync("司法局", null, null, expected.Count / SearchQuery.PageSize + 1);
        runsOut.TotalIsExact.Should().BeTrue();
        runsOut.Total.Should().Be(expected.Count);
        runsOut.Items.Should().HaveCount(expected.Count % SearchQuery.PageSize);
    }

    /// <summary>
    /// On the portal's connections, which prepare what repeats, the search statements are prepared too and
    /// still planned for their words every time, never with a plan made without them; and the connection
    /// goes back to the pool planning as before, for the statements of the pages.
    /// </summary>
    [Fact]
    public async Task OnThePortalsConnectionsSearchIsPreparedButPlannedForItsWordsAndLeavesPlanningAsItWas()
    {
        var expected = await SearchAsync("司法", "420100", null, 1);
        await using var db = new FinalAccountsDbContext(new DbContextOptionsBuilder<FinalAccountsDbContext>()
            .UseNpgsql(DependencyInjection.ForPortal(Database.ConnectionString)).Options);
        var search = new DisclosureSearch(db, new NoPublicReadCache(), NullLogger<DisclosureSearch>.Instance);
        for (var i = 0; i < 8; i++)
        {
            (await search.SearchAsync(SearchQuery.Parse("司法", "420100", null))).Items.Should().BeEquivalentTo(expected.Items);
        }

        // The same pooled connection, back from the pool.
        await db.Database.OpenConnectionAsync();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var plans = new NpgsqlCommand("""
            SELECT coalesce(max(custom_plans), 0), coalesce(sum(generic_plans), 0), current_setting('plan_cache_mode')
            FROM pg_prepared_statements WHERE statement LIKE '%search_disclosures%'
            """, connection);
        await using var reader = await plans.ExecuteReaderAsync();
        await reader.ReadAsync();
        reader.GetInt64(0).Should().BeGreaterThanOrEqualTo(6, "the count ran eight times, prepared after its second");
        reader.GetDecimal(1).Should().Be(0, "no search statement ran with a plan made without its words");
        reader.GetString(2).Should().Be("auto");
    }

    private async Task<SearchResults> SearchAsync(string words, string? region, int? year, int page)
    {
        await using var db = Database.CreateContext();
        return await new DisclosureSearch(db, new NoPublicReadCache(), NullLogger<DisclosureSearch>.Instance).SearchAsync(SearchQuery.Parse(words, region, year, page));
    }

    private async Task<(int Matches, int Examined)> CountAsync(SearchStatement statement)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(statement.CountSql, connection);
        count.Parameters.AddRange(statement.Parameters().ToArray());
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <summary>Every latest row holding all words, ranked as ADR 0020 says: latest year first; within it all words in the names first, then region, department.</summary>
    private async Task<List<(string Code, int Year)>> RankByHandAsync(string[] words, string? region, int? year)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT s.department_code, s.year, s.region_code, s.names, s.body, r.parent_code FROM search_disclosures s JOIN regions r ON r.code = s.region_code",
            connection);
        var rows = new List<(string Code, int Year, string Region, string Names, string Body, string? Parent)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5)));
            }
        }
        return rows
            .Where(r => words.All(w => r.Body.Contains(w, StringComparison.Ordinal)))
            .Where(r => year is null || r.Year == year)
            .Where(r => region is null || r.Region == region || r.Parent == region)
            .OrderByDescending(r => r.Year)
            .ThenByDescending(r => words.All(w => r.Names.Contains(w, StringComparison.Ordinal)))
            .ThenBy(r => r.Region, StringComparer.Ordinal)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => (r.Code, r.Year))
            .ToList();
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

    /// <summary>
    /// 200 departments (one in twenty a 司法局 by name) in a city and its two districts, ten years each,
    /// every disclosure six sections of random characters from a block of 512 that holds none of 司法局.
    /// Two in five disclosures say 司法 in one section, two in five 法局 in another, one in twenty-five
    /// 司法局 in a third: most that hold both bigrams of 司法局 do not hold the word.
    /// </summary>
    public sealed class RandomDisclosures : IAsyncLifetime
    {
        private const int Departments = 200;

        public TestDatabase Database { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Database = await TestDatabase.CreateMigratedAsync("searchplan");
            await Database.ExecuteAsync($"""
                INSERT INTO regions (code, name, parent_code) VALUES ('420100', '武汉市', NULL);
                INSERT INTO regions (code, name, parent_code) VALUES ('420104', '硚口区', '420100'), ('420111', '洪山区', '420100');
                INSERT INTO departments (code, name, short_name, region_code, kind)
                    SELECT 'd' || lpad(n::text, 3, '0'), CASE WHEN n % 20 = 0 THEN '司法局' || n ELSE '部门' || n END, '部门' || n,
                           (ARRAY['420100', '420104', '420111'])[1 + n % 3], '其他'
                    FROM generate_series(1, {Departments}) n;
                INSERT INTO disclosures (department_id, year)
                    SELECT d.id, y FROM departments d CROSS JOIN generate_series(2015, 2024) y;
                INSERT INTO disclosure_versions (disclosure_id, number, status, title, reporting_unit)
                    SELECT id, 1, 'Published', '决算' || id, '本级' FROM disclosures;
                """);

            var random = new Random(20240601);
            await using var db = Database.CreateContext();
            var versions = db.DisclosureVersions
                .Join(db.Disclosures, v => v.DisclosureId, d => d.Id, (v, d) => new { v.Id, v.DisclosureId, d.Year, d.DepartmentId })
                .Join(db.Departments, x => x.DepartmentId, d => d.Id, (x, d) => new { x.Id, x.DisclosureId, x.Year, d.Code, d.Name, d.RegionCode })
                .ToList();
            foreach (var version in versions)
            {
                var sections = new List<(SearchSectionKind, string, string?, string)> { (SearchSectionKind.Department, "部门", null, version.Name) };
                for (var i = 0; i < 6; i++)
                {
                    var text = new StringBuilder();
                    for (var c = 0; c < 60; c++)
                    {
                        text.Append((char)(0x4E00 + random.Next(512)));
                    }
                    var planted = i switch
                    {
                        0 when random.Next(100) < 40 => "司法",
                        1 when random.Next(100) < 40 => "法局",
                        2 when random.Next(100) < 4 => "司法局",
                        _ => "",
                    };
                    text.Insert(random.Next(text.Length), planted);
                    sections.Add((SearchSectionKind.Explanation, "第三部分 决算情况说明", "explanation-" + i, text.ToString()));
                }
                db.SearchDisclosures.Add(SearchDisclosure.From(version.DisclosureId, version.Id, version.RegionCode, version.Code,
                    version.Year.Value, sections));
            }
            await db.SaveChangesAsync();
            // Fresh GIN entries wait in the index's pending list, which makes the index look costly until
            // (auto)vacuum merges them; plan as a running portal does once that has happened.
            await Database.ExecuteAsync("VACUUM ANALYZE search_disclosures");
        }

        public async Task DisposeAsync() => await Database.DisposeAsync();
    }
}
