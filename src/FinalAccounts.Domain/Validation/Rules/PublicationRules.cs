using FinalAccounts.Domain.Disclosures;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>
/// A published year was made public within 20 days of its approval (《地方预决算公开操作规程》). The
/// finding stands on the published record: it cannot be corrected, only seen.
/// </summary>
internal sealed class PublishedOnTimeRule : IValidationRule
{
    public string Id => "publication-deadline";

    public string Title => $"决算须在批复后 {PublicationTimeliness.DeadlineDays} 日内公开";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Version.Status is not (DisclosureStatus.Published or DisclosureStatus.Withdrawn)
            || context.Timeliness is not { Status: TimelinessStatus.Late } late)
        {
            yield break;
        }
        yield return new Finding(FindingSeverity.Warning, Id, new FindingLocation(null, Sentence: "公开时间"), null, null,
            $"{context.Year.Value}年度决算于 {late.ApprovedOn:yyyy-MM-dd} 批复，{late.FirstPublishedOn:yyyy-MM-dd} 首次公开，历时 {late.Days} 天，" +
            $"超过批复后 {PublicationTimeliness.DeadlineDays} 日内公开的规定，逾期 {late.DaysLate} 天。");
    }
}
