using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FinalAccounts.IntegrationTests.Search;

/// <summary>The search page as a visitor gets it: the HTML as sent, and the results read from it.</summary>
internal sealed record SearchPage(string Html, IDocument Document)
{
    public static async Task<SearchPage> GetAsync(HttpClient client, string queryString)
    {
        var html = await client.GetStringAsync("/search" + queryString);
        return new SearchPage(html, new HtmlParser().ParseDocument(html));
    }

    public static Task<SearchPage> ForAsync(HttpClient client, string words, string filters = "") =>
        GetAsync(client, "?q=" + Uri.EscapeDataString(words) + filters);

    public IReadOnlyList<IElement> Results => Document.QuerySelectorAll("ol.search-results > li.search-result").ToList();

    /// <summary>Each result's disclosure link, e.g. "/disclosures/420104-sfj/2024".</summary>
    public IReadOnlyList<string> Disclosures =>
        Results.Select(r => r.QuerySelector(".search-result-title a")!.GetAttribute("href")!).ToList();

    /// <summary>The codes of the form's region choices and the form's years, without "all".</summary>
    public (IReadOnlyList<string> Regions, IReadOnlyList<string> Years) Filters =>
        (Options("region"), Options("year"));

    public string? Status => Document.GetElementById("search-status")?.TextContent.Trim();

    private IReadOnlyList<string> Options(string select) =>
        Document.QuerySelectorAll($"select#{select} option").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0).ToList();

    public IReadOnlyList<string> Marked => Document.QuerySelectorAll("main mark").Select(m => m.TextContent).ToList();
}
