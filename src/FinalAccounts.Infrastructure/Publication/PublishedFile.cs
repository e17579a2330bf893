using System.Security.Cryptography;

namespace FinalAccounts.Infrastructure.Publication;

/// <summary>
/// One form of a published version as its readers get it — its page body, its JSON, a download —
/// rendered once and kept (migration 0020). The database refuses to change or delete one, and to keep
/// one for a version that is not published.
/// </summary>
public sealed class PublishedFile
{
    public const int MaxNameLength = 32;

    private PublishedFile() { Name = null!; Content = null!; Sha256 = null!; }

    public PublishedFile(long versionId, string name, byte[] content, DateTimeOffset storedAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(content);
        VersionId = versionId;
        Name = name;
        Content = content;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        StoredAt = storedAt.ToUniversalTime();
    }

    public long VersionId { get; private set; }

    /// <summary>Which form: a <see cref="IRendition.Name"/>.</summary>
    public string Name { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>Hex SHA-256 of the content; the response's ETag.</summary>
    public string Sha256 { get; private set; }

    public DateTimeOffset StoredAt { get; private set; }
}
