using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Pdf;

/// <summary>
/// PDFs kept in PostgreSQL, in published_pdfs beside their versions (migration 0003). Read where the
/// scope reads (a replica, for a public read); stored on the primary, since a download may store the PDF
/// of a version published before PDFs were rendered (ADR 0023).
/// </summary>
public sealed class DatabasePdfFiles(FinalAccountsDbContext db, PrimaryDatabase primary, TimeProvider clock) : IPdfFiles
{
    public Task<StoredPdf?> FindAsync(long versionId, CancellationToken cancellationToken = default) =>
        FindAsync(db, versionId, cancellationToken);

    private static async Task<StoredPdf?> FindAsync(FinalAccountsDbContext db, long versionId, CancellationToken cancellationToken) =>
        await db.PublishedPdfs.AsNoTracking().Where(p => p.VersionId == versionId)
            .Select(p => new StoredPdf(p.Content, p.Sha256)).SingleOrDefaultAsync(cancellationToken);

    public async Task<StoredPdf> AddAsync(long versionId, RenderedPdf rendered, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var pdf = new PublishedPdf(versionId, rendered.Content, rendered.PageCount, clock.GetUtcNow());
        var writer = primary.Context;
        writer.PublishedPdfs.Add(pdf);
        try
        {
            await writer.SaveChangesAsync(cancellationToken);
            return new StoredPdf(pdf.Content, pdf.Sha256);
        }
        catch (DbUpdateException e)
        {
            // Another request may have stored it first; then the stored bytes are the published ones.
            writer.Entry(pdf).State = EntityState.Detached;
            return await FindAsync(writer, versionId, cancellationToken)
                   ?? throw new InvalidOperationException($"The PDF of version {versionId} could not be stored.", e);
        }
    }

    public Task<bool> ContainsAsync(long versionId, CancellationToken cancellationToken = default) =>
        db.PublishedPdfs.AnyAsync(p => p.VersionId == versionId, cancellationToken);

    public async Task<IReadOnlyList<long>> MissingAsync(int limit, CancellationToken cancellationToken = default) =>
        await db.DisclosureVersions.AsNoTracking()
            .Where(v => v.Status == DisclosureStatus.Published && !db.PublishedPdfs.Any(p => p.VersionId == v.Id))
            .OrderBy(v => v.Id).Select(v => v.Id).Take(limit)
            .ToListAsync(cancellationToken);
}
