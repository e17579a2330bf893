namespace FinalAccounts.Infrastructure.Pdf;

/// <summary>The bytes of a stored PDF and their SHA-256 (hex), which downloads send as the ETag.</summary>
public sealed record StoredPdf(byte[] Content, string Sha256);

/// <summary>
/// Where the PDFs of published versions are kept, one per version and never replaced. Today the
/// database keeps them (<see cref="DatabasePdfFiles"/>); a country's PDFs are terabytes and belong in
/// an object store behind a CDN, which another implementation of this interface serves
/// (docs/scale.md).
/// </summary>
public interface IPdfFiles
{
    /// <summary>The PDF kept for the version, or null when none is yet.</summary>
    Task<StoredPdf?> FindAsync(long versionId, CancellationToken cancellationToken = default);

    /// <summary>Whether a PDF is kept for the version, without reading it.</summary>
    Task<bool> ContainsAsync(long versionId, CancellationToken cancellationToken = default);

    /// <summary>Keeps the version's PDF; when another node kept one first, that one stands and is returned.</summary>
    Task<StoredPdf> AddAsync(long versionId, RenderedPdf rendered, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> published versions without a PDF, oldest first.</summary>
    Task<IReadOnlyList<long>> MissingAsync(int limit, CancellationToken cancellationToken = default);
}
