using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Disclosures;

/// <summary>The Excel template of a version filled with its current tables: the export that imports back unchanged.</summary>
public sealed class TemplateModel(DraftImports imports) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string departmentCode, int year, int version, CancellationToken cancellationToken)
    {
        if (!User.CanSeeDrafts(departmentCode))
        {
            return NotFound();
        }
        var template = await imports.TemplateAsync(new VersionKey(departmentCode, year, version), cancellationToken);
        if (template is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "no-store";
        return File(template.Value.Content, TemplateWorkbook.ContentType, template.Value.FileName);
    }
}
