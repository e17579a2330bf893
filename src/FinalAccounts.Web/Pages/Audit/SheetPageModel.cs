using FinalAccounts.Infrastructure.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Audit;

/// <summary>An auditors' page whose sheets are also downloaded beside it (.xlsx, .csv).</summary>
public abstract class SheetPageModel : PageModel
{
    protected FileContentResult Download(ExportedFile file) => File(file.Content, file.ContentType, file.FileName);

    /// <summary>
    /// Whether drafts asked for (drafts=true) are read: only for a signed-in reader who <paramref name="may"/>.
    /// An answer with drafts is never stored by a browser or a proxy, like a draft's page.
    /// </summary>
    protected bool ReadsDrafts(bool asked, bool may)
    {
        var reads = asked && User.Identity?.IsAuthenticated == true && may;
        if (reads)
        {
            Downloads.VersionCaching.SetCacheControl(Response, isPublished: false, isVersionedUrl: false);
        }
        return reads;
    }
}
