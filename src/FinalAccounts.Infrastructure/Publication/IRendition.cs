using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Publication;

/// <summary>
/// A form in which readers get a version — the body of its page, its JSON, a download — rendered from
/// its analysis. A published version's is rendered once and kept (<see cref="PublishedRenditions"/>);
/// a draft's is rendered for each request of its staff.
/// </summary>
public interface IRendition
{
    /// <summary>The name it is kept under: "json", "xlsx", "page.zh-CN", …</summary>
    string Name { get; }

    /// <summary>Renders it; the same analysis always gives the same bytes.</summary>
    Task<byte[]> RenderAsync(DisclosureAnalysis analysis, CancellationToken cancellationToken);
}

/// <summary>
/// A rendition made from another one's kept bytes (a compressed article from the article): kept from them when
/// they are kept, so it is the same for good, and rendered from the analysis only where they are not.
/// </summary>
public interface IDerivedRendition : IRendition
{
    /// <summary>The name of the rendition it is made from.</summary>
    string SourceName { get; }

    byte[] Derive(byte[] source);
}
