using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Downloads;
using FinalAccounts.Web.Hosting;
using FinalAccounts.Web.Rendering;
using FinalAccounts.Web.Security;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages.Disclosures;

/// <summary>
/// A disclosure as a page: the six parts in published order, from the same read model the PDF is set
/// from. "/disclosures/{dept}/{year}" shows the latest version, ".../v{n}" version n. A published
/// version's article was rendered at its publication and is sent as kept — compressed as kept, to a reader who
/// accepts gzip (ADR 0031); only the list of the year's versions is read for each request.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
[SplicesKeptArticle]
public sealed class ShowModel(DisclosureAnalysisService analyses, PublishedRenditions renditions, DisclosureArticles articles,
    DisclosureQueries queries, WithdrawnVersions withdrawn) : PageModel
{
    public DisclosureHeader Header { get; private set; } = null!;

    /// <summary>The article's HTML (<see cref="DisclosureArticle"/>), already encoded.</summary>
    public IHtmlContent Article { get; private set; } = HtmlString.Empty;

    /// <summary>Every published version of this year, newest first.</summary>
    public IReadOnlyList<VersionListing> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string departmentCode, int year, int? version, CancellationToken cancellationToken)
    {
        var target = await analyses.FindAsync(departmentCode, year, version, DepartmentAccess.VisibilityFor(User, departmentCode),
            cancellationToken);
        if (target is null)
        {
            return await withdrawn.FindAsync(departmentCode, year, version, cancellationToken) is { } gone
                ? new ViewResult
                {
                    ViewName = "_WithdrawnVersion",
                    ViewData = new ViewDataDictionary<WithdrawnVersion>(ViewData, gone),
                    StatusCode = StatusCodes.Status410Gone,
                }
                : NotFound();
        }
        Header = target.Header;
        if (Header.Status != DisclosureStatus.Published)
        {
            // A draft shown to its department's staff is never stored by a browser or a proxy, like its PDF and XLSX.
            VersionCaching.SetCacheControl(Response, isPublished: false, isVersionedUrl: version is not null);
        }
        if (Header.Status == DisclosureStatus.Published && KeptArticle.IsAcceptedBy(Request)
            && (await renditions.GetAsync(target, articles.InReadersLanguageGzipped, cancellationToken)).Content is var member
            && SplicedGzip.IsMember(member))
        {
            // Sent compressed as kept (ADR 0031): the page around it is spliced in when the page has been rendered.
            HttpContext.Features.Set(new KeptArticle(member));
            Article = KeptArticle.Placeholder;
        }
        else
        {
            Article = new Utf8Html((await renditions.GetAsync(target, articles.InReadersLanguage, cancellationToken)).Content);
        }
        Versions = await queries.VersionsAsync(departmentCode, year, cancellationToken);
        return Page();
    }
}
