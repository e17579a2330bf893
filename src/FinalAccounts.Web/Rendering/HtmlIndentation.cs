using System.Text.RegularExpressions;

namespace FinalAccounts.Web.Rendering;

/// <summary>
/// Takes out the indentation the Razor templates leave before each tag. A disclosure's article is a third
/// whitespace (102 of 336 KB): every uncached page sent it through the decoder, the writer and Brotli, and the
/// database stores it for every version. Only ASCII spaces, tabs and line breaks before a tag are touched, and
/// a line break is kept, so the page reads the same in a browser (no public page has preformatted text); a
/// full-width space (U+3000) that starts a paragraph of Chinese is text, and stays.
/// </summary>
public static partial class HtmlIndentation
{
    public static string Remove(string html) => BeforeTag().Replace(html, "\n");

    [GeneratedRegex(@"\n[ \t\r\n]*(?=<)", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeTag();
}
