using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>A row identity of the table's definition holds on every row, e.g. 小计 = 基本支出 + 项目支出.</summary>
internal sealed class RowTotalRule(string id, TableDefinition definition, ColumnSum sum) : IValidationRule
{
    public string Id => id;

    public string Title => $"{definition.Table.Number()}：{sum.Target.Name} = {string.Join(" + ", sum.Added.Select(c => c.Name))}";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var table = definition.Table;
        var total = definition.IndexOf(sum.Target);
        var parts = sum.Added.Select(definition.IndexOf).ToList();
        return context.Version.FunctionTable(table).Rows
            .Select(row => Checks.Sum(Id, FindingLocation.InTable(table, row.Label, sum.Target.Name),
                $"{table.Number()}“{row.Label}”行的{sum.Target.Name}", row.Cells[total],
                parts.Select(c => row.Cells[c]).ToList(), PartsDescription(row, parts)))
            .WhereFound();
    }

    /// <summary>The columns that hold amounts on this row, "财政拨款收入、其他收入之和", not all six.</summary>
    private string PartsDescription(FunctionRow row, IReadOnlyList<int> parts)
    {
        var filled = parts.Where(c => row.Cells[c] is not null).Select(c => definition.Columns[c].Name).ToList();
        return sum.Wording is not null || filled.Count == 0 ? sum.PartsDescription : string.Join("、", filled) + "之和";
    }
}

/// <summary>
/// Down the hierarchy, in every column: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 — for the tables keyed by
/// 功能分类 code. A row with no children in the table is not checked (its parts are not published).
/// </summary>
internal sealed class HierarchyRule(string id, PublishedTable table) : IValidationRule
{
    public string Id => id;

    public string Title => $"{table.Number()}：合计 = 各类之和，类 = 所属各款之和，款 = 所属各项之和";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var functionTable = context.Version.FunctionTable(table);
        foreach (var row in functionTable.Rows)
        {
            var children = functionTable.ChildrenOf(row).ToList();
            if (children.Count == 0)
            {
                continue;
            }
            var level = row.Code?.Level switch
            {
                null => "各类",
                Classification.FunctionLevel.Class => "所属各款",
                _ => "所属各项",
            };
            for (var column = 0; column < functionTable.Columns.Count; column++)
            {
                var finding = Checks.Sum(Id, FindingLocation.InTable(table, row.Label, functionTable.Columns[column]),
                    $"{table.Number()}“{row.Label}”行的{functionTable.Columns[column]}", row.Cells[column],
                    children.Select(c => c.Cells[column]).ToList(), ChildrenDescription(level, children, column));
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>
    /// "所属各项（2040601 行政运行 1,712.45 万元、2040602 一般行政管理事务 108.98 万元）之和": the rows a finance
    /// officer has to look at, with the figure each holds in this column; blank ones are left out.
    /// </summary>
    private static string ChildrenDescription(string level, IEnumerable<FunctionRow> children, int column)
    {
        var filled = children.Where(c => c.Cells[column] is not null).Select(c => $"{c.Label} {c.Cells[column]}").ToList();
        return filled.Count == 0 ? level + "之和" : $"{level}（{string.Join("、", filled)}）之和";
    }
}

/// <summary>公开07表: 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出.</summary>
internal sealed class GovernmentFundBalanceRule : IValidationRule
{
    public string Id => "T07-closing-balance";

    public string Title => "公开07表：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出";

    public IEnumerable<Finding> Check(ValidationContext context) =>
        context.Version.GovernmentFundRows
            .Select(row =>
            {
                var expected = new[] { row.OpeningBalance, row.Income, row.ExpenditureSubtotal is { } spent ? -spent : null }.Sum();
                return Checks.Same(Id, FindingLocation.InTable(PublishedTable.GovernmentFund, row.Label, "年末结转和结余"),
                    $"公开07表“{row.Label}”行的年末结转和结余", row.ClosingBalance, expected,
                    "年初结转和结余加本年收入减本年支出", 3);
            })
            .WhereFound();
}
