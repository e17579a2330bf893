using FinalAccounts.Domain;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Organizations;

namespace FinalAccounts.Infrastructure.Search;

/// <summary>
/// What a visitor asked for: words separated by spaces, all of which must occur, optionally narrowed
/// to a region and a year, and the page of results wanted.
/// </summary>
public sealed record SearchQuery
{
    public const int MaxLength = 50;
    public const int MaxTerms = 10;
    public const int PageSize = 20;

    private SearchQuery(string text, IReadOnlyList<string> terms, string? regionCode, int? year, int page, string? error)
    {
        Text = text;
        Terms = terms;
        RegionCode = regionCode;
        Year = year;
        Page = page;
        Error = error;
    }

    /// <summary>The query as typed, trimmed.</summary>
    public string Text { get; }

    /// <summary>The folded words, each once; empty when <see cref="Error"/> is set.</summary>
    public IReadOnlyList<string> Terms { get; }

    public string? RegionCode { get; }
    public int? Year { get; }

    /// <summary>1-based.</summary>
    public int Page { get; }

    /// <summary>Why the query cannot be run, in words for the visitor; null when it can.</summary>
    public string? Error { get; }

    public bool IsValid => Error is null;

    /// <summary>
    /// Reads a visitor's input. Filters that are not a region code or a fiscal year are ignored
    /// rather than refused: they come from the form's own select lists or from an edited URL.
    /// </summary>
    public static SearchQuery Parse(string? text, string? regionCode = null, int? year = null, int? page = null)
    {
        // Control characters (NUL among them, which PostgreSQL refuses in text) separate words like spaces.
        var trimmed = TextInput.Filter(text) ?? "";
        var region = Region.IsValidCode(regionCode) ? regionCode : null;
        var fiscalYear = year is >= FiscalYear.Earliest and <= FiscalYear.Latest ? year : null;
        var pageNumber = page is > 0 and < 10_000 ? page.Value : 1;

        string? error = null;
        IReadOnlyList<string> terms = [];
        if (trimmed.Length == 0)
        {
            error = "请输入要检索的词语。";
        }
        else if (trimmed.Length > MaxLength)
        {
            error = $"检索词不能超过 {MaxLength} 个字，请缩短后再试。";
        }
        else
        {
            terms = SearchText.Fold(trimmed)
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (terms.Count > MaxTerms)
            {
                error = $"最多可输入 {MaxTerms} 个词语，请减少后再试。";
                terms = [];
            }
        }
        return new SearchQuery(trimmed, terms, region, fiscalYear, pageNumber, error);
    }
}
