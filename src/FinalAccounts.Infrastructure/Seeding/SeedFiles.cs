namespace FinalAccounts.Infrastructure.Seeding;

// The shape of the seed files under data/seed that are not a disclosure's content: regions,
// departments and catalogs. A disclosure file holds a ContentWriter (Content/ContentRecords.cs).

public sealed record RegionSeed(string Code, string Name, string? ParentCode);

public sealed record DepartmentSeed(
    string Code,
    string Name,
    string ShortName,
    string RegionCode,
    IReadOnlyList<BudgetUnitSeed> Units);

/// <summary>Kind is "本级" or "二级".</summary>
public sealed record BudgetUnitSeed(string Name, string Kind);

public sealed record CatalogSeed(
    IReadOnlyList<int> Years,
    IReadOnlyList<CatalogEntrySeed> FunctionCodes,
    IReadOnlyList<CatalogEntrySeed> EconomicCodes);

public sealed record CatalogEntrySeed(string Code, string Name, string? Explanation);
