using System.Security.Cryptography;

namespace FinalAccounts.Infrastructure.Pdf;

/// <summary>
/// The PDF of a published version, rendered once and stored with it: downloads serve these bytes,
/// so a published document never changes even when the renderer does. The database refuses to
/// update or delete one, and to store one for a version that is not published.
/// </summary>
public sealed class PublishedPdf
{
    private PublishedPdf() { Content = null!; Sha256 = null!; }

    public PublishedPdf(long versionId, byte[] content, int pageCount, DateTimeOffset renderedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        VersionId = versionId;
        Content = content;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        PageCount = pageCount;
        RenderedAt = renderedAt.ToUniversalTime();
    }

    public long VersionId { get; private set; }
    public byte[] Content { get; private set; }
    /// <summary>Hex SHA-256 of the content; the download's ETag.</summary>
    public string Sha256 { get; private set; }
    public int PageCount { get; private set; }
    public DateTimeOffset RenderedAt { get; private set; }
}
