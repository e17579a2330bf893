namespace FinalAccounts.Infrastructure.Seeding;

// The shape of the seed files under data/seed that are not a disclosure's content: regions,
// departments and catalogs. A disclosure file holds a ContentWriter (Content/ContentRecords.cs).

internal sealed record RegionSeed(string Code, string Name, string? ParentCode);

internal sealed record DepartmentSeed(
    string Code,
    string Name,
    string ShortName,
    string RegionCode,
    IReadOnlyList<BudgetUnitSeed> Units,
    string? Kind = null);

/// <summary>Kind is "本级" or "二级".</summary>
internal sealed record BudgetUnitSeed(string Name, string Kind);

internal sealed record CatalogSeed(
    IReadOnlyList<int> Years,
    IReadOnlyList<CatalogEntrySeed> FunctionCodes,
    IReadOnlyList<CatalogEntrySeed> EconomicCodes);

internal sealed record CatalogEntrySeed(string Code, string Name, string? Explanation);
