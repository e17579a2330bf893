using System.Text.Json;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FinalAccounts.Infrastructure.Search;

/// <summary>A place in a disclosure where the terms occur: the part or section, where it links to, and an excerpt.</summary>
public sealed record SearchHit(string Section, string? Anchor, Snippet Snippet);

/// <summary>
/// One disclosure (the latest published version of a department's year) that contains every term.
/// Title and department name come marked; <see cref="Hits"/> are the first sections below the title
/// that match, <see cref="MoreHits"/> how many others do.
/// </summary>
public sealed record SearchResult(
    string DepartmentCode, int Year, string RegionName, Snippet Title, Snippet DepartmentName,
    IReadOnlyList<SearchHit> Hits, int MoreHits);

/// <summary>
/// A page of results. <see cref="Total"/> is exact when <see cref="TotalIsExact"/>; otherwise at least
/// that many disclosures match (the count stops early: <see cref="SearchStatement.CountExamines"/>), and
/// pages go on while they are full, up to <see cref="MaxPage"/>. <see cref="TimedOut"/> when PostgreSQL
/// did not answer in time: the visitor is asked to narrow the search.
/// </summary>
public sealed record SearchResults(SearchQuery Query, int Total, bool TotalIsExact, IReadOnlyList<SearchResult> Items, bool TimedOut = false)
{
    public const int CountLimit = SearchStatement.CountLimit;

    /// <summary>The last page a search lists: the first <see cref="CountLimit"/> results.</summary>
    public const int MaxPage = CountLimit / SearchQuery.PageSize;

    /// <summary>How many pages, when the count is exact.</summary>
    public int? PageCount => TotalIsExact ? Math.Min(MaxPage, (Total + SearchQuery.PageSize - 1) / SearchQuery.PageSize) : null;

    public bool HasNextPage => Query.Page < MaxPage && (PageCount is { } count ? Query.Page < count : Items.Count == SearchQuery.PageSize);

    /// <summary>1-based position of the first result on this page.</summary>
    public int FirstPosition => (Query.Page - 1) * SearchQuery.PageSize + 1;

    public static SearchResults None(SearchQuery query) => new(query, 0, true, []);
}

public sealed record SearchRegionOption(string Code, string Name);

/// <summary>The choices of the search form: regions and years that have a published disclosure.</summary>
public sealed record SearchFilters(IReadOnlyList<SearchRegionOption> Regions, IReadOnlyList<int> Years);

/// <summary>Public full-text search over department names and the texts of published disclosures (ADR 0020).</summary>
public sealed class DisclosureSearch(FinalAccountsDbContext db, IPublicReadCache cache, ILogger<DisclosureSearch> logger)
{
    public const int HitsShown = 3;

    /// <summary>How long one search may take before the visitor is asked to narrow it, in seconds.</summary>
    public const int TimeoutSeconds = 10;

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.IsValid || query.Terms.Count == 0)
        {
            return SearchResults.None(query);
        }
        var statement = new SearchStatement(query);
        var years = query.Year is { } year ? [year] : await YearsAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var (matches, examined, ranked) = await CountAndRankFirstYearAsync(connection, statement, query, years, cancellationToken);
            // Pages beyond the listed results are empty, and their count still says how many match.
            var countIsExact = examined <= statement.CountExamines;
            List<SearchRow> rows = [];
            if (query.Page <= SearchResults.MaxPage && !(matches == 0 && countIsExact))
            {
                await RankOtherYearsAsync(connection, statement, years, ranked, cancellationToken);
                rows = await ReadRowsAsync(connection, statement, query, ranked, cancellationToken);
            }
            var items = rows.Select(row =>
            {
                var holding = SearchDisclosure.PlacesHolding(row.Text, row.Places, query.Terms).ToList();
                var shown = holding.Take(HitsShown)
                    .Select(h => new SearchHit(h.Place.Label, h.Place.Anchor, Snippet.Build(h.Text, query.Terms)))
                    .ToList();
                return new SearchResult(row.DepartmentCode, row.Year, row.RegionName,
                    Whole(row.Title, query.Terms), Whole(row.DepartmentName, query.Terms), shown, holding.Count - shown.Count);
            }).ToList();
            if (countIsExact)
            {
                return new SearchResults(query, matches, true, items);
            }
            // The count stopped early; a page that ran out of matches before its reach has ranked every one.
            return ranked.Count < statement.Reach && query.Page <= SearchResults.MaxPage
                ? new SearchResults(query, ranked.Count, true, items)
                : new SearchResults(query, Math.Min(Math.Max(matches, ranked.Count), SearchStatement.CountLimit), false, items);
        }
        catch (Exception e) when (IsTimeout(e) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Search for {Terms} (region {Region}, year {Year}) ran past {Seconds} s",
                query.Text, query.RegionCode, query.Year, TimeoutSeconds);
            return SearchResults.None(query) with { TimedOut = true };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The regions with a published disclosure in them or in a sub-region (a region's filter takes in its
    /// sub-regions), in code order, which puts each under its parent; and the years with one. Each is a
    /// probe of an index per region or year, not a pass over the disclosures, and what they make is kept
    /// with the public pages (<see cref="IPublicReadCache"/>) until what the public sees changes.
    /// </summary>
    public Task<SearchFilters> FiltersAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync("search-filters", ReadFiltersAsync, cancellationToken);

    private async Task<SearchFilters> ReadFiltersAsync(CancellationToken cancellationToken)
    {
        var tree = await RegionTree.LoadAsync(db, cancellationToken);
        var published = await db.Regions.Where(r => db.SearchDisclosures.Any(s => s.RegionCode == r.Code))
            .Select(r => r.Code).ToListAsync(cancellationToken);
        var shown = published.SelectMany(tree.Path).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var options = tree.All.Where(r => shown.Contains(r.Code))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new SearchRegionOption(r.Code, r.Name))
            .ToList();
        return new SearchFilters(options, await YearsAsync(cancellationToken));
    }

    /// <summary>
    /// In one round trip: has PostgreSQL plan for the words (<see cref="PlanForTheWords"/>), counts the
    /// matches (<see cref="SearchStatement.CountSql"/>), and ranks the first year's, which fill the first
    /// page of a common word. Returns the count's two numbers and the version ids the first year ranked.
    /// </summary>
    private static async Task<(int Matches, int Examined, List<long> Ranked)> CountAndRankFirstYearAsync(NpgsqlConnection connection,
        SearchStatement statement, SearchQuery query, IReadOnlyList<int> years, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection) { Timeout = TimeoutSeconds };
        batch.BatchCommands.Add(new NpgsqlBatchCommand(PlanForTheWords));
        batch.BatchCommands.Add(Command(statement.CountSql, statement.Parameters()));
        var ranks = query.Page <= SearchResults.MaxPage && years.Count > 0;
        if (ranks)
        {
            batch.BatchCommands.Add(Command(statement.YearSql, statement.Parameters(years[0], statement.Reach)));
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (matches, examined) = (reader.GetInt32(0), reader.GetInt32(1));
        var ranked = new List<long>();
        if (ranks && await reader.NextResultAsync(cancellationToken))
        {
            await ReadIdsAsync(reader, ranked, cancellationToken);
        }
        return (matches, examined, ranked);
    }

    /// <summary>
    /// Ranks the matches of the years after the first, one year after another, the latest first, until the
    /// page's reach is met (fewer when there are no more).
    /// </summary>
    private static async Task RankOtherYearsAsync(NpgsqlConnection connection, SearchStatement statement, IReadOnlyList<int> years,
        List<long> ranked, CancellationToken cancellationToken)
    {
        foreach (var year in years.Skip(1))
        {
            if (ranked.Count >= statement.Reach)
            {
                return;
            }
            await using var batch = new NpgsqlBatch(connection) { Timeout = TimeoutSeconds };
            batch.BatchCommands.Add(Command(statement.YearSql, statement.Parameters(year, statement.Reach - ranked.Count)));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await ReadIdsAsync(reader, ranked, cancellationToken);
        }
    }

    /// <summary>What the page's twenty of the ranked matches show.</summary>
    private static async Task<List<SearchRow>> ReadRowsAsync(NpgsqlConnection connection, SearchStatement statement, SearchQuery query,
        List<long> ranked, CancellationToken cancellationToken)
    {
        var page = ranked.Skip((query.Page - 1) * SearchQuery.PageSize).Take(SearchQuery.PageSize).ToList();
        if (page.Count == 0)
        {
            return [];
        }
        await using var batch = new NpgsqlBatch(connection) { Timeout = TimeoutSeconds };
        batch.BatchCommands.Add(Command(statement.RowsSql, statement.Parameters(versions: page)));
        await using var found = await batch.ExecuteReaderAsync(cancellationToken);
        var rows = new List<SearchRow>();
        while (await found.ReadAsync(cancellationToken))
        {
            rows.Add(new SearchRow(found.GetInt64(0), found.GetString(1), found.GetInt32(2), found.GetString(3),
                found.GetString(4), found.GetString(5), found.GetString(6),
                JsonSerializer.Deserialize<List<SearchPlace>>(found.GetString(7), SearchDisclosure.PlacesJson)!));
        }
        return rows;
    }

    private static async Task ReadIdsAsync(NpgsqlDataReader reader, List<long> ids, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }
    }

    /// <summary>
    /// The years with a published disclosure, latest first: a probe of an index per year, kept with the
    /// public pages (<see cref="IPublicReadCache"/>) until what the public sees changes.
    /// </summary>
    private Task<List<int>> YearsAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync("search-years", ReadYearsAsync, cancellationToken);

    private Task<List<int>> ReadYearsAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""
            SELECT y AS "Value" FROM generate_series({FiscalYear.Latest}, {FiscalYear.Earliest}, -1) AS y
            WHERE EXISTS (SELECT 1 FROM search_disclosures s WHERE s.year = y)
            ORDER BY y DESC
            """).ToListAsync(cancellationToken);

    private static NpgsqlBatchCommand Command(string sql, IReadOnlyList<NpgsqlParameter> parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters.ToArray());
        return command;
    }

    /// <summary>
    /// Has PostgreSQL plan each statement for the words it is given, also once it is prepared (the portal's
    /// connections prepare what repeats: <see cref="DependencyInjection.ForPortal"/>). A plan made without the
    /// words cannot tell a rare word from a common one, and may read a year's rows through the b-tree and
    /// unpack each one's grams (ADR 0020). The connection is reset when it goes back to the pool (Npgsql's
    /// RESET ALL; the portal's connection strings never set No Reset On Close).
    /// </summary>
    private const string PlanForTheWords = "SET plan_cache_mode = force_custom_plan";

    /// <summary>The command ran past <see cref="TimeoutSeconds"/>: Npgsql's own timeout, or PostgreSQL's cancellation of the statement.</summary>
    private static bool IsTimeout(Exception e) =>
        e is NpgsqlException { InnerException: TimeoutException } or PostgresException { SqlState: PostgresErrorCodes.QueryCanceled };

    private static Snippet Whole(string text, IReadOnlyList<string> terms) => Snippet.Build(text, terms, Math.Max(1, text.Length));
}
