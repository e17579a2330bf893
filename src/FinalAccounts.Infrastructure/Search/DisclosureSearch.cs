using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
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
    int Matches, IReadOnlyList<SearchHit> Hits, int MoreHits);

public sealed record SearchResults(SearchQuery Query, int Total, IReadOnlyList<SearchResult> Items)
{
    public int PageCount => (Total + SearchQuery.PageSize - 1) / SearchQuery.PageSize;

    /// <summary>1-based position of the first result on this page.</summary>
    public int FirstPosition => (Query.Page - 1) * SearchQuery.PageSize + 1;
}

public sealed record SearchRegionOption(string Code, string Name);

/// <summary>The choices of the search form: regions and years that have a published disclosure.</summary>
public sealed record SearchFilters(IReadOnlyList<SearchRegionOption> Regions, IReadOnlyList<int> Years);

/// <summary>Public full-text search over department names and the texts of published disclosures.</summary>
public sealed class DisclosureSearch(FinalAccountsDbContext db)
{
    public const int HitsShown = 3;

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.IsValid || query.Terms.Count == 0)
        {
            return new SearchResults(query, 0, []);
        }
        var statement = new SearchStatement(query);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var (rows, total) = await ReadPageAsync(connection, statement, cancellationToken);
            var hits = rows.Count == 0
                ? []
                : await ReadHitsAsync(connection, statement, rows.Select(r => r.VersionId).ToList(), query.Terms, cancellationToken);
            var items = rows.Select(row =>
            {
                var (shown, count) = hits.TryGetValue(row.VersionId, out var found) ? found : ([], 0);
                return new SearchResult(row.DepartmentCode, row.Year, row.RegionName,
                    Whole(row.Title, query.Terms), Whole(row.DepartmentName, query.Terms), row.Matches,
                    shown, count - shown.Count);
            }).ToList();
            return new SearchResults(query, total, items);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<SearchFilters> FiltersAsync(CancellationToken cancellationToken = default)
    {
        var published =
            from found in db.DepartmentVersions().AsNoTracking()
            where found.Version.Status == DisclosureStatus.Published
            join region in db.Regions on found.Department.RegionCode equals region.Code
            select new { region.Code, region.Name, found.Disclosure.Year };
        var rows = await published.Distinct().ToListAsync(cancellationToken);
        var regions = rows.Select(r => new SearchRegionOption(r.Code, r.Name)).Distinct()
            .OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var years = rows.Select(r => r.Year.Value).Distinct().OrderDescending().ToList();
        return new SearchFilters(regions, years);
    }

    private static async Task<(List<SearchRow> Rows, int Total)> ReadPageAsync(NpgsqlConnection connection,
        SearchStatement statement, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(statement.PageSql + ";\n" + statement.CountSql, connection);
        command.Parameters.AddRange(statement.Parameters().ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<SearchRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new SearchRow(reader.GetInt64(0), reader.GetBoolean(1), reader.GetInt32(2), reader.GetString(3),
                reader.GetInt32(4), reader.GetString(5), reader.GetString(6), reader.GetString(7)));
        }
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (rows, reader.GetInt32(0));
    }

    /// <summary>Per version, its first <see cref="HitsShown"/> matching sections with their snippets, and how many match.</summary>
    private static async Task<Dictionary<long, (List<SearchHit> Shown, int Count)>> ReadHitsAsync(NpgsqlConnection connection,
        SearchStatement statement, IReadOnlyCollection<long> versions, IReadOnlyList<string> terms,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(statement.HitsSql, connection);
        command.Parameters.AddRange(statement.Parameters(versions).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new Dictionary<long, (List<SearchHit> Shown, int Count)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var versionId = reader.GetInt64(0);
            var (shown, count) = hits.TryGetValue(versionId, out var found) ? found : ([], 0);
            if (shown.Count < HitsShown)
            {
                shown.Add(new SearchHit(reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    Snippet.Build(reader.GetString(3), terms)));
            }
            hits[versionId] = (shown, count + 1);
        }
        return hits;
    }

    private static Snippet Whole(string text, IReadOnlyList<string> terms) => Snippet.Build(text, terms, Math.Max(1, text.Length));
}
