using FinalAccounts.Domain.Classification;

namespace FinalAccounts.Domain.Disclosures;

/// <summary>
/// One department's final-accounts disclosure for one year. Its content lives in numbered
/// versions: a correction after publication is a new version, and earlier ones stay on record.
/// </summary>
public sealed class Disclosure
{
    private readonly List<DisclosureVersion> _versions = [];

    private Disclosure() { }

    public Disclosure(int departmentId, FiscalYear year)
    {
        DepartmentId = departmentId;
        Year = year;
    }

    public int Id { get; private set; }
    public int DepartmentId { get; private set; }
    public FiscalYear Year { get; private set; }
    public IReadOnlyList<DisclosureVersion> Versions => _versions;

    /// <summary>The newest version the public may see, if any.</summary>
    public DisclosureVersion? LatestPublished =>
        _versions.Where(v => v.Status == DisclosureStatus.Published).MaxBy(v => v.Number);

    /// <summary>
    /// Opens the next version as a draft. Only one version may be unpublished at a time, so a
    /// correction starts from a published record rather than beside another open draft.
    /// </summary>
    public DisclosureVersion StartVersion(string title, string reportingUnit, string? correctionNote = null)
    {
        var open = _versions.FirstOrDefault(v => v.Status is DisclosureStatus.Draft or DisclosureStatus.Submitted);
        if (open is not null)
        {
            throw new OpenVersionExists(open.Number);
        }
        if (_versions.Count > 0 && string.IsNullOrWhiteSpace(correctionNote))
        {
            throw new ArgumentException("更正版本必须说明更正内容。", nameof(correctionNote));
        }
        var version = new DisclosureVersion(_versions.Count + 1, title, reportingUnit, correctionNote);
        _versions.Add(version);
        return version;
    }
}
