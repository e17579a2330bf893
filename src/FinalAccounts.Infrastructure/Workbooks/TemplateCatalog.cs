using FinalAccounts.Domain.Classification;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// The year's classification codes an import checks the template's codes against: each lookup
/// gives the catalog name of a code, or null for a code the year does not have.
/// </summary>
public sealed class TemplateCatalog
{
    private readonly Func<string, string?> _functionName;
    private readonly Func<string, string?> _economicName;

    public TemplateCatalog(int year, Func<string, string?> functionName, Func<string, string?> economicName)
    {
        ArgumentNullException.ThrowIfNull(functionName);
        ArgumentNullException.ThrowIfNull(economicName);
        Year = year;
        _functionName = functionName;
        _economicName = economicName;
    }

    public int Year { get; }

    /// <summary>The 支出功能分类科目 name of a code ("2040601" → "行政运行"), null if unknown.</summary>
    public string? FunctionName(string code) => _functionName(code);

    /// <summary>The 经济分类科目 name of a code ("30101" → "基本工资"), null if unknown.</summary>
    public string? EconomicName(string code) => _economicName(code);

    public static TemplateCatalog From(ClassificationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new TemplateCatalog(catalog.Year.Value,
            code => FunctionCode.TryParse(code, out var f) ? catalog.Find(f)?.Name : null,
            code => EconomicCode.TryParse(code, out var e) ? catalog.Find(e)?.Name : null);
    }

    public static TemplateCatalog From(int year, IReadOnlyDictionary<string, string> functionNames,
        IReadOnlyDictionary<string, string> economicNames)
    {
        ArgumentNullException.ThrowIfNull(functionNames);
        ArgumentNullException.ThrowIfNull(economicNames);
        return new TemplateCatalog(year, code => functionNames.GetValueOrDefault(code), code => economicNames.GetValueOrDefault(code));
    }
}
