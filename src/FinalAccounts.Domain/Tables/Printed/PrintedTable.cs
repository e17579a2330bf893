using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Tables.Printed;

public enum CellAlignment
{
    Left = 1,
    Center = 2,
    Right = 3,
}

/// <summary>
/// A cell of a printed table. Rows list their cells the way HTML does: a cell covered by a
/// row span from above is not repeated in the rows below it.
/// </summary>
/// <param name="Text">What is printed: a label, a code, or an amount in 万元 ("3,469.73"); empty for a blank cell.</param>
/// <param name="Amount">The exact amount behind an amount cell, for downloads and tests.</param>
/// <param name="IsHeading">A label that heads its row or column (th in HTML, bold in print).</param>
public sealed record PrintedCell(
    string Text,
    int ColumnSpan = 1,
    int RowSpan = 1,
    CellAlignment Alignment = CellAlignment.Left,
    Money? Amount = null,
    bool IsHeading = false)
{
    public static PrintedCell Blank { get; } = new("");

    public static PrintedCell Heading(string text, int columnSpan = 1, int rowSpan = 1) =>
        new(text, columnSpan, rowSpan, CellAlignment.Center, IsHeading: true);

    public static PrintedCell Label(string text, int columnSpan = 1) => new(text, columnSpan);

    /// <summary>An amount in 万元 with thousands separators and two decimals; blank when null.</summary>
    public static PrintedCell Money(Money? amount) =>
        new(amount?.ToWanYuanString() ?? "", Alignment: CellAlignment.Right, Amount: amount);

    public static PrintedCell Centered(string text) => new(text, Alignment: CellAlignment.Center);
}

/// <summary>
/// One of the nine tables of 第二部分 laid out as published: title, "公开0n表", the two 单位 lines,
/// multi-level header rows with the 栏次 row last, body rows, the 注 lines and, for an empty table,
/// its sentence. The web page, the PDF and the downloads all print from this.
/// </summary>
/// <param name="Title">"2024年度收入支出决算总表".</param>
/// <param name="ReportingUnit">"单位：" line, e.g. "武汉市硚口区司法局本级".</param>
/// <param name="ColumnWidths">Relative widths of the grid's columns; their count is the grid's width.</param>
/// <param name="HeaderRows">Repeated on every page the table continues on.</param>
/// <param name="Notes">The 注 lines, each printed as its own line ("注：1. …", "2. …").</param>
/// <param name="EmptyStatement">The sentence printed under an empty table, e.g. "本部门2024年度无…。"</param>
public sealed record PrintedTable(
    PublishedTable Table,
    string Title,
    string ReportingUnit,
    IReadOnlyList<double> ColumnWidths,
    IReadOnlyList<IReadOnlyList<PrintedCell>> HeaderRows,
    IReadOnlyList<IReadOnlyList<PrintedCell>> BodyRows,
    IReadOnlyList<string> Notes,
    string? EmptyStatement)
{
    public const string Unit = "万元";

    /// <summary>"公开01表".</summary>
    public string Number => Table.Number();

    public int ColumnCount => ColumnWidths.Count;

    /// <summary>
    /// The tables the published documents print across a landscape page: the two-sided summaries
    /// (公开01, 04表), the three-block 公开06表 and the twelve-column 公开09表. Others are printed
    /// landscape only when they do not fit a portrait page.
    /// </summary>
    public bool IsWide => Table is PublishedTable.IncomeExpenditureSummary or PublishedTable.AppropriationSummary
        or PublishedTable.BasicExpenditureDetail or PublishedTable.ThreePublicCosts;
}
