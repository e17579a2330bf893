namespace FinalAccounts.Infrastructure.Search;

/// <summary>
/// What search looks up: one row per department-year, holding its latest published version's
/// department names, its folded text and that text's grams (migration 0018, ADR 0020). Derived from
/// the version's <see cref="SearchSection"/>s by <see cref="SearchIndex"/>; a version that stops being
/// published loses its row in the same transaction (a trigger), so a withdrawal hides it at once.
/// </summary>
public sealed class SearchDisclosure
{
    /// <summary>Separates the sections in <see cref="Body"/>: whitespace, so no gram spans two sections.</summary>
    public const char SectionBreak = '\n';

    private SearchDisclosure() { RegionCode = null!; DepartmentCode = null!; Names = null!; Body = null!; Grams = null!; }

    private SearchDisclosure(int disclosureId, long versionId, string regionCode, string departmentCode, int year,
        string names, string body)
    {
        DisclosureId = disclosureId;
        VersionId = versionId;
        RegionCode = regionCode;
        DepartmentCode = departmentCode;
        Year = year;
        Names = names;
        Body = body;
        Grams = [.. SearchText.Grams(body)];
    }

    public int DisclosureId { get; private set; }
    public long VersionId { get; private set; }
    public string RegionCode { get; private set; }
    public string DepartmentCode { get; private set; }
    public int Year { get; private set; }

    /// <summary>The folded text of the department section (names, short name, region): all terms here rank a result first.</summary>
    public string Names { get; private set; }

    /// <summary>Every section's folded text, in page order, separated by <see cref="SectionBreak"/>: where a long term is confirmed.</summary>
    public string Body { get; private set; }

    /// <summary>The distinct one- and two-character grams of <see cref="Body"/> (<see cref="SearchText.Grams"/>), under a GIN index.</summary>
    public string[] Grams { get; private set; }

    /// <summary>The row of a published version from its sections' kinds and folded texts, in page order.</summary>
    public static SearchDisclosure From(int disclosureId, long versionId, string regionCode, string departmentCode, int year,
        IReadOnlyList<(SearchSectionKind Kind, string FoldedText)> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var names = string.Join(SectionBreak, sections.Where(s => s.Kind == SearchSectionKind.Department).Select(s => s.FoldedText));
        var body = string.Join(SectionBreak, sections.Select(s => s.FoldedText));
        return new SearchDisclosure(disclosureId, versionId, regionCode, departmentCode, year, names, body);
    }
}
