using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>
/// How a line fact's line and column are named and ordered, read from the table definitions
/// (ADR 0011) so a comparison labels a cell as the published table does.
/// </summary>
public static class FactLabels
{
    /// <summary>The line key of a table's 合计 row.</summary>
    public const string TotalLine = "total";

    private const string Total = "合计";
    private const int NotListed = 999;

    /// <summary>Whether the line is a 功能分类 or 经济分类 code (and so follows the catalog's moves).</summary>
    public static bool IsCode(string line) => line.Length > 0 && line.All(char.IsAsciiDigit);

    /// <summary>What a line is called: its published 科目名称 for a code, the definition's name otherwise.</summary>
    public static string LineName(PublishedTable table, string line, string? publishedName)
    {
        if (IsCode(line))
        {
            return publishedName ?? line;
        }
        if (line == TotalLine && table != PublishedTable.ThreePublicCosts)
        {
            return Total;
        }
        var definition = TableDefinitions.Of(table);
        return table switch
        {
            PublishedTable.ThreePublicCosts => definition.Columns.SingleOrDefault(c => c.Key == line)?.Name ?? line,
            PublishedTable.BasicExpenditureDetail => (definition.Sides.SingleOrDefault(s => s.Key == line)?.Name ?? line) + Total,
            _ => SummaryLines(definition).FirstOrDefault(l => l.Key == line)?.Name ?? line,
        };
    }

    /// <summary>What a column is called: the definition's column name, 公开09表's side, or the income side's amount.</summary>
    public static string ColumnName(PublishedTable table, string line, string column)
    {
        var definition = TableDefinitions.Of(table);
        if (table == PublishedTable.ThreePublicCosts)
        {
            return definition.Sides.SingleOrDefault(s => s.Key == column)?.Name ?? column;
        }
        var onIncomeSide = definition.IncomeLines.Any(l => l.Key == line) || definition.ClosingLines.Any(l => l.Income?.Key == line);
        return (onIncomeSide ? definition.IncomeColumns : definition.Columns).FirstOrDefault(c => c.Key == column)?.Name ?? column;
    }

    /// <summary>Whether the column is printed in the table (公开05表's 年初预算 is not).</summary>
    public static bool IsPrinted(PublishedTable table, string column) =>
        table == PublishedTable.ThreePublicCosts || TableDefinitions.Of(table).Columns.FirstOrDefault(c => c.Key == column)?.Printed != false;

    /// <summary>
    /// The printed order of lines: 合计 and income lines first, then codes in code order, then the
    /// closing lines of 公开01/04表 and the sides of 公开06表; 公开09表's items in column order.
    /// </summary>
    public static (int Rank, string Within) LineOrder(PublishedTable table, string line)
    {
        var definition = TableDefinitions.Of(table);
        if (table == PublishedTable.ThreePublicCosts)
        {
            return (Index(definition.Columns.Select(c => c.Key), line), "");
        }
        if (line == TotalLine)
        {
            return (0, "");
        }
        if (IsCode(line))
        {
            return (1000, line);
        }
        var income = Index(definition.IncomeLines.Select(l => l.Key), line);
        if (income < NotListed)
        {
            return (1 + income, "");
        }
        return (2000 + Index(SummaryLines(definition).Select(l => l.Key).Concat(definition.Sides.Select(s => s.Key)), line), line);
    }

    /// <summary>The order of a line's columns: the definition's.</summary>
    public static int ColumnOrder(PublishedTable table, string column)
    {
        var definition = TableDefinitions.Of(table);
        return Index((table == PublishedTable.ThreePublicCosts ? definition.Sides : definition.Columns.Concat(definition.IncomeColumns))
            .Select(c => c.Key), column);
    }

    private static IEnumerable<SummaryLine> SummaryLines(TableDefinition definition) =>
        definition.IncomeLines.Concat(definition.ClosingLines.SelectMany(l => new[] { l.Income, l.Expenditure }).OfType<SummaryLine>());

    private static int Index(IEnumerable<string> keys, string key)
    {
        var index = keys.ToList().IndexOf(key);
        return index < 0 ? NotListed : index;
    }
}
