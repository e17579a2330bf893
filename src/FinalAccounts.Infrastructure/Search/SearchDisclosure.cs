using System.Text.Json;
using System.Text.Json.Serialization;

namespace FinalAccounts.Infrastructure.Search;

/// <summary>Where a section lies in <see cref="SearchDisclosure.Text"/>: what it is, what a result calls it, where it links to.</summary>
public sealed record SearchPlace(SearchSectionKind Kind, string Label, string? Anchor, int Start, int Length);

/// <summary>
/// The places as JSON, with their reader and writer generated at build: a page of results reads twenty
/// disclosures' places, some 130 KB, and reflection-based reading was a tenth of a search's time.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<SearchPlace>))]
[JsonSerializable(typeof(IReadOnlyList<SearchPlace>))]
internal sealed partial class SearchPlacesJson : JsonSerializerContext;

/// <summary>
/// What search looks up: one row per department-year, holding its latest published version's
/// department names, its text as shown and folded, where each section lies in it, and the grams of
/// the text (migration 0018, ADR 0020). A page of results reads its own rows and nothing else. Derived from
/// the version's <see cref="SearchSection"/>s by <see cref="SearchIndex"/>; a version that stops being
/// published loses its row in the same transaction (a trigger), so a withdrawal hides it at once.
/// </summary>
public sealed class SearchDisclosure
{
    /// <summary>Separates the sections in <see cref="Body"/>: whitespace, so no gram spans two sections.</summary>
    public const char SectionBreak = '\n';

    /// <summary>How <see cref="Places"/> are written in the jsonb column and read back by a search.</summary>
    internal static JsonSerializerOptions PlacesJson => SearchPlacesJson.Default.Options;

    private SearchDisclosure() { RegionCode = null!; DepartmentCode = null!; Names = null!; Text = null!; Places = null!; Body = null!; Grams = null!; }

    private SearchDisclosure(int disclosureId, long versionId, string regionCode, string departmentCode, int year,
        string names, string text, IReadOnlyList<SearchPlace> places)
    {
        DisclosureId = disclosureId;
        VersionId = versionId;
        RegionCode = regionCode;
        DepartmentCode = departmentCode;
        Year = year;
        Names = names;
        Text = text;
        Places = places;
        Body = SearchText.Fold(text);
        Grams = [.. SearchText.Grams(Body)];
    }

    public int DisclosureId { get; private set; }
    public long VersionId { get; private set; }
    public string RegionCode { get; private set; }
    public string DepartmentCode { get; private set; }
    public int Year { get; private set; }

    /// <summary>The folded text of the department section (names, short name, region): all terms here rank a result first.</summary>
    public string Names { get; private set; }

    /// <summary>Every section's text as the page shows it, in page order, separated by <see cref="SectionBreak"/>: where snippets are cut from.</summary>
    public string Text { get; private set; }

    /// <summary>Where each section lies in <see cref="Text"/>, in page order.</summary>
    public IReadOnlyList<SearchPlace> Places { get; private set; }

    /// <summary><see cref="Text"/> folded (<see cref="SearchText.Fold"/>, which keeps every offset): where a long term is confirmed.</summary>
    public string Body { get; private set; }

    /// <summary>The distinct one- and two-character grams of <see cref="Body"/> (<see cref="SearchText.Grams"/>), under a GIN index.</summary>
    public string[] Grams { get; private set; }

    /// <summary>The row of a published version from its sections, in page order.</summary>
    public static SearchDisclosure From(int disclosureId, long versionId, string regionCode, string departmentCode, int year,
        IReadOnlyList<(SearchSectionKind Kind, string Label, string? Anchor, string Text)> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var names = SearchText.Fold(string.Join(SectionBreak, sections.Where(s => s.Kind == SearchSectionKind.Department).Select(s => s.Text)));
        var places = new List<SearchPlace>(sections.Count);
        var start = 0;
        foreach (var (kind, label, anchor, text) in sections)
        {
            places.Add(new SearchPlace(kind, label, anchor, start, text.Length));
            start += text.Length + 1;
        }
        return new SearchDisclosure(disclosureId, versionId, regionCode, departmentCode, year, names,
            string.Join(SectionBreak, sections.Select(s => s.Text)), places);
    }

    /// <summary>The sections below the title that hold one of the folded <paramref name="terms"/>, in page order, with their text.</summary>
    public static IEnumerable<(SearchPlace Place, string Text)> PlacesHolding(string text, IReadOnlyList<SearchPlace> places,
        IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(terms);
        // Folded once as a whole: folding keeps every offset, so each section is its span of the folded text.
        var folded = SearchText.Fold(text);
        foreach (var place in places.Where(p => p.Kind is not (SearchSectionKind.Department or SearchSectionKind.Title)))
        {
            if (Holds(folded.AsSpan(place.Start, place.Length), terms))
            {
                yield return (place, text.Substring(place.Start, place.Length));
            }
        }
    }

    private static bool Holds(ReadOnlySpan<char> section, IReadOnlyList<string> terms)
    {
        foreach (var term in terms)
        {
            if (section.Contains(term, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
