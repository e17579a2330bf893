namespace FinalAccounts.Domain.Tables.Definitions;

/// <summary>
/// An amount column of a table. Key is how the content names it ("vehicleSubtotal"); Name is how
/// findings, the edit grid, the history and the API name it ("公务用车购置及运行维护费 小计").
/// </summary>
/// <param name="Printed">False for a figure kept with the table but not printed in it (公开05表's 年初预算).</param>
public sealed record TableColumn(string Key, string Name, bool Printed = true);

/// <summary>
/// An identity every row of a table satisfies: the target column equals the added columns minus the
/// subtracted ones (小计 = 基本支出 + 项目支出). Description names the sum short enough to print beside
/// a cell ("各栏之和"); Wording is how a finding names it where the parts' names would not read well.
/// </summary>
public sealed record ColumnSum(TableColumn Target, IReadOnlyList<TableColumn> Added, string Description)
{
    public IReadOnlyList<TableColumn> Subtracted { get; init; } = [];

    public string? Wording { get; init; }

    /// <summary>"基本支出、项目支出之和", unless the definition words it itself.</summary>
    public string PartsDescription => Wording ?? string.Join("、", Added.Select(c => c.Name)) + "之和";
}

/// <summary>
/// A fixed line of 公开01, 04表. Key is how the content names it ("incomeTotal"); Name how findings
/// and the grid name it ("收入总计"); Printed what the table prints ("总计").
/// </summary>
public sealed record SummaryLine(string Key, string Name, string Printed)
{
    /// <summary>A line that sums others (本年收入合计, 总计 …).</summary>
    public bool IsTotal { get; init; }

    /// <summary>Other names findings give the line ("总计" for 支出总计 of 公开01表).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>
/// One of the nine tables declared once: its amount columns, the heading tree over them as
/// published, the identities its rows satisfy and its 注 lines. The printed table (page, PDF,
/// downloads), the staff grid and its running totals, the Excel template, the API's column lists,
/// the history's labels and the validator's row rules all read it from here.
/// </summary>
/// <param name="Columns">The amount columns in stored order (the rows' Cells order); for 公开01, 04表 those of the expenditure side.</param>
/// <param name="Headings">The heading tree over the printed amount columns.</param>
public sealed record TableDefinition(
    PublishedTable Table,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<ColumnHeading> Headings,
    IReadOnlyList<string> Notes)
{
    public IReadOnlyList<ColumnSum> RowSums { get; init; } = [];

    /// <summary>The heading over the code columns: 功能分类科目 / 功能分类科目编码, or 经济分类科目编码 in 公开06表.</summary>
    public string? CodeHeading { get; init; }

    /// <summary>公开01, 04表: the income side's amount columns and their heading.</summary>
    public IReadOnlyList<TableColumn> IncomeColumns { get; init; } = [];

    public ColumnHeading? IncomeHeading { get; init; }

    /// <summary>公开01, 04表: the income lines printed beside the first 类 lines (行 1, 2, …).</summary>
    public IReadOnlyList<SummaryLine> IncomeLines { get; init; } = [];

    /// <summary>
    /// 公开01, 04表: the lines after the 类 lines, income beside expenditure (null where a side is
    /// blank); they are numbered after the 类 lines on each side.
    /// </summary>
    public IReadOnlyList<(SummaryLine? Income, SummaryLine? Expenditure)> ClosingLines { get; init; } = [];

    /// <summary>公开01, 04表: the 行次 of the first expenditure line, after every income-side line.</summary>
    public int FirstExpenditureLineNumber(int classLines) => classLines + ClosingLines.Count + 1;

    /// <summary>The blocks printed side by side: 预算数 and 决算数 of 公开09表, each with every column; 人员经费 and 公用经费 of 公开06表.</summary>
    public IReadOnlyList<TableColumn> Sides { get; init; } = [];

    /// <summary>The printed columns' names, in order: what findings and the API call the cells of a row.</summary>
    public IReadOnlyList<string> ColumnNames => [.. Columns.Where(c => c.Printed).Select(c => c.Name)];

    public TableColumn Column(string key) => Columns.Single(c => c.Key == key);

    public int IndexOf(TableColumn column) => Columns.ToList().IndexOf(column);
}
