using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Printed;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// One amount printed in a table, with what the printed row says about it: the line's label and
/// 行次, its 功能分类 or 经济分类 code and name where the row has one, and the column it stands in.
/// </summary>
/// <param name="Row">The body row, from 1, as in the table's CSV file.</param>
/// <param name="Column">The column, from 1, as in the table's CSV file.</param>
/// <param name="Item">The line's label as printed: "本年收入合计", "行政运行", "四、公共安全支出", "合计".</param>
/// <param name="Measure">The column's flattened headings: "本年支出/基本支出".</param>
internal sealed record TableAmount(
    PublishedTable Table,
    int Row,
    int Column,
    int? LineNumber,
    string Item,
    FunctionCode? FunctionCode,
    string? FunctionName,
    EconomicCode? EconomicCode,
    string? EconomicName,
    string Measure,
    Money Amount);

/// <summary>
/// Reads the amounts of a printed table in long form, one per printed amount, so that the data
/// package holds exactly what the table shows — its totals as published, never recomputed.
/// </summary>
/// <remarks>
/// A printed row is runs of labels and amounts: code and name, then the amounts they head (公开02表);
/// three such blocks side by side (公开06表); label and 行次 before each side's amounts (公开01, 04表).
/// Each amount takes the labels of the run just before it, and each label means what its column's
/// heading says it is.
/// </remarks>
internal static class TableAmounts
{
    private const string LineNumberHeading = "行次";
    private const string FunctionHeading = "功能分类";
    private const string EconomicHeading = "经济分类";
    private const string ExpenditureSide = "支出";

    // How PrintedCell prints an amount that is blank: a slot for an amount, not a label.
    private static readonly PrintedCell BlankAmount = PrintedCell.Money(null);

    // 公开01表 and 04表 print a 类 line as "四、公共安全支出", without its code: the ordinal is the
    // class's place in the layout's list of the 26 类, which is how the layout numbers it.
    private static readonly Dictionary<string, string> ClassesByOrdinal = SummaryTableLayout.StandardClasses
        .Select((c, i) => (Ordinal: ChineseNumerals.Ordinal(i + 1), c.Code))
        .ToDictionary(c => c.Ordinal, c => c.Code, StringComparer.Ordinal);

    public static IReadOnlyList<TableAmount> Of(PrintedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = TableColumns.Of(table);
        var amounts = new List<TableAmount>();
        foreach (var row in PrintedGrid.Positions(table.BodyRows).GroupBy(c => c.Row))
        {
            var labels = new List<(GridPosition Cell, TableColumn Column)>();
            var afterAmount = false;
            foreach (var cell in row.OrderBy(c => c.Column))
            {
                var column = columns.First(c => c.Contains(cell.Column));
                if (cell.Cell.Amount is null && cell.Cell != BlankAmount)
                {
                    if (afterAmount)
                    {
                        labels.Clear();
                        afterAmount = false;
                    }
                    labels.Add((cell, column));
                    continue;
                }
                afterAmount = true;
                if (cell.Cell.Amount is { } amount)
                {
                    amounts.Add(Describe(table.Table, row.Key + 1, column, labels, amount));
                }
            }
        }
        return amounts;
    }

    private static TableAmount Describe(PublishedTable table, int row, TableColumn column,
        IReadOnlyList<(GridPosition Cell, TableColumn Column)> labels, Money amount)
    {
        int? lineNumber = null;
        FunctionCode? function = null;
        EconomicCode? economic = null;
        var item = "";
        foreach (var (cell, labelColumn) in labels)
        {
            var text = cell.Cell.Text.Trim();
            if (labelColumn.Name.EndsWith(LineNumberHeading, StringComparison.Ordinal)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                lineNumber = number;
            }
            else if (labelColumn.Name.Contains(FunctionHeading, StringComparison.Ordinal) && FunctionCode.TryParse(text, out var functionCode))
            {
                function = functionCode;
            }
            else if (labelColumn.Name.Contains(EconomicHeading, StringComparison.Ordinal) && EconomicCode.TryParse(text, out var economicCode))
            {
                economic = economicCode;
            }
            else if (text.Length > 0)
            {
                item = text;
            }
        }

        var name = item;
        if (function is null && labels.Count > 0 && labels[0].Column.Name.StartsWith(ExpenditureSide + TableColumns.Separator, StringComparison.Ordinal)
            && SummaryClass(item) is { } summaryClass)
        {
            (function, name) = summaryClass;
        }
        return new TableAmount(table, row, column.Index + 1, lineNumber, item,
            function, function is null ? null : name, economic, economic is null ? null : name, column.Name, amount);
    }

    /// <summary>The 类 of an expenditure line of 公开01/04表 ("四、公共安全支出" → 204, 公共安全支出).</summary>
    private static (FunctionCode Code, string Name)? SummaryClass(string label)
    {
        var separator = label.IndexOf('、', StringComparison.Ordinal);
        return separator > 0 && ClassesByOrdinal.TryGetValue(label[..separator], out var code)
            ? (FunctionCode.Parse(code), label[(separator + 1)..])
            : null;
    }
}
