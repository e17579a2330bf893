using System.Text.RegularExpressions;

namespace FinalAccounts.Web.Rendering;

/// <summary>
/// Takes out the indentation the Razor templates leave before each tag. A third of a kept disclosure article
/// was that whitespace (98 of 333 KB): every uncached page sent it through the decoder, the writer and Brotli,
/// and the database stores it for every version. Only ASCII spaces, tabs and line breaks before a tag are
/// touched, and a line break stays, so text that flows normally reads the same in a browser; for that reason
/// it is meant for HTML without <c>&lt;pre&gt;</c>, <c>&lt;textarea&gt;</c> or <c>white-space: pre*</c>, as the
/// article is. A full-width space (U+3000) that starts a paragraph of Chinese is text, and stays.
/// </summary>
public static partial class HtmlIndentation
{
    public static string Remove(string html) => BeforeTag().Replace(html, "\n");

    [GeneratedRegex(@"\n[ \t\r\n]*(?=<)", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeTag();
}
