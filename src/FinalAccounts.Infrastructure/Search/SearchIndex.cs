using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Infrastructure.Search;

/// <summary>
/// Writes what search reads: the sections of each published version (the 说明 is computed, not
/// stored, so its text is derived here once per version, like the stored PDF), and for each
/// department-year the <see cref="SearchDisclosure"/> row of its latest published version, built from
/// those sections.
/// </summary>
public sealed class SearchIndex(FinalAccountsDbContext db, DisclosureAnalysisService analyses, ILogger<SearchIndex> logger)
{
    // Serialises two instances indexing the same version or disclosure; constants nothing else uses.
    private const int SectionLockSpace = 0x53_52_43; // "SRC"
    private const int DisclosureLockSpace = 0x53_52_44; // "SRD"
    private const int RefreshBatch = 200;

    /// <summary>
    /// Indexes every published version that has no sections yet, then writes the row of every
    /// department-year whose row is missing or not its latest published version; returns how many
    /// versions and rows were written. A first start after migration 0018 fills the rows here.
    /// </summary>
    public async Task<(int Versions, int Disclosures)> IndexMissingAsync(CancellationToken cancellationToken = default)
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

        var behind = await db.Database.SqlQuery<int>($"""
            SELECT latest.disclosure_id AS "Value"
            FROM (SELECT DISTINCT ON (disclosure_id) disclosure_id, id
                  FROM disclosure_versions WHERE status = 'Published'
                  ORDER BY disclosure_id, number DESC) latest
            LEFT JOIN search_disclosures s ON s.disclosure_id = latest.disclosure_id AND s.version_id = latest.id
            WHERE s.disclosure_id IS NULL
            ORDER BY latest.disclosure_id
            """).ToListAsync(cancellationToken);
        for (var start = 0; start < behind.Count; start += RefreshBatch)
        {
            await RefreshAsync(behind.Skip(start).Take(RefreshBatch).ToList(), cancellationToken);
            if (behind.Count > RefreshBatch)
            {
                logger.LogInformation("Search rows written for {Done} of {Count} disclosures",
                    Math.Min(start + RefreshBatch, behind.Count), behind.Count);
            }
        }
        return (missing.Count, behind.Count);
    }

    /// <summary>
    /// (Re)writes the sections of one published version and its department-year's row; call it when a
    /// version is published. A version that is not published is left unindexed.
    /// </summary>
    public async Task IndexAsync(long versionId, CancellationToken cancellationToken = default)
    {
        if (await analyses.AnalyzePublishedAsync(versionId, cancellationToken) is { } analysis)
        {
            await IndexAsync(versionId, analysis, cancellationToken);
        }
    }

    /// <summary>(Re)writes the sections of a published version from an analysis the caller already has, then its department-year's row.</summary>
    public async Task IndexAsync(long versionId, DisclosureAnalysis analysis, CancellationToken cancellationToken = default)
    {
        var sections = SearchDocument.Sections(versionId, DisclosureDocumentModel.From(analysis), analysis.Header.RegionName);

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var lockKey = (int)(versionId % int.MaxValue);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SectionLockSpace}, {lockKey})", cancellationToken);
            await db.SearchSections.Where(s => s.VersionId == versionId).ExecuteDeleteAsync(cancellationToken);
            db.SearchSections.AddRange(sections);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var section in sections)
        {
            db.Entry(section).State = EntityState.Detached;
        }
        logger.LogInformation("Indexed {Department} {Year} v{Version} for search: {Sections} sections",
            analysis.Header.DepartmentCode, analysis.Header.Year, analysis.Header.Version, sections.Count);

        await RefreshYearOfAsync(versionId, cancellationToken);
    }

    /// <summary>Refreshes the row of the department-year this version belongs to (<see cref="RefreshAsync"/>), e.g. after its withdrawal.</summary>
    public async Task RefreshYearOfAsync(long versionId, CancellationToken cancellationToken = default)
    {
        var disclosureId = await db.DisclosureVersions.Where(v => v.Id == versionId).Select(v => v.DisclosureId).SingleAsync(cancellationToken);
        await RefreshAsync([disclosureId], cancellationToken);
    }

    /// <summary>
    /// Points the search rows of these department-years at their latest published versions, from those
    /// versions' stored sections; a department-year without a published version (all withdrawn) loses
    /// its row. Call it after a withdrawal: the previous version becomes the one found. A latest version
    /// without sections yet keeps the row as it is, until <see cref="IndexAsync(long, CancellationToken)"/> writes them.
    /// </summary>
    public async Task RefreshAsync(IReadOnlyCollection<int> disclosureIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(disclosureIds);
        var ids = disclosureIds.Distinct().Order().ToArray();
        if (ids.Length == 0)
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock({DisclosureLockSpace}, id) FROM unnest({ids}) AS id ORDER BY id", cancellationToken);

        var latest = await db.DepartmentVersions().AsNoTracking()
            .Where(v => ids.Contains(v.Disclosure.Id) && v.Version.Status == DisclosureStatus.Published)
            .GroupBy(v => v.Disclosure.Id)
            .Select(g => g.OrderByDescending(v => v.Version.Number)
                .Select(v => new { DisclosureId = v.Disclosure.Id, VersionId = v.Version.Id, v.Department.RegionCode, v.Department.Code, Year = v.Disclosure.Year.Value })
                .First())
            .ToListAsync(cancellationToken);
        var versionIds = latest.Select(v => v.VersionId).ToArray();
        var sections = (await db.SearchSections.AsNoTracking()
                .Where(s => versionIds.Contains(s.VersionId))
                .OrderBy(s => s.VersionId).ThenBy(s => s.Sequence)
                .Select(s => new { s.VersionId, s.Kind, s.Label, s.Anchor, s.Text })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.VersionId, s => (s.Kind, s.Label, s.Anchor, s.Text));

        var rows = latest.Where(v => sections.Contains(v.VersionId))
            .Select(v => SearchDisclosure.From(v.DisclosureId, v.VersionId, v.RegionCode, v.Code, v.Year, sections[v.VersionId].ToList()))
            .ToList();
        var waiting = latest.Where(v => !sections.Contains(v.VersionId)).Select(v => v.DisclosureId).ToArray();
        await db.SearchDisclosures.Where(s => ids.Contains(s.DisclosureId) && !waiting.Contains(s.DisclosureId))
            .ExecuteDeleteAsync(cancellationToken);
        db.SearchDisclosures.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var row in rows)
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
