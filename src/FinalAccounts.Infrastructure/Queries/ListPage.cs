using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Counts the rows, brings the page asked for within the list, and reads that page with
    /// <paramref name="read"/>, which gets the rows skipped and taken in their order.
    /// </summary>
    public static async Task<ListPage<T>> ReadAsync<TRow, T>(IOrderedQueryable<TRow> rows, int page, int pageSize,
        Func<IQueryable<TRow>, CancellationToken, Task<IReadOnlyList<T>>> read, CancellationToken cancellationToken)
    {
        var total = await rows.CountAsync(cancellationToken);
        var current = Within(page, total, pageSize);
        return new ListPage<T>(await read(rows.Skip((current - 1) * pageSize).Take(pageSize), cancellationToken), total, current, pageSize);
    }
}
