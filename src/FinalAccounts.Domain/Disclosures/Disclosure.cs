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
    /// <summary>
    /// The day the finance bureau approved (批复) the year's final accounts, from which the publication
    /// deadline runs (<see cref="PublicationTimeliness"/>); null until staff enter it.
    /// </summary>
    public DateOnly? ApprovedOn { get; private set; }
    public IReadOnlyList<DisclosureVersion> Versions => _versions;

    /// <summary>
    /// Records the approval date. Final accounts are approved after their year ends and not in the
    /// future; once a version has been published the date is part of the record and does not change.
    /// </summary>
    public void RecordApproval(DateOnly approvedOn, DateOnly today)
    {
        if (ApprovalProblem(approvedOn, today) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(approvedOn), approvedOn, problem);
        }
        if (_versions.Any(v => v.Status is DisclosureStatus.Published or DisclosureStatus.Withdrawn) && ApprovedOn != approvedOn)
        {
            throw new ApprovalDateIsPublished();
        }
        ApprovedOn = approvedOn;
    }

    /// <summary>Why that cannot be the approval date of this year's final accounts, or null when it can.</summary>
    public string? ApprovalProblem(DateOnly approvedOn, DateOnly today) =>
        approvedOn.Year <= Year.Value ? $"批复日期应在{Year.Value}年度结束之后（{Year.Value + 1}年1月1日或以后），不能是 {approvedOn:yyyy-MM-dd}。"
        : approvedOn > today ? $"批复日期 {approvedOn:yyyy-MM-dd} 还没有到，请填写财政部门实际批复的日期。"
        : null;

    /// <summary>The date the year was first made public, in China; null while no version has been.</summary>
    public DateOnly? FirstPublishedOn =>
        _versions.Where(v => v.PublishedAt is not null).Select(v => (DateOnly?)ChinaTime.DateOf(v.PublishedAt!.Value)).Min();

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
