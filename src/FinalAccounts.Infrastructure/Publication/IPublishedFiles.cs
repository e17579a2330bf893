namespace FinalAccounts.Infrastructure.Publication;

/// <summary>The bytes of a kept file and their SHA-256 (hex), which responses send as the ETag.</summary>
public sealed record StoredFile(byte[] Content, string Sha256);

/// <summary>
/// Where the renditions of published versions are kept, each written once. Today the database keeps
/// them (<see cref="DatabasePublishedFiles"/>); at a country's scale they belong in an object store
/// beside the PDFs, which another implementation serves (docs/scale.md).
/// </summary>
public interface IPublishedFiles
{
    /// <summary>The file kept for the version under that name, or null when none is yet.</summary>
    Task<StoredFile?> FindAsync(long versionId, string name, CancellationToken cancellationToken = default);

    /// <summary>The contents of the files kept under that name for those of the versions that have one, by version.</summary>
    Task<IReadOnlyDictionary<long, byte[]>> FindAsync(IReadOnlyCollection<long> versionIds, string name, CancellationToken cancellationToken = default);

    /// <summary>The names of the files kept for the version.</summary>
    Task<IReadOnlyList<string>> NamesAsync(long versionId, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> published versions lacking one of the named files, newest first.</summary>
    Task<IReadOnlyList<long>> MissingAsync(IReadOnlyCollection<string> names, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps a file of a published version. When another node kept one first, that one stands and is
    /// returned; when the version is no longer published, nothing is kept and null is returned.
    /// </summary>
    Task<StoredFile?> AddAsync(long versionId, string name, byte[] content, CancellationToken cancellationToken = default);
}
