namespace FinalAccounts.Domain.Disclosures;

public enum TimelinessStatus
{
    /// <summary>按时公开: public within the deadline of its approval.</summary>
    OnTime = 1,
    /// <summary>逾期 n 天: public, later than the deadline.</summary>
    Late = 2,
    /// <summary>未公开（期限内）: approved, not public yet, the deadline not passed.</summary>
    Pending = 3,
    /// <summary>未公开，已过 n 天: approved, not public, the deadline passed.</summary>
    Overdue = 4,
    /// <summary>未填批复日期: nothing to count from.</summary>
    NoApprovalDate = 5,
}

/// <summary>
/// Whether a year's final accounts were made public on time. 《地方预决算公开操作规程》 requires a
/// department's final accounts to be public within 20 days of the finance bureau's approval (批复);
/// days are calendar days in China, counted from the approval date to the date of the first publication
/// (a correction does not restart the count), or to today while nothing is public.
/// </summary>
public sealed record PublicationTimeliness(DateOnly? ApprovedOn, DateOnly? FirstPublishedOn, DateOnly Today)
{
    /// <summary>
    /// From what is stored: the approval date, the instant the first version was published (null while
    /// none was) and the instant it is now, the instants read as dates in China.
    /// </summary>
    public static PublicationTimeliness Of(DateOnly? approvedOn, DateTimeOffset? firstPublishedAt, DateTimeOffset now) =>
        new(approvedOn, firstPublishedAt is { } at ? ChinaTime.DateOf(at) : null, ChinaTime.DateOf(now));

    /// <summary>The days a department has from approval to publication.</summary>
    public const int DeadlineDays = 20;

    /// <summary>Days from approval to the first publication (or to today while unpublished); null without an approval date.</summary>
    public int? Days => ApprovedOn is { } approved ? (FirstPublishedOn ?? Today).DayNumber - approved.DayNumber : null;

    /// <summary>The last day publication is on time.</summary>
    public DateOnly? Deadline => ApprovedOn?.AddDays(DeadlineDays);

    public TimelinessStatus Status => (ApprovedOn, FirstPublishedOn, Days) switch
    {
        (null, _, _) => TimelinessStatus.NoApprovalDate,
        (_, not null, <= DeadlineDays) => TimelinessStatus.OnTime,
        (_, not null, _) => TimelinessStatus.Late,
        (_, null, <= DeadlineDays) => TimelinessStatus.Pending,
        _ => TimelinessStatus.Overdue,
    };

    /// <summary>Days beyond the deadline; 0 when within it or unknown.</summary>
    public int DaysLate => Days is { } days && days > DeadlineDays ? days - DeadlineDays : 0;

    /// <summary>The status as the on-time table prints it: 按时公开 / 逾期 3 天 / 未公开，已过 25 天 / 未公开（还剩 5 天） / 未填批复日期.</summary>
    public string Describe() => Status switch
    {
        TimelinessStatus.OnTime => "按时公开",
        TimelinessStatus.Late => $"逾期 {DaysLate} 天",
        TimelinessStatus.Overdue => $"未公开，已过 {Days} 天",
        TimelinessStatus.Pending => $"未公开（期限内，还剩 {DeadlineDays - Days} 天）",
        _ => "未填批复日期",
    };
}
