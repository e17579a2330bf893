namespace FinalAccounts.Domain.Classification;

/// <summary>One year's function and economic catalogs, looked up by code.</summary>
public sealed class ClassificationCatalog
{
    private readonly Dictionary<string, FunctionClassification> _functions;
    private readonly Dictionary<string, EconomicClassification> _economics;

    public ClassificationCatalog(FiscalYear year, IEnumerable<FunctionClassification> functions,
        IEnumerable<EconomicClassification> economics)
    {
        Year = year;
        _functions = functions.Where(f => f.Year == year).ToDictionary(f => f.Code.Value, StringComparer.Ordinal);
        _economics = economics.Where(e => e.Year == year).ToDictionary(e => e.Code.Value, StringComparer.Ordinal);
    }

    public static ClassificationCatalog Empty(FiscalYear year) => new(year, [], []);

    public FiscalYear Year { get; }

    public bool IsEmpty => _functions.Count == 0 && _economics.Count == 0;

    public FunctionClassification? Find(FunctionCode code) => _functions.GetValueOrDefault(code.Value);

    /// <summary>The names of the function 类 (3-digit codes), by code.</summary>
    public IReadOnlyDictionary<string, string> FunctionClassNames() =>
        _functions.Values.Where(f => f.Code.Level == FunctionLevel.Class).ToDictionary(f => f.Code.Value, f => f.Name);

    public EconomicClassification? Find(EconomicCode code) => _economics.GetValueOrDefault(code.Value);
}
