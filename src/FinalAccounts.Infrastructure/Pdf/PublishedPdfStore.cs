using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Infrastructure.Pdf;

/// <summary>A PDF ready to send: its bytes, its hash (the ETag) and whether it is a published, stored document.</summary>
public sealed record PdfDownload(DisclosureHeader Header, byte[] Content, string? Sha256)
{
    /// <summary>False for a draft or submitted version rendered for its staff: never stored, never cached.</summary>
    public bool IsPublished => Header.Status == DisclosureStatus.Published;
}

/// <summary>
/// Renders the PDF of a version when it is published and keeps it with the version; serves the stored
/// bytes afterwards. Drafts are rendered on demand for preview and never stored.
/// </summary>
public sealed class PublishedPdfStore(
    IPdfFiles files,
    DisclosureAnalysisService analyses,
    Lazy<DisclosurePdfRenderer> renderer,
    ILogger<PublishedPdfStore> logger)
{
    /// <summary>
    /// The PDF of the version the caller may see: a published version's stored bytes (rendered and
    /// stored now if it was published before the portal rendered PDFs), or a draft rendered afresh.
    /// </summary>
    public async Task<PdfDownload?> GetAsync(string departmentCode, int year, int? version, VersionVisibility visibility,
        CancellationToken cancellationToken = default)
    {
        var target = await analyses.FindAsync(departmentCode, year, version, visibility, cancellationToken);
        if (target is null)
        {
            return null;
        }
        var published = target.Header.Status == DisclosureStatus.Published;
        if (published)
        {
            if (await files.FindAsync(target.Id, cancellationToken) is { } stored)
            {
                return new PdfDownload(target.Header, stored.Content, stored.Sha256);
            }
        }

        var analysis = await analyses.AnalyzeAsync(target, cancellationToken);
        var rendered = Render(analysis);
        if (!published)
        {
            return new PdfDownload(analysis.Header, rendered.Content, null);
        }
        var pdf = await files.AddAsync(target.Id, rendered, cancellationToken);
        return new PdfDownload(analysis.Header, pdf.Content, pdf.Sha256);
    }

    /// <summary>
    /// Renders and stores the PDF of up to <paramref name="limit"/> published versions that have none, oldest
    /// first; returns how many were stored. The others are stored on their first download.
    /// </summary>
    public async Task<int> StoreMissingAsync(int limit, CancellationToken cancellationToken = default)
    {
        var missing = await files.MissingAsync(limit, cancellationToken);
        foreach (var versionId in missing)
        {
            if (await analyses.AnalyzePublishedAsync(versionId, cancellationToken) is { } analysis)
            {
                await files.AddAsync(versionId, Render(analysis), cancellationToken);
            }
        }
        return missing.Count;
    }

    /// <summary>Renders and stores the PDF of a version just published, from the analysis the publication made, unless one is kept already.</summary>
    public async Task StoreAsync(long versionId, DisclosureAnalysis analysis, CancellationToken cancellationToken = default)
    {
        if (!await files.ContainsAsync(versionId, cancellationToken))
        {
            await files.AddAsync(versionId, Render(analysis), cancellationToken);
        }
    }

    private RenderedPdf Render(DisclosureAnalysis analysis)
    {
        var rendered = renderer.Value.Render(DisclosureDocumentModel.From(analysis));
        var header = analysis.Header;
        if (rendered.MissingCharacters.Count > 0)
        {
            logger.LogWarning("PDF of {Department} {Year} v{Version}: the fonts lack {Characters}; printed as □",
                header.DepartmentCode, header.Year, header.Version, string.Join("、", rendered.MissingCharacters));
        }
        logger.LogInformation("Rendered the PDF of {Department} {Year} v{Version}: {Pages} pages, {Bytes} bytes",
            header.DepartmentCode, header.Year, header.Version, rendered.PageCount, rendered.Content.Length);
        return rendered;
    }
}
