using FinalAccounts.Infrastructure.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Audit;

/// <summary>An auditors' page whose sheets are also downloaded beside it (.xlsx, .csv).</summary>
public abstract class SheetPageModel : PageModel
{
    protected FileContentResult Download(ExportedFile file) => File(file.Content, file.ContentType, file.FileName);
}
