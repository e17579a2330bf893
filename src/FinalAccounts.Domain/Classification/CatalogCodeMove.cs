namespace FinalAccounts.Domain.Classification;

/// <summary>The two catalogs a fiscal year has.</summary>
public enum CatalogKind
{
    /// <summary>支出功能分类科目.</summary>
    Function = 1,
    /// <summary>部门预算支出经济分类科目.</summary>
    Economic = 2,
}

/// <summary>
/// A line that the Ministry of Finance's revision for <see cref="Year"/> moved: last year's
/// <see cref="OldCode"/> is this year's <see cref="NewCode"/>. Comparisons across years align the two
/// lines through it. A code moves to one place, at the same level (a 项 to a 项).
/// </summary>
public sealed class CatalogCodeMove
{
    private CatalogCodeMove() { OldCode = null!; NewCode = null!; }

    public CatalogCodeMove(FiscalYear year, CatalogKind catalog, string oldCode, string newCode)
    {
        if (Problem(catalog, oldCode, newCode) is { } problem)
        {
            throw new ArgumentException(problem);
        }
        Year = year;
        Catalog = catalog;
        OldCode = oldCode.Trim();
        NewCode = newCode.Trim();
    }

    /// <summary>The year whose catalog has the new code; the old code is the previous year's.</summary>
    public FiscalYear Year { get; private set; }
    public CatalogKind Catalog { get; private set; }
    public string OldCode { get; private set; }
    public string NewCode { get; private set; }

    /// <summary>Why the pair cannot be a move in that catalog, or null when it can.</summary>
    public static string? Problem(CatalogKind catalog, string? oldCode, string? newCode)
    {
        bool Valid(string? code) => catalog == CatalogKind.Function
            ? FunctionCode.TryParse(code, out _)
            : EconomicCode.TryParse(code, out _);
        var kind = catalog == CatalogKind.Function ? "支出功能分类" : "经济分类";
        if (!Valid(oldCode))
        {
            return $"原科目编码“{oldCode}”不是有效的{kind}科目编码。";
        }
        if (!Valid(newCode))
        {
            return $"新科目编码“{newCode}”不是有效的{kind}科目编码。";
        }
        if (oldCode!.Trim() == newCode!.Trim())
        {
            return $"原科目编码和新科目编码都是“{oldCode.Trim()}”，编码没有变动。";
        }
        return oldCode.Trim().Length == newCode.Trim().Length
            ? null
            : $"“{oldCode.Trim()}”和“{newCode.Trim()}”不是同一级科目，编码变动须在同一级之间。";
    }
}
