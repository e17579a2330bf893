using FinalAccounts.Infrastructure.Search;
using FinalAccounts.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Pages;

/// <summary>
/// Public full-text search: a GET form, so a result page is a link that can be shared and works without
/// script. A result page is cached like the other public pages, and dropped whenever what the public
/// sees changes in its year (in any year, without one) — a withdrawal included, right after its commit:
/// popular words are searched again and again, and a search costs tens of milliseconds where a cached
/// page costs next to nothing.
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Policy)]
[PublicPageScope.ByQueryYear]
public sealed class SearchModel(DisclosureSearch search) : PageModel
{
    public SearchFilters Filters { get; private set; } = new([], []);

    /// <summary>Null until the form is submitted (no <c>q</c> in the URL).</summary>
    public SearchQuery? Query { get; private set; }

    public SearchResults? Results { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "q")] string? text, [FromQuery(Name = "region")] string? region,
        [FromQuery(Name = "year")] string? year, [FromQuery(Name = "p")] string? page, CancellationToken cancellationToken)
    {
        Filters = await search.FiltersAsync(cancellationToken);
        // An empty box submitted is a question without words (and binds as null); no q at all is a first visit.
        if (!Request.Query.ContainsKey("q"))
        {
            return;
        }
        // Filters and page come from the form's lists or an edited URL: what does not parse is ignored.
        Query = SearchQuery.Parse(text, region, ParseNumber(year), ParseNumber(page));
        if (Query.IsValid)
        {
            Results = await search.SearchAsync(Query, cancellationToken);
        }
    }

    /// <summary>The URL of another page of the same search.</summary>
    public string? PageUrl(int page) =>
        Url.Page("/Search", new { q = Query?.Text, region = Query?.RegionCode, year = Query?.Year, p = page });

    private static int? ParseNumber(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
