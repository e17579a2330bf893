using System.Security.Cryptography;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Publication;

/// <summary>A rendition ready to send, with the version it is of and its SHA-256 (the ETag).</summary>
public sealed record Rendered(VisibleVersion Version, byte[] Content, string Sha256)
{
    public DisclosureHeader Header => Version.Header;

    /// <summary>False for a draft or submitted version rendered for its staff: never kept, never cached.</summary>
    public bool IsPublished => Header.Status == DisclosureStatus.Published;
}

/// <summary>
/// Serves what readers get of a version without analysing it again (ADR 0022): a published version's
/// renditions are rendered at its publication and kept, and served from then on as kept — the same
/// bytes for good. One published before renditions were kept is rendered on its first request and
/// kept then. A draft is analysed and rendered afresh for each request of its staff.
/// </summary>
public sealed class PublishedRenditions(IPublishedFiles files, DisclosureAnalysisService analyses, IEnumerable<IRendition> atPublication)
{
    /// <summary>The rendition of the version the caller may see, or null when there is none.</summary>
    public async Task<Rendered?> GetAsync(string departmentCode, int year, int? version, VersionVisibility visibility,
        IRendition rendition, CancellationToken cancellationToken = default)
    {
        var target = await analyses.FindAsync(departmentCode, year, version, visibility, cancellationToken);
        return target is null ? null : await GetAsync(target, rendition, cancellationToken);
    }

    /// <summary>
    /// The rendition of a version already found with <see cref="DisclosureAnalysisService.FindAsync"/>. A
    /// published version without it is analysed once, and every rendition it lacks is kept then, as its
    /// publication would have.
    /// </summary>
    public async Task<Rendered> GetAsync(VisibleVersion target, IRendition rendition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(rendition);
        var published = target.Header.Status == DisclosureStatus.Published;
        if (published && await files.FindAsync(target.Id, rendition.Name, cancellationToken) is { } stored)
        {
            return new Rendered(target, stored.Content, stored.Sha256);
        }
        if (published && rendition is IDerivedRendition derived
            && await DeriveAsync(target.Id, derived, [], cancellationToken) is { } derivedContent
            && await files.AddAsync(target.Id, rendition.Name, derivedContent, cancellationToken) is { } made)
        {
            return new Rendered(target, made.Content, made.Sha256);
        }
        var analysis = await analyses.AnalyzeAsync(target, cancellationToken);
        // Kept now, or by another node since it was looked for.
        if (published && ((await KeepAsync(target.Id, analysis, [rendition], cancellationToken)).GetValueOrDefault(rendition.Name)
                          ?? await files.FindAsync(target.Id, rendition.Name, cancellationToken)) is { } kept)
        {
            return new Rendered(target, kept.Content, kept.Sha256);
        }
        var content = await rendition.RenderAsync(analysis, cancellationToken);
        return new Rendered(target, content, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    /// <summary>
    /// One rendition of each of the given published versions, by version: read in one query where kept;
    /// a version without it is analysed, and its renditions kept, now. A version no longer published is left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, byte[]>> GetPublishedAsync(IReadOnlyCollection<long> versionIds, IRendition rendition,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rendition);
        var found = new Dictionary<long, byte[]>(await files.FindAsync(versionIds, rendition.Name, cancellationToken));
        foreach (var versionId in versionIds.Where(id => !found.ContainsKey(id)))
        {
            if (await analyses.AnalyzePublishedAsync(versionId, cancellationToken) is { } analysis
                && (await KeepAsync(versionId, analysis, [rendition], cancellationToken)).TryGetValue(rendition.Name, out var kept))
            {
                found[versionId] = kept.Content;
            }
        }
        return found;
    }

    /// <summary>
    /// Renders and keeps the renditions of up to <paramref name="limit"/> published versions that lack
    /// some, newest first — versions published before renditions were kept, or loaded from outside the
    /// portal; returns how many versions it took. The others are kept on their first request.
    /// </summary>
    public async Task<int> StoreMissingAsync(int limit, CancellationToken cancellationToken = default)
    {
        var missing = await files.MissingAsync([.. atPublication.Select(r => r.Name)], limit, cancellationToken);
        foreach (var versionId in missing)
        {
            if (await analyses.AnalyzePublishedAsync(versionId, cancellationToken) is { } analysis)
            {
                await StoreAsync(versionId, analysis, cancellationToken);
            }
        }
        return missing.Count;
    }

    /// <summary>
    /// Renders and keeps, from the analysis its publication made, every rendition of a version just
    /// published that is not kept yet; a step of the publication's task, so it may run twice.
    /// </summary>
    public Task StoreAsync(long versionId, DisclosureAnalysis analysis, CancellationToken cancellationToken = default) =>
        KeepAsync(versionId, analysis, [], cancellationToken);

    /// <summary>
    /// Renders and keeps every rendition of the version not kept yet, with <paramref name="also"/>; returns
    /// what is kept now by name — nothing when the version is no longer published.
    /// </summary>
    private async Task<Dictionary<string, StoredFile>> KeepAsync(long versionId, DisclosureAnalysis analysis, IReadOnlyList<IRendition> also,
        CancellationToken cancellationToken)
    {
        var kept = await files.NamesAsync(versionId, cancellationToken);
        var added = new Dictionary<string, StoredFile>(StringComparer.Ordinal);
        foreach (var rendition in atPublication.Concat(also).Where(r => !kept.Contains(r.Name)).DistinctBy(r => r.Name))
        {
            if (await files.AddAsync(versionId, rendition.Name, await RenderAsync(versionId, rendition, analysis, added, cancellationToken),
                    cancellationToken) is not { } file)
            {
                break; // No longer published.
            }
            added[rendition.Name] = file;
        }
        return added;
    }

    /// <summary>A derived rendition from its source's bytes where those are kept; any other, or one whose source is not, from the analysis.</summary>
    private async Task<byte[]> RenderAsync(long versionId, IRendition rendition, DisclosureAnalysis analysis,
        Dictionary<string, StoredFile> added, CancellationToken cancellationToken) =>
        rendition is IDerivedRendition derived && await DeriveAsync(versionId, derived, added, cancellationToken) is { } content
            ? content
            : await rendition.RenderAsync(analysis, cancellationToken);

    /// <summary>The derived rendition made from its source as kept (just now, in <paramref name="added"/>, or before); null when its source is not kept.</summary>
    private async Task<byte[]?> DeriveAsync(long versionId, IDerivedRendition derived, Dictionary<string, StoredFile> added,
        CancellationToken cancellationToken) =>
        (added.GetValueOrDefault(derived.SourceName) ?? await files.FindAsync(versionId, derived.SourceName, cancellationToken)) is { } source
            ? derived.Derive(source.Content)
            : null;
}
