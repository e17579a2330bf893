using System.Globalization;
using System.Text;
using FinalAccounts.Infrastructure.Queries;
using Npgsql;
using NpgsqlTypes;

namespace FinalAccounts.Infrastructure.Search;

/// <summary>
/// The SQL of a search (ADR 0020), public so that a test can ask PostgreSQL for its plan. Candidates are
/// the department-years whose grams hold every gram of every term (<c>grams @&gt; @grams</c>, through
/// the GIN index), narrowed by year and region (with its sub-regions) in the same scan. A term of one
/// or two characters is one gram, so for it a candidate is a match; a longer term is confirmed as a
/// substring of the folded text, and only for the candidates a page or the count looks at. Results
/// rank those whose department names hold every term first, then by year (latest first), region and
/// department code: an order a top-N sort gives without counting every match.
/// </summary>
internal sealed class SearchStatement
{
    /// <summary>How many matches are counted at most; beyond, the count says "more than".</summary>
    public const int CountLimit = 1000;

    private const string Order = "name_hit DESC, year DESC, region_code, department_code";

    private readonly SearchQuery _query;
    private readonly IReadOnlyList<int> _confirmed;

    public SearchStatement(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.IsValid || query.Terms.Count == 0)
        {
            throw new ArgumentException("Only a valid query with terms is run.", nameof(query));
        }
        _query = query;
        _confirmed = Enumerable.Range(0, query.Terms.Count).Where(i => query.Terms[i].EnumerateRunes().Count() > 2).ToList();
    }

    /// <summary>How many ranked matches the page reaches down to: its offset and its size.</summary>
    public int Reach => _query.Page * SearchQuery.PageSize;

    /// <summary>Whether some term is longer than its grams can prove, so that candidates are confirmed on the text.</summary>
    public bool ConfirmsOnText => _confirmed.Count > 0;

    /// <summary>
    /// Two numbers from at most <see cref="CountLimit"/> + 1 candidates: how many match, and how many
    /// candidates were looked at. When fewer than <see cref="CountLimit"/> + 1 were looked at, the first
    /// is the exact count.
    /// </summary>
    public string CountSql => Candidates + $"""

        SELECT count(*) FILTER (WHERE {Confirmed("c")})::integer, count(*)::integer
        FROM (SELECT * FROM candidates LIMIT {CountLimit + 1}) c
        """;

    /// <summary>
    /// One page of matches, ranked, with what a result shows: see <see cref="SearchRow"/>. With terms to
    /// confirm, the candidates are ranked first, at most <c>@window</c> of them (null: all), and
    /// confirmed in that order until the page is full.
    /// </summary>
    public string PageSql
    {
        get
        {
            var page = ConfirmsOnText
                ? $"""
                    ranked AS (
                        SELECT * FROM candidates ORDER BY {Order} LIMIT @window
                    ),
                    page AS (
                        SELECT * FROM ranked r WHERE {Confirmed("r")} LIMIT @limit OFFSET @offset
                    )
                    """
                : $"""
                    page AS (
                        SELECT * FROM candidates ORDER BY {Order} LIMIT @limit OFFSET @offset
                    )
                    """;
            return Candidates + ",\n" + page + $"""

                SELECT p.version_id, p.name_hit, v.title, p.year, p.department_code, dep.name, reg.name, p.text, p.sections::text
                FROM page p
                JOIN disclosure_versions v ON v.id = p.version_id
                JOIN departments dep ON dep.code = p.department_code
                JOIN regions reg ON reg.code = p.region_code
                ORDER BY p.{Order.Replace(", ", ", p.", StringComparison.Ordinal)}
                """;
        }
    }

    /// <summary>The department-years whose grams hold the terms' grams, within the filters; <c>name_hit</c> when their names hold every term.</summary>
    private string Candidates
    {
        get
        {
            var sql = new StringBuilder();
            if (_query.RegionCode is not null)
            {
                sql.Append("WITH RECURSIVE ").Append(RegionTree.WithinSql).Append(",\n");
            }
            else
            {
                sql.Append("WITH ");
            }
            var names = string.Join(" AND ", _query.Terms.Select((_, i) => $"strpos(sd.names, @t{i}) > 0"));
            sql.Append(CultureInfo.InvariantCulture, $"""
                candidates AS (
                    SELECT sd.version_id, sd.year, sd.region_code, sd.department_code, sd.body, sd.text, sd.sections, ({names}) AS name_hit
                    FROM search_disclosures sd
                    WHERE sd.grams @> @grams
                """);
            if (_query.Year is not null)
            {
                sql.Append("\n        AND sd.year = @year");
            }
            if (_query.RegionCode is not null)
            {
                // An array, not a join: the region index then narrows the same bitmap as the grams.
                sql.Append("\n        AND sd.region_code = ANY (ARRAY(SELECT code FROM within))");
            }
            sql.Append("\n)");
            return sql.ToString();
        }
    }

    /// <summary>Fresh parameters for one command: the terms, their grams, the filters and the page.</summary>
    public IReadOnlyList<NpgsqlParameter> Parameters(int? window = null)
    {
        var parameters = new List<NpgsqlParameter>();
        for (var i = 0; i < _query.Terms.Count; i++)
        {
            parameters.Add(new NpgsqlParameter($"t{i}", NpgsqlDbType.Text) { Value = _query.Terms[i] });
        }
        var grams = _query.Terms.SelectMany(SearchText.TermGrams).Distinct(StringComparer.Ordinal).ToArray();
        parameters.Add(new NpgsqlParameter("grams", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = grams });
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
        parameters.Add(new NpgsqlParameter("window", NpgsqlDbType.Integer) { Value = (object?)window ?? DBNull.Value });
        return parameters;
    }

    /// <summary>A candidate is a match: its names hold every term, or its text every term its grams cannot prove.</summary>
    private string Confirmed(string alias) =>
        ConfirmsOnText
            ? $"({alias}.name_hit OR ({string.Join(" AND ", _confirmed.Select(i => $"strpos({alias}.body, @t{i}) > 0"))}))"
            : "true";
}

/// <summary>A row of <see cref="SearchStatement.PageSql"/>: what a result shows, with the text and sections its snippets come from.</summary>
internal sealed record SearchRow(
    long VersionId, bool NameHit, string Title, int Year, string DepartmentCode, string DepartmentName, string RegionName,
    string Text, IReadOnlyList<SearchPlace> Places);
