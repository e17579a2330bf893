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
/// come year by year, the latest first; within a year, those whose department names hold every term
/// first, then by region and department code. A page ranks one year at a time (a tenth of a province)
/// and stops at the year that fills it, so no search ranks every match.
/// </summary>
internal sealed class SearchStatement
{
    /// <summary>How many matches are counted at most; beyond, the count says "more than".</summary>
    public const int CountLimit = 1000;

    /// <summary>
    /// How many candidates the count confirms on their text at most, for a term longer than its grams:
    /// each is a read of the department-year's whole text, so a common word in a city stops here.
    /// </summary>
    public const int ConfirmedCountLimit = 200;

    /// <summary>The order within a year.</summary>
    private const string Order = "name_hit DESC, region_code, department_code";

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

    /// <summary>How many candidates the count looks at: <see cref="CountLimit"/>, or <see cref="ConfirmedCountLimit"/> when it confirms them on the text.</summary>
    public int CountExamines => ConfirmsOnText ? ConfirmedCountLimit : CountLimit;

    /// <summary>
    /// Two numbers from at most <see cref="CountExamines"/> + 1 candidates: how many match, and how many
    /// candidates were looked at. When no more than <see cref="CountExamines"/> were looked at, the first
    /// is the exact count.
    /// </summary>
    public string CountSql => Candidates(oneYear: _query.Year is not null) + $"""

        SELECT count(*) FILTER (WHERE {Confirmed("c")})::integer, count(*)::integer
        FROM (SELECT * FROM candidates LIMIT {CountExamines + 1}) c
        """;

    /// <summary>
    /// The first <c>@need</c> matches of one year (<c>@year</c>), ranked, as version ids. With terms to
    /// confirm, the year's candidates are ranked first and confirmed in that order until enough match.
    /// </summary>
    public string YearSql => Candidates(oneYear: true) + (ConfirmsOnText
        ? $"""

            SELECT c.version_id FROM (SELECT * FROM candidates ORDER BY {Order} OFFSET 0) c
            WHERE {Confirmed("c")}
            LIMIT @need
            """
        : $"""

            SELECT version_id FROM candidates ORDER BY {Order} LIMIT @need
            """);

    /// <summary>What the results of a page show, in the page's order (<c>@versions</c>): see <see cref="SearchRow"/>.</summary>
    public string RowsSql => $"""
        SELECT sd.version_id, v.title, sd.year, sd.department_code, dep.name, reg.name, sd.text, sd.sections::text
        FROM unnest(@versions) WITH ORDINALITY AS page(version_id, ordinal)
        JOIN search_disclosures sd ON sd.version_id = page.version_id
        JOIN disclosure_versions v ON v.id = sd.version_id
        JOIN departments dep ON dep.code = sd.department_code
        JOIN regions reg ON reg.code = sd.region_code
        ORDER BY page.ordinal
        """;

    /// <summary>
    /// The department-years whose grams hold the terms' grams, within the filters (and the year
    /// <c>@year</c> when <paramref name="oneYear"/>); <c>name_hit</c> when their names hold every term.
    /// </summary>
    private string Candidates(bool oneYear)
    {
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
                    SELECT sd.version_id, sd.region_code, sd.department_code, sd.body, ({names}) AS name_hit
                    FROM search_disclosures sd
                    WHERE sd.grams @> @grams
                """);
            if (oneYear)
            {
                // "+ 0": not a condition the (year, region_code) b-tree can take. The planner has no statistics
                // for the grams (migration 0018), guesses that few rows hold them, and with a plain "year ="
                // reads the year's rows by that index and tests each one's grams, unpacking every array: 430 ms
                // for a word of every disclosure in a year of a third of the province, against 13 ms through
                // the grams' index with the year tested on the row.
                sql.Append("\n        AND sd.year + 0 = @year");
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

    /// <summary>
    /// Fresh parameters for one command: the terms, their grams and the region; <paramref name="year"/>
    /// (the filter's, or the year a page ranks), how many matches it needs, or the versions a page shows.
    /// </summary>
    public IReadOnlyList<NpgsqlParameter> Parameters(int? year = null, int? need = null, IReadOnlyCollection<long>? versions = null)
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
        if ((year ?? _query.Year) is { } oneYear)
        {
            parameters.Add(new NpgsqlParameter("year", NpgsqlDbType.Integer) { Value = oneYear });
        }
        if (need is not null)
        {
            parameters.Add(new NpgsqlParameter("need", NpgsqlDbType.Integer) { Value = need });
        }
        if (versions is not null)
        {
            parameters.Add(new NpgsqlParameter("versions", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = versions.ToArray() });
        }
        return parameters;
    }

    /// <summary>A candidate is a match: its names hold every term, or its text every term its grams cannot prove.</summary>
    private string Confirmed(string alias) =>
        ConfirmsOnText
            ? $"({alias}.name_hit OR ({string.Join(" AND ", _confirmed.Select(i => $"strpos({alias}.body, @t{i}) > 0"))}))"
            : "true";
}

/// <summary>A row of <see cref="SearchStatement.RowsSql"/>: what a result shows, with the text and sections its snippets come from.</summary>
internal sealed record SearchRow(
    long VersionId, string Title, int Year, string DepartmentCode, string DepartmentName, string RegionName,
    string Text, IReadOnlyList<SearchPlace> Places);
