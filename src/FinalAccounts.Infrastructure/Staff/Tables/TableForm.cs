using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>What the add box of a table's edit page takes.</summary>
public enum FormCodeKind
{
    /// <summary>The table has fixed rows only (公开09表).</summary>
    None = 1,
    /// <summary>A 功能分类 类, 款 or 项 (公开02, 03, 05, 07, 08表).</summary>
    Function,
    /// <summary>A 功能分类 类 (the expenditure side of 公开01, 04表).</summary>
    FunctionClass,
    /// <summary>A 经济分类 类 or 款 (公开06表).</summary>
    Economic,
}

public enum FormRowKind
{
    /// <summary>合计, 人员经费合计, 本年收入合计, 总计 …: a row that sums others.</summary>
    Total = 1,
    /// <summary>A 类 row or line.</summary>
    Class,
    /// <summary>A 款 row.</summary>
    Section,
    /// <summary>A 项 row (or a 款 of 公开06表).</summary>
    Item,
    /// <summary>A fixed line of 公开01, 04, 09表 (上级补助收入, 预算数 …).</summary>
    Line,
}

/// <summary>One amount input: its form key ("2040601:basic"), its column and the text as typed or stored (null when blank).</summary>
public sealed record FormCell(string Key, TableColumn Column, string? Text);

/// <summary>
/// A row of a table's edit form.
/// </summary>
/// <param name="Key">Unique in the form: the code of a coded row, "total", or the seed's name of a fixed line.</param>
/// <param name="Label">How findings and messages name the row: "2040601 行政运行", "合计", "上级补助收入", "预算数".</param>
/// <param name="Name">The 科目名称 written back into the content (catalog or stored name), or the line's name.</param>
/// <param name="Text">What the label cell prints: "四、公共安全支出"; the name where null.</param>
public sealed record FormRow(string Key, string Label, string Name, FormRowKind Kind, IReadOnlyList<FormCell> Cells)
{
    public string? Code { get; init; }
    public string? Text { get; init; }
    /// <summary>行次 of the lines of 公开01, 04表.</summary>
    public int? LineNumber { get; init; }
    /// <summary>Whether the person may remove the row (rows added by code).</summary>
    public bool Removable { get; init; }
    /// <summary>Other names findings give the row ("总计" for 支出总计 of 公开01表).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string Printed => Text ?? Name;

    public FormCell Cell(string columnKey) => Cells.Single(c => c.Column.Key == columnKey);
}

/// <summary>
/// One side-by-side block of a printed line: most tables have one; 公开01, 04表 an income and an
/// expenditure block, 公开09表 a 预算数 and a 决算数 block.
/// </summary>
public sealed record FormSlot(bool HasCode, bool HasLabel, bool HasLineNumber, IReadOnlyList<TableColumn> Columns)
{
    /// <summary>Grid columns the block takes: code, label, 行次 and amounts.</summary>
    public int Width => (HasCode ? 1 : 0) + (HasLabel ? 1 : 0) + (HasLineNumber ? 1 : 0) + Columns.Count;
}

/// <summary>A printed line: one row per slot (null where the block is blank on this line), or a group heading.</summary>
public sealed record FormLine(IReadOnlyList<FormRow?> Rows, string? Heading = null);

/// <summary>A header cell. A blank cell (empty text) under non-printed columns of the 栏次 row is not a heading.</summary>
public sealed record HeaderCell(string Text, int ColumnSpan = 1, int RowSpan = 1, bool IsGroup = false);

/// <summary>A part of a sum: a cell added, or subtracted (公开07表's 本年支出).</summary>
public sealed record SumPart(string Cell, bool Subtracted = false);

/// <summary>
/// An identity the published table satisfies, stated on the form's cells: the target cell equals
/// the sum of the parts. Description says what was summed, short enough to print in a cell ("各款之和").
/// </summary>
public sealed record SumCheck(string Target, IReadOnlyList<SumPart> Parts, string Description);

/// <summary>
/// One of the nine tables as its edit page shows it: header rows as published, the printed lines
/// with their amount cells (text as typed or stored), the identities its totals satisfy, and the
/// empty-table sentence. Built from stored content or from a posted form by <see cref="TableForms"/>.
/// </summary>
public sealed record TableForm(
    PublishedTable Table,
    IReadOnlyList<IReadOnlyList<HeaderCell>> HeaderRows,
    IReadOnlyList<FormSlot> Slots,
    IReadOnlyList<FormLine> Lines,
    IReadOnlyList<SumCheck> Checks,
    string? EmptyStatement,
    FormCodeKind Codes,
    bool HasRemoveColumn)
{
    public IEnumerable<FormRow> Rows => Lines.SelectMany(l => l.Rows).OfType<FormRow>();

    public IEnumerable<(FormRow Row, FormCell Cell)> Cells => Rows.SelectMany(r => r.Cells.Select(c => (r, c)));

    /// <summary>The codes of the rows the person added (and may remove), as the form posts them back.</summary>
    public IEnumerable<string> RemovableCodes => Rows.Where(r => r.Removable && r.Code is not null).Select(r => r.Code!);

    /// <summary>Grid columns of a line, the remove column included.</summary>
    public int Width => Slots.Sum(s => s.Width) + (HasRemoveColumn ? 1 : 0);
}
