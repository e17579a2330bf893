using FinalAccounts.Domain.Disclosures;

namespace FinalAccounts.Infrastructure.Content;

/// <summary>How <see cref="VersionContent.Status"/> writes a version's status: "draft", "submitted", "published", "withdrawn".</summary>
public static class VersionStatusText
{
    public static string Of(DisclosureStatus status) => status switch
    {
        DisclosureStatus.Draft => "draft",
        DisclosureStatus.Submitted => "submitted",
        DisclosureStatus.Published => "published",
        DisclosureStatus.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status a snapshot's text names.</summary>
    public static DisclosureStatus Parse(string text) =>
        Enum.GetValues<DisclosureStatus>().Where(s => Of(s) == text).Select(s => (DisclosureStatus?)s).FirstOrDefault()
        ?? throw new FormatException($"“{text}” is not a version status.");
}
