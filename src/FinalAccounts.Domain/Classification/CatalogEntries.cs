namespace FinalAccounts.Domain.Classification;

/// <summary>
/// One code of one year's classification catalog. The Ministry of Finance revises names and codes
/// yearly, so catalogs are kept per year; an administrator may revise an entry's wording.
/// </summary>
public abstract class CatalogEntry
{
    /// <summary>The longest a catalog name the database keeps.</summary>
    public const int MaxNameLength = Tables.FunctionRow.MaxNameLength;
    /// <summary>The longest its explanation the database keeps.</summary>
    public const int MaxExplanationLength = 2000;

    protected CatalogEntry() { Name = null!; }

    protected CatalogEntry(FiscalYear year, string name, string? explanation)
    {
        Name = null!;
        Year = year;
        Revise(name, explanation);
    }

    public FiscalYear Year { get; private set; }
    public string Name { get; private set; }
    public string? Explanation { get; private set; }

    public void Revise(string name, string? explanation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Explanation = string.IsNullOrWhiteSpace(explanation) ? null : explanation.Trim();
    }
}

/// <summary>A 支出功能分类科目 (类/款/项) in one year's catalog.</summary>
public sealed class FunctionClassification : CatalogEntry
{
    private FunctionClassification() { }

    public FunctionClassification(FiscalYear year, FunctionCode code, string name, string? explanation = null)
        : base(year, name, explanation) => Code = code;

    public FunctionCode Code { get; private set; }
}

/// <summary>A 部门预算支出经济分类科目 (类/款) in one year's catalog.</summary>
public sealed class EconomicClassification : CatalogEntry
{
    private EconomicClassification() { }

    public EconomicClassification(FiscalYear year, EconomicCode code, string name, string? explanation = null)
        : base(year, name, explanation) => Code = code;

    public EconomicCode Code { get; private set; }
}
