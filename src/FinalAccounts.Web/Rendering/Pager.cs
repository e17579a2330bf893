namespace FinalAccounts.Web.Rendering;

/// <summary>
/// What the _Pager partial shows under a paged list: previous and next links and "page n of m", or nothing
/// when the list fits on one page. <paramref name="Link"/> gives another page's address, filters kept.
/// </summary>
public sealed record Pager(int Page, int Pages, Func<int, string> Link, string Label);
