using FinalAccounts.Domain.Classification;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Persistence;

/// <summary>The codes a year's catalog holds, which is what loading, writing and carrying content over check codes against.</summary>
internal sealed record CatalogCodes(HashSet<string> Functions, HashSet<string> Economics)
{
    public static async Task<CatalogCodes> OfYearAsync(FinalAccountsDbContext db, FiscalYear year, CancellationToken cancellationToken)
    {
        var functions = await db.FunctionClassifications.Where(c => c.Year == year).Select(c => c.Code).ToListAsync(cancellationToken);
        var economics = await db.EconomicClassifications.Where(c => c.Year == year).Select(c => c.Code).ToListAsync(cancellationToken);
        return new CatalogCodes(functions.Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            economics.Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }
}
