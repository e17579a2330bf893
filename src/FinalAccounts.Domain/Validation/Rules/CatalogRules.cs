using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>A coded line of any table, for the catalog rules.</summary>
internal sealed record CodedLine(PublishedTable Table, IClassificationCode Code, string Name, bool IsFunction)
{
    public string Label => $"{Code.Value} {Name}";

    public static IEnumerable<CodedLine> In(DisclosureVersion version) =>
        version.SummaryExpenditure.Select(l => new CodedLine(PublishedTable.IncomeExpenditureSummary, l.ClassCode, l.Name, true))
            .Concat(version.ListFunctionTables().SelectMany(t => t.Rows
                .Where(r => r.Code is not null)
                .Select(r => new CodedLine(t.Table, r.Code!.Value, r.Name, true))))
            .Concat(version.AppropriationExpenditure.Select(l => new CodedLine(PublishedTable.AppropriationSummary, l.ClassCode, l.Name, true)))
            .Concat(version.BasicExpenditureRows.Select(r => new CodedLine(PublishedTable.BasicExpenditureDetail, r.Code, r.Name, false)))
            .OrderBy(l => l.Table);
}

/// <summary>Every code used exists in that year's catalog.</summary>
internal sealed class CodeInCatalogRule : IValidationRule
{
    public string Id => "catalog-code";

    public string Title => "科目编码须在本年度支出功能分类、经济分类科目目录中";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var lines = CodedLine.In(context.Version).ToList();
        if (lines.Count == 0)
        {
            yield break;
        }
        if (context.Catalog.IsEmpty)
        {
            yield return new Finding(FindingSeverity.Warning, Id, new FindingLocation(null), null, null,
                $"{context.Year}年度的科目目录尚未录入，无法核对科目编码，请联系管理员。");
            yield break;
        }
        foreach (var line in lines.Where(l => Name(context.Catalog, l) is null))
        {
            var catalog = line.IsFunction ? "支出功能分类" : "部门预算支出经济分类";
            yield return new Finding(FindingSeverity.Error, Id, FindingLocation.InTable(line.Table, line.Label), null, line.Code.Value,
                $"科目编码 {line.Code.Value}（{line.Name}）不在 {context.Year} 年度{catalog}科目中，请核对编码。");
        }
    }

    internal static string? Name(ClassificationCatalog catalog, CodedLine line) => line.Code switch
    {
        FunctionCode f => catalog.Find(f)?.Name,
        EconomicCode e => catalog.Find(e)?.Name,
        _ => null,
    };
}

/// <summary>A 款 or 项 row sits under its parent: the parent's row is in the same table.</summary>
internal sealed class ParentRowPresentRule : IValidationRule
{
    public string Id => "catalog-parent";

    public string Title => "款、项科目的上级科目须在同一表中列示";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var group in CodedLine.In(context.Version).GroupBy(l => l.Table))
        {
            var codes = group.Select(l => l.Code.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var line in group.Where(l => l.Code.ParentValue is { } parent && !codes.Contains(parent)))
            {
                yield return new Finding(FindingSeverity.Error, Id, FindingLocation.InTable(line.Table, line.Label),
                    line.Code.ParentValue, null,
                    $"{line.Table.Number()}“{line.Label}”的上级科目 {line.Code.ParentValue} 不在本表中，请补充上级科目行或核对编码。");
            }
        }
    }
}

/// <summary>A row's printed name agrees with the catalog (brackets and spaces aside).</summary>
internal sealed class NameMatchesCatalogRule : IValidationRule
{
    public string Id => "catalog-name";

    public string Title => "科目名称须与本年度科目目录一致";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var line in CodedLine.In(context.Version))
        {
            if (CodeInCatalogRule.Name(context.Catalog, line) is { } name && Normalize(name) != Normalize(line.Name))
            {
                yield return new Finding(FindingSeverity.Warning, Id, FindingLocation.InTable(line.Table, line.Label), name, line.Name,
                    $"{line.Table.Number()}科目 {line.Code.Value} 的名称为“{line.Name}”，{context.Year} 年度科目目录为“{name}”，请核对。");
            }
        }
    }

    private static string Normalize(string name) =>
        new(name.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '（' => '(', '）' => ')', _ => c }).ToArray());
}
