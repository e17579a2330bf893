namespace FinalAccounts.Domain.Classification;

/// <summary>
/// One 功能分类 code in one year's catalog. The Ministry of Finance revises names and codes yearly,
/// so the catalog is kept per year.
/// </summary>
public sealed class FunctionClassification
{
    private FunctionClassification() { Name = null!; }

    public FunctionClassification(FiscalYear year, FunctionCode code, string name, string? explanation = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Year = year;
        Code = code;
        Name = name.Trim();
        Explanation = explanation;
    }

    public FiscalYear Year { get; private set; }
    public FunctionCode Code { get; private set; }
    public string Name { get; private set; }
    public string? Explanation { get; private set; }

    public void Revise(string name, string? explanation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Explanation = explanation;
    }
}

/// <summary>One 经济分类 code in one year's catalog.</summary>
public sealed class EconomicClassification
{
    private EconomicClassification() { Name = null!; }

    public EconomicClassification(FiscalYear year, EconomicCode code, string name, string? explanation = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Year = year;
        Code = code;
        Name = name.Trim();
        Explanation = explanation;
    }

    public FiscalYear Year { get; private set; }
    public EconomicCode Code { get; private set; }
    public string Name { get; private set; }
    public string? Explanation { get; private set; }

    public void Revise(string name, string? explanation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Explanation = explanation;
    }
}
