using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Queries;

/// <summary>
/// Which code one line of a catalog had in each year, following the moves administrators recorded
/// when they imported each year's catalog (last year's 234 is this year's 235): what lets a comparison
/// across years put the two on one line.
/// </summary>
public sealed class CatalogCodeHistory
{
    private readonly SortedDictionary<int, Dictionary<string, string>> _forward = [];
    private readonly SortedDictionary<int, Dictionary<string, string>> _backward = [];

    public CatalogCodeHistory(IEnumerable<CatalogCodeMove> moves)
    {
        foreach (var move in moves)
        {
            var year = move.Year.Value;
            (_forward.TryGetValue(year, out var forward) ? forward : _forward[year] = new(StringComparer.Ordinal))[move.OldCode] = move.NewCode;
            (_backward.TryGetValue(year, out var backward) ? backward : _backward[year] = new(StringComparer.Ordinal))[move.NewCode] = move.OldCode;
        }
    }

    public static async Task<CatalogCodeHistory> LoadAsync(FinalAccountsDbContext db, CatalogKind catalog, CancellationToken cancellationToken) =>
        new(await db.CatalogCodeMoves.AsNoTracking().Where(m => m.Catalog == catalog).ToListAsync(cancellationToken));

    /// <summary>
    /// The code the line <paramref name="code"/> names had in <paramref name="year"/>: a code that moved
    /// on by then is followed to where it went; a code that came from another later is traced back to it.
    /// </summary>
    public string CodeIn(int year, string code)
    {
        var forward = code;
        foreach (var (moveYear, moves) in _forward.Where(m => m.Key <= year))
        {
            if (moves.TryGetValue(forward, out var next))
            {
                forward = next;
            }
        }
        if (forward != code)
        {
            return forward;
        }
        var backward = code;
        foreach (var (moveYear, moves) in _backward.Where(m => m.Key > year).Reverse())
        {
            if (moves.TryGetValue(backward, out var previous))
            {
                backward = previous;
            }
        }
        return backward;
    }
}
