namespace FinalAccounts.Infrastructure.Queries;

/// <summary>
/// One page of a list shown a page at a time — a region's departments, the staff lists of a province's
/// accounts and departments: its rows, how many the whole list has, which page this is (from 1) and how
/// many rows a page holds.
/// </summary>
public sealed record ListPage<T>(IReadOnlyList<T> Rows, int Total, int Page, int PageSize)
{
    /// <summary>How many pages the whole list fills.</summary>
    public int Pages => ListPage.PageCount(Total, PageSize);
}

/// <summary>The arithmetic of <see cref="ListPage{T}"/>, for a query to work out its page before reading it.</summary>
public static class ListPage
{
    /// <summary>How many pages <paramref name="total"/> rows fill: at least one, an empty list being one empty page.</summary>
    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>The page asked for, brought within the first and the last: an edited address past the end shows the last.</summary>
    public static int Within(int page, int total, int pageSize) => Math.Clamp(page, 1, PageCount(total, pageSize));
}
