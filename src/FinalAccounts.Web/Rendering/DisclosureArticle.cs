using System.Globalization;
using System.Text;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Hosting;

namespace FinalAccounts.Web.Rendering;

/// <summary>
/// What the disclosure page shows of a version that never changes once it is published: its header,
/// downloads and findings count, and the six parts. The page wraps it with what does change — later
/// versions — so a published version's article is rendered once and kept (ADR 0022).
/// </summary>
public sealed record DisclosureArticle(DisclosureHeader Header, DisclosureDocumentModel Document, IReadOnlyList<HtmlTable> Tables,
    int Errors, int Warnings)
{
    /// <summary>"/disclosures/420104-sfj/2024/v1": the stable address of this version and the stem of its downloads.</summary>
    public string VersionPath => PortalPaths.Version(Header.DepartmentCode, Header.Year, Header.Version);

    public static DisclosureArticle From(DisclosureAnalysis analysis) => new(analysis.Header, DisclosureDocumentModel.From(analysis),
        [.. analysis.Tables.Select(HtmlTable.From)], analysis.Report.Errors, analysis.Report.Warnings);
}

/// <summary>The article of a version as UTF-8 HTML in one interface language: "page.zh-CN", "page.en".</summary>
public sealed class DisclosureArticleRendition(CultureInfo culture, PartialViewRenderer views) : IRendition
{
    private const string View = "/Pages/Disclosures/_Article.cshtml";

    public string Name { get; } = NameFor(culture);

    public static string NameFor(CultureInfo culture) => $"page.{culture.Name}";

    public async Task<byte[]> RenderAsync(DisclosureAnalysis analysis, CancellationToken cancellationToken) =>
        Encoding.UTF8.GetBytes(HtmlIndentation.Remove(await views.RenderAsync(View, DisclosureArticle.From(analysis), culture)));
}

/// <summary>
/// The kept article compressed once, as the gzip member a first request's answer is spliced around
/// (<see cref="SplicedGzip"/>, ADR 0031): "page.zh-CN.gz". A first request then reads some 30 KB instead of 235
/// and compresses only the page around it.
/// </summary>
public sealed class GzipArticleRendition(DisclosureArticleRendition article) : IDerivedRendition
{
    public const string Suffix = ".gz";

    public string Name { get; } = article.Name + Suffix;

    public string SourceName => article.Name;

    public byte[] Derive(byte[] source) => SplicedGzip.Member(source);

    public async Task<byte[]> RenderAsync(DisclosureAnalysis analysis, CancellationToken cancellationToken) =>
        Derive(await article.RenderAsync(analysis, cancellationToken));
}

/// <summary>The article renditions, one per interface language and each also compressed, kept at every publication.</summary>
public sealed class DisclosureArticles(IEnumerable<IRendition> renditions)
{
    private readonly IReadOnlyDictionary<string, IRendition> byName = renditions
        .Where(r => r is DisclosureArticleRendition or GzipArticleRendition).ToDictionary(r => r.Name);

    /// <summary>The article in the reader's interface language.</summary>
    public IRendition InReadersLanguage => InReadersLanguageAs("");

    /// <summary>The same, compressed as a gzip member.</summary>
    public IRendition InReadersLanguageGzipped => InReadersLanguageAs(GzipArticleRendition.Suffix);

    private IRendition InReadersLanguageAs(string suffix) =>
        byName.GetValueOrDefault(DisclosureArticleRendition.NameFor(CultureInfo.CurrentUICulture) + suffix)
        ?? byName[DisclosureArticleRendition.NameFor(InterfaceLanguage.Chinese) + suffix];

    public static IServiceCollection Register(IServiceCollection services)
    {
        // Scoped: a view may need the scope's services, and the publication's task renders in its own scope.
        services.AddScoped<PartialViewRenderer>();
        foreach (var language in InterfaceLanguage.Supported)
        {
            services.AddScoped<IRendition>(provider => new DisclosureArticleRendition(language, provider.GetRequiredService<PartialViewRenderer>()));
            services.AddScoped<IRendition>(provider =>
                new GzipArticleRendition(new DisclosureArticleRendition(language, provider.GetRequiredService<PartialViewRenderer>())));
        }
        services.AddScoped<DisclosureArticles>();
        return services;
    }
}
