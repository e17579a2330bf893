using System.Text.Encodings.Web;
using FinalAccounts.Domain.Validation;
using Microsoft.AspNetCore.Html;

namespace FinalAccounts.Web.Rendering;

/// <summary>
/// The rule a finding was found by, linked to the public rulebook: every list of findings (staff grids,
/// the workspace, the import result) links it the same way. A plain helper, not a partial, so that the
/// grid's synchronous row templates can use it too.
/// </summary>
public static class RuleLink
{
    public static IHtmlContent For(string ruleId)
    {
        var encoder = HtmlEncoder.Default;
        return new HtmlString(
            $"<a class=\"rule-link\" href=\"{encoder.Encode(Rulebook.UrlOf(ruleId))}\">（规则 <code>{encoder.Encode(ruleId)}</code>）</a>");
    }
}
