using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Infrastructure.Search;

/// <summary>
/// Writes the searchable sections of published versions. The 说明 is computed, not stored, so its
/// text is derived here once per version, like the stored PDF.
/// </summary>
public sealed class SearchIndex(FinalAccountsDbContext db, DisclosureAnalysisService analyses, ILogger<SearchIndex> logger)
{
    // Serialises two instances indexing the same version at start-up; any constant nothing else uses.
    private const int LockSpace = 0x53_52_43; // "SRC"

    /// <summary>Indexes every published version that has no sections yet; returns how many were indexed.</summary>
    public async Task<int> IndexMissingAsync(CancellationToken cancellationToken = default)
    {
        var missing = await db.DisclosureVersions.AsNoTracking()
            .Where(v => v.Status == DisclosureStatus.Published && !db.SearchSections.Any(s => s.VersionId == v.Id))
            .OrderBy(v => v.Id)
            .Select(v => v.Id)
            .ToListAsync(cancellationToken);
        foreach (var versionId in missing)
        {
            await IndexAsync(versionId, cancellationToken);
        }
        return missing.Count;
    }

    /// <summary>
    /// (Re)writes the sections of one published version; call it when a version is published. A version
    /// that is not published is left unindexed.
    /// </summary>
    public async Task IndexAsync(long versionId, CancellationToken cancellationToken = default)
    {
        if (await analyses.AnalyzePublishedAsync(versionId, cancellationToken) is { } analysis)
        {
            await IndexAsync(versionId, analysis, cancellationToken);
        }
    }

    /// <summary>(Re)writes the sections of a published version from an analysis the caller already has.</summary>
    public async Task IndexAsync(long versionId, DisclosureAnalysis analysis, CancellationToken cancellationToken = default)
    {
        var sections = SearchDocument.Sections(versionId, DisclosureDocumentModel.From(analysis), analysis.Header.RegionName);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lockKey = (int)(versionId % int.MaxValue);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockSpace}, {lockKey})", cancellationToken);
        await db.SearchSections.Where(s => s.VersionId == versionId).ExecuteDeleteAsync(cancellationToken);
        db.SearchSections.AddRange(sections);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var section in sections)
        {
            db.Entry(section).State = EntityState.Detached;
        }
        logger.LogInformation("Indexed {Department} {Year} v{Version} for search: {Sections} sections",
            analysis.Header.DepartmentCode, analysis.Header.Year, analysis.Header.Version, sections.Count);
    }
}
