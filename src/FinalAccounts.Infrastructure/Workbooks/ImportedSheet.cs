using System.Globalization;
using System.Text.RegularExpressions;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables.Printed;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// One table's sheet whose frame has been checked, and the reading every kind of sheet shares:
/// the body's rows, amounts, names against the year's catalog, and problems reported at their cell.
/// The frame is checked first: nothing right of the table, the template's headings in place; the
/// body then runs from under the headings down to the 空表说明 row (or the first 注 line).
/// </summary>
internal sealed partial class ImportedSheet
{
    private static readonly string EmptyStatementKey = TemplateText.Normalize(TemplateLayout.EmptyStatementLabel).TrimEnd(':');
    private const string NoteKey = "注:";


    private readonly TemplateProblems _problems;
    private int _bodyEnd;

    private ImportedSheet(SheetShape shape, SheetCells cells, TemplateCatalog catalog, TemplateProblems problems)
    {
        Shape = shape;
        Cells = cells;
        Catalog = catalog;
        _problems = problems;
    }

    public SheetShape Shape { get; }

    public SheetCells Cells { get; }

    public TemplateCatalog Catalog { get; }

    /// <summary>"公开02表", as problems name the sheet.</summary>
    public string Name => Shape.Name;

    /// <summary>The catalog's year, as messages print it.</summary>
    public string Year => Catalog.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The sentence under an empty table, from the 空表说明 row; null when blank.</summary>
    public string? EmptyStatement { get; private set; }

    /// <summary>
    /// Checks what lies outside the body and reads the 空表说明; null when the headings are not the
    /// template's, as after inserting or deleting a column, so the rows cannot be read by column.
    /// </summary>
    public static ImportedSheet? Read(SheetShape shape, SheetCells cells, TemplateCatalog catalog, TemplateProblems problems)
    {
        var sheet = new ImportedSheet(shape, cells, catalog, problems);
        return sheet.ReadFrame() ? sheet : null;
    }

    public void Problem(int row, int column, string message) => _problems.Cell(Name, row, column, message);

    public void SheetProblem(string message) => _problems.Sheet(Name, message);

    /// <summary>The body's rows that hold anything, top to bottom.</summary>
    public IEnumerable<int> BodyRows() =>
        Enumerable.Range(Shape.FirstBodyRow, Math.Max(0, _bodyEnd - Shape.FirstBodyRow))
            .Where(row => !Cells.RowIsEmpty(row, 0, Shape.ColumnCount - 1));

    /// <summary>The leftmost column of the table in which the row holds something.</summary>
    public int FirstFilledColumn(int row) => Enumerable.Range(0, Shape.ColumnCount).First(c => !Cells.IsEmpty(row, c));

    private bool ReadFrame()
    {
        foreach (var extra in Cells.All.Where(c => c.Column >= Shape.ColumnCount).GroupBy(c => c.Column).Select(g => g.First()))
        {
            Problem(extra.Row, extra.Column,
                $"表格右侧的{CellAddress.ColumnName(extra.Column)}列有内容“{TemplateText.Quote(extra.Content.Value)}”。请不要在表格右侧增加列，删除这一列的内容后再上传。");
        }
        foreach (var heading in PrintedGrid.Positions(Shape.HeaderRows).Where(h => h.Cell.Text.Length > 0))
        {
            var row = TemplateLayout.FirstHeaderRow + heading.Row;
            var actual = Cells.Text(row, heading.Column);
            if (TemplateText.Normalize(actual) != TemplateText.Normalize(heading.Cell.Text))
            {
                Problem(row, heading.Column,
                    $"表头应为“{heading.Cell.Text}”，现在是“{TemplateText.Quote(actual)}”。请不要插入、删除或移动列，也不要修改表头；可以重新下载模板，把数字粘贴进去。");
                return false;
            }
        }
        _bodyEnd = Shape.FirstBodyRow;
        while (_bodyEnd <= Cells.LastRow && !IsFooter(TemplateText.Normalize(Cells.Text(_bodyEnd, 0))))
        {
            _bodyEnd++;
        }
        ReadFooter();
        return true;
    }

    private static bool IsFooter(string firstCell) =>
        firstCell.StartsWith(NoteKey, StringComparison.Ordinal) || firstCell.StartsWith(EmptyStatementKey, StringComparison.Ordinal);

    private void ReadFooter()
    {
        var notes = Shape.Notes.Select(TemplateText.Normalize).ToHashSet(StringComparer.Ordinal);
        var found = false;
        for (var row = _bodyEnd; row <= Cells.LastRow; row++)
        {
            var first = TemplateText.Normalize(Cells.Text(row, 0));
            var rest = Enumerable.Range(1, Shape.ColumnCount - 1).Select(c => Cells.Text(row, c)).Where(t => t.Length > 0).ToList();
            if (first.StartsWith(EmptyStatementKey, StringComparison.Ordinal) && !found)
            {
                // The sentence belongs right of the label, but one typed into the label's cell is kept too.
                found = true;
                var inLabel = StatementInLabel().Replace(Cells.Text(row, 0), "");
                EmptyStatement = string.Concat(rest.Prepend(inLabel)) is { Length: > 0 } text ? text : null;
            }
            else if (rest.Count == 0 && (first.Length == 0 || first.StartsWith(NoteKey, StringComparison.Ordinal) || notes.Contains(first)))
            {
                continue;
            }
            else
            {
                var column = FirstFilledColumn(row);
                Problem(row, column,
                    $"表格下方的“{TemplateText.Quote(Cells.Text(row, column))}”无法识别。新增的行请插入在“空表说明”行之上；空表说明只填在“空表说明：”右边的单元格。");
            }
        }
    }

    [GeneratedRegex(@"^\s*空\s*表\s*说\s*明\s*[:：]?\s*")]
    private static partial Regex StatementInLabel();

    // ---- names ----

    /// <summary>
    /// The name a row keeps: the catalog's when left blank; the one written when it is the catalog's
    /// (spaces and full-/half-width forms aside) or one begins with the other, as the published
    /// "机关事业单位基本养老保险缴费" does the catalog's "…缴费支出". Any other name most likely means
    /// a mistyped code, so it is reported rather than replaced.
    /// </summary>
    public string? RowName(int row, int column, string code, string catalogName, string catalogKind)
    {
        var written = Cells.Text(row, column);
        if (written.Length == 0)
        {
            return catalogName;
        }
        if (NamesAgree(written, catalogName))
        {
            return written;
        }
        Problem(row, column,
            $"编码 {code} 在{Year}年度{catalogKind}中是“{catalogName}”，与所填名称“{TemplateText.Quote(written)}”不一致。请核对编码或名称（名称可以留空，按目录填写）。");
        return null;
    }

    public static bool NamesAgree(string written, string catalogName)
    {
        var a = TemplateText.Normalize(written);
        var b = TemplateText.Normalize(catalogName);
        return a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
    }

    // ---- amounts ----

    public List<string?> Amounts(int row, int firstColumn, int count) =>
        [.. Enumerable.Range(firstColumn, count).Select(c => Amount(row, c))];

    /// <summary>An amount cell in 万元, read by <see cref="CellReading.Amount"/>; problems reported at the cell.</summary>
    public string? Amount(int row, int column) => CellReading.Amount(Cells[row, column], message => Problem(row, column, message));
}
