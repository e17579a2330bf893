using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>A cell as the screen shows it: its text, the number a workbook stores, whether it is highlighted.</summary>
public sealed record SheetCell(string Text, decimal? Number = null, bool Notable = false)
{
    /// <summary>Where the page links the cell to (its text is the address, so the downloads hold it too).</summary>
    public string? Link { get; init; }

    public static SheetCell Blank { get; } = new("");

    /// <summary>An amount in 万元 as printed ("1,712.45"); blank, never 0, where there is none.</summary>
    public static SheetCell Amount(Money? amount) =>
        amount is { } a ? new SheetCell(a.ToWanYuanString(), a.DisplayWanYuan) : Blank;

    /// <summary>A difference with its sign ("+12.34", "-5.00").</summary>
    public static SheetCell SignedAmount(Money? difference, bool notable = false) =>
        difference is { } d ? new SheetCell((d.IsNegative || d.Yuan == 0m ? "" : "+") + d.ToWanYuanString(), d.DisplayWanYuan, notable) : Blank;
}

/// <summary>
/// One table of a comparison as the reader sees it — caption, headings, rows of cells — built once
/// and rendered by the page, the XLSX and the CSV, so the downloads hold exactly the screen's cells.
/// </summary>
/// <param name="Key">"01"–"09" for a table, "05-budget" for 公开05表's budget against actual: the page's anchor.</param>
/// <param name="Name">A short name for a workbook sheet: "公开05表".</param>
public sealed record ComparisonSheet(string Key, string Name, string Caption, IReadOnlyList<string> Headings,
    IReadOnlyList<IReadOnlyList<SheetCell>> Rows)
{
    public const string Unit = "万元";
    public const string NotableMark = "是";

    /// <summary>Text columns before the amounts: 编码, 项目 (and 栏目 for a table).</summary>
    public int LabelColumns { get; init; } = 2;

    /// <summary>The column that names the row (项目): a row header for screen readers.</summary>
    public int RowHeaderColumn { get; init; } = 1;

    /// <summary>Whether the last column marks the rows with a change reaching the threshold (是).</summary>
    public bool HasMarkColumn { get; init; } = true;

    /// <summary>Per heading, the key the page sorts by when the heading is chosen; null where a column does not sort.</summary>
    public IReadOnlyList<string?>? SortKeys { get; init; }
}

/// <summary>The sheets of a year comparison: one per table with amounts, then 公开05表's budget against actual.</summary>
public static class YearComparisonSheets
{
    public static IReadOnlyList<ComparisonSheet> Of(YearComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sheets = new List<ComparisonSheet>();
        if (comparison.Trends.Count > 0)
        {
            sheets.Add(Trends(comparison));
        }
        sheets.AddRange(comparison.Tables.Select(t => Table(comparison, t)));
        if (comparison.BudgetLines.Count > 0)
        {
            sheets.Add(Budget(comparison));
        }
        return sheets;
    }

    /// <summary>The anchor and the chart's address name the trends "trends".</summary>
    public const string TrendsKey = "trends";

    private static ComparisonSheet Trends(YearComparison comparison)
    {
        List<string> headings = ["项目", "单位", .. comparison.Years.Select(comparison.YearLabel)];
        var rows = comparison.Trends.Select(t => (IReadOnlyList<SheetCell>)
        [
            new(t.Measure.Name), new(t.Measure.UnitName),
            .. t.Values.Select(v => new SheetCell(t.Measure.Format(v), t.Measure.Displayed(v))),
        ]).ToList();
        return new ComparisonSheet(TrendsKey, "趋势", "主要指标趋势（金额单位：万元；人数单位：人）", headings, rows)
        {
            RowHeaderColumn = 0, HasMarkColumn = false,
        };
    }

    private static ComparisonSheet Table(YearComparison comparison, ComparedTable table)
    {
        var years = comparison.Years;
        List<string> headings = ["编码", "项目", "栏目", .. years.Select(y => $"{comparison.YearLabel(y)}（{ComparisonSheet.Unit}）")];
        for (var i = 1; i < years.Count; i++)
        {
            headings.AddRange([$"{comparison.YearLabel(years[i])}比{years[i - 1]}年度增减（{ComparisonSheet.Unit}）", $"{comparison.YearLabel(years[i])}比{years[i - 1]}年度增减率"]);
        }
        for (var i = 2; i < years.Count; i++)
        {
            headings.AddRange([$"{comparison.YearLabel(years[i])}比{years[0]}年度增减（{ComparisonSheet.Unit}）", $"{comparison.YearLabel(years[i])}比{years[0]}年度增减率"]);
        }
        headings.Add($"变动达{Percent(comparison.ThresholdPercent)}");
        var rows = table.Lines.Select(line => (IReadOnlyList<SheetCell>)
        [
            new(line.Code ?? ""), new(line.Name), new(line.ColumnName),
            .. line.Amounts.Select(SheetCell.Amount),
            .. line.FromPrevious.Concat(line.FromFirst).SelectMany(Change),
            new(line.Notable ? ComparisonSheet.NotableMark : ""),
        ]).ToList();
        return new ComparisonSheet(table.Table.Key(), table.Table.Number(),
            $"{table.Table.Number()} {table.Table.Title()}（单位：{ComparisonSheet.Unit}）", headings, rows) { LabelColumns = 3 };
    }

    private static ComparisonSheet Budget(YearComparison comparison)
    {
        var years = comparison.Years;
        List<string> headings = ["编码", "项目"];
        foreach (var year in years)
        {
            var label = comparison.YearLabel(year);
            headings.AddRange([$"{label}年初预算（{ComparisonSheet.Unit}）", $"{label}决算（{ComparisonSheet.Unit}）",
                $"{label}决算比预算增减（{ComparisonSheet.Unit}）", $"{label}决算比预算增减率"]);
        }
        headings.Add($"偏离达{Percent(comparison.ThresholdPercent)}");
        var rows = comparison.BudgetLines.Select(line =>
        {
            var execution = line.Execution(years, comparison.ThresholdPercent);
            return (IReadOnlyList<SheetCell>)
            [
                new(line.Code ?? ""), new(line.Name),
                .. years.SelectMany((_, i) => new[] { SheetCell.Amount(line.Budgets[i]), SheetCell.Amount(line.Actuals[i]) }.Concat(Change(execution[i]))),
                new(execution.Any(c => c?.Notable == true) ? ComparisonSheet.NotableMark : ""),
            ];
        }).ToList();
        var table = PublishedTable.GeneralBudgetExpenditure;
        return new ComparisonSheet($"{table.Key()}-budget", $"{table.Number()}预算与决算",
            $"{table.Number()} 年初预算与决算（单位：{ComparisonSheet.Unit}）", headings, rows);
    }

    /// <summary>The difference in 万元 and the rate, signed ("+12.34", "-5.2%"); both blank where a side is blank.</summary>
    private static IEnumerable<SheetCell> Change(LineChange? change)
    {
        if (change is null)
        {
            return [SheetCell.Blank, SheetCell.Blank];
        }
        return
        [
            SheetCell.SignedAmount(change.Difference, change.Notable),
            change.Percent is { } percent
                ? new SheetCell((percent > 0 ? "+" : "") + Percent(percent), percent, change.Notable)
                : new SheetCell("", null, change.Notable),
        ];
    }

    private static string Percent(decimal percent) => percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
