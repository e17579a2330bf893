using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace FinalAccounts.Infrastructure.Search;

/// <summary>
/// The SQL of a search, public so that a test can ask PostgreSQL for its plan. Each term is looked
/// up through the gram index (<c>grams @&gt; its bigrams</c>) and then checked as an exact substring
/// of the folded text; a version matches when every term occurs in one of its sections. Status,
/// latest version and filters are joined at query time.
/// </summary>
internal sealed class SearchStatement
{
    private readonly SearchQuery _query;

    public SearchStatement(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.IsValid || query.Terms.Count == 0)
        {
            throw new ArgumentException("Only a valid query with terms is run.", nameof(query));
        }
        _query = query;
        Matches = BuildMatches(query);
    }

    /// <summary>The matching versions visible to the public, ranked, one page: see <see cref="SearchRow"/> for the columns.</summary>
    public string PageSql => Matches + """

        SELECT version_id, name_hit, matches, title, year, department_code, department_name, region_name
        FROM visible
        ORDER BY name_hit DESC, matches DESC, year DESC, department_name, version_id
        LIMIT @limit OFFSET @offset
        """;

    /// <summary>How many versions match.</summary>
    public string CountSql => Matches + "\nSELECT count(*)::integer FROM visible";

    /// <summary>The sections of the given versions (<c>@versions</c>) below the title that contain a term, in page order.</summary>
    public string HitsSql
    {
        get
        {
            var any = string.Join(" OR ", _query.Terms.Select((_, i) => $"strpos(s.folded_text, @t{i}) > 0"));
            return $"""
                SELECT s.version_id, s.label, s.anchor, s.text
                FROM search_sections s
                WHERE s.version_id = ANY(@versions) AND s.kind NOT IN ('Department', 'Title') AND ({any})
                ORDER BY s.version_id, s.sequence
                """;
        }
    }

    private string Matches { get; }

    /// <summary>Fresh parameters for one command: the terms, their grams, the filters and the page.</summary>
    public IReadOnlyList<NpgsqlParameter> Parameters(IReadOnlyCollection<long>? versions = null)
    {
        var parameters = new List<NpgsqlParameter>();
        for (var i = 0; i < _query.Terms.Count; i++)
        {
            var term = _query.Terms[i];
            parameters.Add(new NpgsqlParameter($"t{i}", NpgsqlDbType.Text) { Value = term });
            parameters.Add(new NpgsqlParameter($"g{i}", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = SearchText.TermGrams(term).ToArray() });
        }
        if (_query.RegionCode is { } region)
        {
            parameters.Add(new NpgsqlParameter("region", NpgsqlDbType.Char) { Value = region });
        }
        if (_query.Year is { } year)
        {
            parameters.Add(new NpgsqlParameter("year", NpgsqlDbType.Integer) { Value = year });
        }
        parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = SearchQuery.PageSize });
        parameters.Add(new NpgsqlParameter("offset", NpgsqlDbType.Integer) { Value = (_query.Page - 1) * SearchQuery.PageSize });
        if (versions is not null)
        {
            parameters.Add(new NpgsqlParameter("versions", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = versions.ToArray() });
        }
        return parameters;
    }

    private static string BuildMatches(SearchQuery query)
    {
        var terms = Enumerable.Range(0, query.Terms.Count).ToList();
        string Has(int i) => $"strpos(s.folded_text, @t{i}) > 0";
        string Occurrences(int i) =>
            $"(length(s.folded_text) - length(replace(s.folded_text, @t{i}, ''))) / length(@t{i})";

        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"""
            WITH hits AS (
                SELECT s.version_id, s.kind,
                       {string.Join(",\n           ", terms.Select(i => $"{Has(i)} AS has{i}"))},
                       {string.Join("\n         + ", terms.Select(Occurrences))} AS occurrences
                FROM search_sections s
                WHERE {string.Join("\n   OR ", terms.Select(i => $"(s.grams @> @g{i} AND {Has(i)})"))}
            ),
            matched AS (
                SELECT h.version_id, bool_or(h.kind = 'Department') AS name_hit, sum(h.occurrences)::integer AS matches
                FROM hits h
                GROUP BY h.version_id
                HAVING {string.Join(" AND ", terms.Select(i => $"bool_or(h.has{i})"))}
            ),
            visible AS (
                SELECT m.version_id, m.name_hit, m.matches, v.title, d.year,
                       dep.code AS department_code, dep.name AS department_name, r.name AS region_name
                FROM matched m
                JOIN disclosure_versions v ON v.id = m.version_id
                JOIN disclosures d ON d.id = v.disclosure_id
                JOIN departments dep ON dep.id = d.department_id
                JOIN regions r ON r.code = dep.region_code
                WHERE v.status = 'Published'
                  AND NOT EXISTS (SELECT 1 FROM disclosure_versions later
                                  WHERE later.disclosure_id = v.disclosure_id AND later.status = 'Published'
                                    AND later.number > v.number)
            """);
        if (query.RegionCode is not null)
        {
            sql.Append("\n      AND dep.region_code = @region");
        }
        if (query.Year is not null)
        {
            sql.Append("\n      AND d.year = @year");
        }
        sql.Append("\n)");
        return sql.ToString();
    }
}

/// <summary>A row of <see cref="SearchStatement.PageSql"/>.</summary>
internal sealed record SearchRow(
    long VersionId, bool NameHit, int Matches, string Title, int Year, string DepartmentCode, string DepartmentName, string RegionName);
