using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Web.Downloads;
using FinalAccounts.Web.Hosting;
using FinalAccounts.Web.Rendering;
using FinalAccounts.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages.Disclosures;

/// <summary>
/// A published disclosure as a page: the six parts in published order, from the same read model
/// the PDF is set from. "/disclosures/{dept}/{year}" shows the latest version, ".../v{n}" version n.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
public sealed class ShowModel(DisclosureAnalysisService analyses, DisclosureQueries queries, WithdrawnVersions withdrawn) : PageModel
{
    public DisclosureAnalysis Analysis { get; private set; } = null!;

    public DisclosureDocumentModel Document { get; private set; } = null!;

    public IReadOnlyList<HtmlTable> Tables { get; private set; } = [];

    /// <summary>Every published version of this year, newest first.</summary>
    public IReadOnlyList<VersionListing> Versions { get; private set; } = [];

    /// <summary>"/disclosures/420104-sfj/2024/v1": the stable address of this version and the stem of its downloads.</summary>
    public string VersionPath => PortalPaths.Version(Analysis.Header.DepartmentCode, Analysis.Header.Year, Analysis.Header.Version);

    public async Task<IActionResult> OnGetAsync(string departmentCode, int year, int? version, CancellationToken cancellationToken)
    {
        var analysis = await analyses.AnalyzeAsync(departmentCode, year, version, DepartmentAccess.VisibilityFor(User, departmentCode),
            cancellationToken);
        if (analysis is null)
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
        Analysis = analysis;
        if (analysis.Header.Status != DisclosureStatus.Published)
        {
            // A draft shown to its department's staff is never stored by a browser or a proxy, like its PDF and XLSX.
            VersionCaching.SetCacheControl(Response, isPublished: false, isVersionedUrl: version is not null);
        }
        Document = DisclosureDocumentModel.From(analysis);
        Tables = analysis.Tables.Select(HtmlTable.From).ToList();
        Versions = await queries.VersionsAsync(departmentCode, year, cancellationToken);
        return Page();
    }
}
