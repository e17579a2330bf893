namespace FinalAccounts.Infrastructure.Search;

/// <summary>Where on the disclosure page a searchable text comes from.</summary>
public enum SearchSectionKind
{
    /// <summary>The department's name, short name and region: a hit here ranks first.</summary>
    Department = 1,
    Title = 2,
    Duties = 3,
    Organization = 4,
    /// <summary>One of the thirteen items of the computed 说明.</summary>
    Explanation = 5,
    KeyWork = 6,
    Glossary = 7,
    Evaluation = 8,
}

/// <summary>
/// One searchable text of a published version, as the disclosure page shows it, and where it links
/// to. Derived data: written when a version is published (or at start-up for a published version that
/// has none) and safe to delete and write again. Search looks up <see cref="SearchDisclosure"/>, built
/// from these.
/// </summary>
public sealed class SearchSection
{
    public const int MaxLabelLength = 300;
    public const int MaxAnchorLength = 32;

    private SearchSection() { Label = null!; Text = null!; }

    public SearchSection(long versionId, int sequence, SearchSectionKind kind, string label, string? anchor, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(anchor?.Length ?? 0, MaxAnchorLength, nameof(anchor));
        VersionId = versionId;
        Sequence = sequence;
        Kind = kind;
        Label = label.Length > MaxLabelLength ? label[..(MaxLabelLength - 1)] + "…" : label;
        Anchor = anchor;
        Text = text;
    }

    public long VersionId { get; private set; }
    /// <summary>Order on the page, from 0.</summary>
    public int Sequence { get; private set; }
    public SearchSectionKind Kind { get; private set; }
    /// <summary>What a result calls the place, e.g. "第三部分 决算情况说明 · 九、…".</summary>
    public string Label { get; private set; }
    /// <summary>The fragment of the disclosure page, e.g. "explanation-9"; null for the top of the page.</summary>
    public string? Anchor { get; private set; }
    public string Text { get; private set; }
}
