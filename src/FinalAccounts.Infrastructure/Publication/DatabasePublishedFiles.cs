using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FinalAccounts.Infrastructure.Publication;

/// <summary>
/// Renditions kept in PostgreSQL, in published_files beside their versions (migration 0020). Read where
/// the scope reads (a replica, for a public read); kept on the primary, since a public read keeps a
/// version's renditions on its first request (ADR 0023).
/// </summary>
public sealed class DatabasePublishedFiles(FinalAccountsDbContext db, PrimaryDatabase primary, TimeProvider clock) : IPublishedFiles
{
    public Task<StoredFile?> FindAsync(long versionId, string name, CancellationToken cancellationToken = default) =>
        FindAsync(db, versionId, name, cancellationToken);

    private static async Task<StoredFile?> FindAsync(FinalAccountsDbContext db, long versionId, string name, CancellationToken cancellationToken) =>
        await db.PublishedFiles.AsNoTracking().Where(f => f.VersionId == versionId && f.Name == name)
            .Select(f => new StoredFile(f.Content, f.Sha256)).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<long, byte[]>> FindAsync(IReadOnlyCollection<long> versionIds, string name,
        CancellationToken cancellationToken = default) =>
        await db.PublishedFiles.AsNoTracking().Where(f => versionIds.Contains(f.VersionId) && f.Name == name)
            .ToDictionaryAsync(f => f.VersionId, f => f.Content, cancellationToken);

    public async Task<IReadOnlyList<string>> NamesAsync(long versionId, CancellationToken cancellationToken = default) =>
        await db.PublishedFiles.AsNoTracking().Where(f => f.VersionId == versionId).Select(f => f.Name).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<long>> MissingAsync(IReadOnlyCollection<string> names, int limit,
        CancellationToken cancellationToken = default) =>
        await db.DisclosureVersions.AsNoTracking()
            .Where(v => v.Status == DisclosureStatus.Published
                        && db.PublishedFiles.Count(f => f.VersionId == v.Id && names.Contains(f.Name)) < names.Count)
            .OrderByDescending(v => v.Id).Select(v => v.Id).Take(limit)
            .ToListAsync(cancellationToken);

    public async Task<StoredFile?> AddAsync(long versionId, string name, byte[] content, CancellationToken cancellationToken = default)
    {
        var file = new PublishedFile(versionId, name, content, clock.GetUtcNow());
        try
        {
            var added = await primary.Context.Database.ExecuteSqlAsync($"""
                INSERT INTO published_files (version_id, name, content, sha256, stored_at)
                VALUES ({file.VersionId}, {file.Name}, {file.Content}, {file.Sha256}, {file.StoredAt})
                ON CONFLICT (version_id, name) DO NOTHING
                """, cancellationToken);
            // Kept by another node first: read it where it was written, since a replica may not have it yet.
            return added == 1 ? new StoredFile(file.Content, file.Sha256) : await FindAsync(primary.Context, versionId, name, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.CheckViolation)
        {
            return null; // Withdrawn since it was found: the database keeps nothing for it (migration 0020).
        }
    }
}
