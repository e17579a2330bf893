using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>One year's catalog names by code: 支出功能分类 (类, 款, 项) and 部门预算支出经济分类 (类, 款).</summary>
public sealed record CatalogNames(IReadOnlyDictionary<string, string> Function, IReadOnlyDictionary<string, string> Economic)
{
    public static CatalogNames Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>());
}

/// <summary>Reads a year's classification catalog for the edit forms, which name the rows a person adds by code.</summary>
public sealed class CatalogLookup(FinalAccountsDbContext db)
{
    public async Task<CatalogNames> ForYearAsync(int year, CancellationToken cancellationToken = default)
    {
        if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return CatalogNames.Empty;
        }
        var fiscalYear = new FiscalYear(year);
        var functions = await db.FunctionClassifications.AsNoTracking().Where(c => c.Year == fiscalYear)
            .Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken);
        var economic = await db.EconomicClassifications.AsNoTracking().Where(c => c.Year == fiscalYear)
            .Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken);
        return new CatalogNames(
            functions.ToDictionary(c => c.Code.Value, c => c.Name, StringComparer.Ordinal),
            economic.ToDictionary(c => c.Code.Value, c => c.Name, StringComparer.Ordinal));
    }
}
