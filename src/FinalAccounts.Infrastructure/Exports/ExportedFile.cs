using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>A download built from one version: its bytes, media type and the file name it is saved under.</summary>
public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);

/// <summary>What every download of a version shares: its file name and the date its files carry.</summary>
public static class ExportNaming
{
    /// <summary>
    /// The file name, without extension, of every download of a version (PDF, tables, JSON):
    /// "2024年度硚口区司法局部门决算公开（第1版）", or "（第2版，预览）" for a version not yet published.
    /// </summary>
    public static string BaseName(DisclosureHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var preview = header.Status == DisclosureStatus.Published ? "" : "，预览";
        return $"{header.Title}（第{header.Version}版{preview}）";
    }

    /// <summary>
    /// The time written into zip entries and document properties, so that the same version always
    /// gives the same bytes (and the same ETag): the moment it was published, which never changes
    /// afterwards. A version not yet published takes the first day after its fiscal year instead.
    /// </summary>
    public static DateTimeOffset Timestamp(DisclosureAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Version.PublishedAt?.ToUniversalTime()
               ?? new DateTimeOffset(analysis.Header.Year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
