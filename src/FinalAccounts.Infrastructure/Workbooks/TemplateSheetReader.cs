using System.Globalization;
using System.Text.RegularExpressions;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// Reads one table's sheet back into its seed, checking every cell it reads and reporting each
/// problem at its cell. The sheet's frame is checked first: nothing right of the table, the
/// template's headings in place; rows are then read from under the headings down to the 空表说明
/// row (or the first 注 line), skipping empty ones.
/// </summary>
internal sealed partial class TemplateSheetReader(SheetShape shape, SheetCells cells, TemplateCatalog catalog, TemplateProblems problems)
{
    private static readonly string EmptyStatementKey = TemplateText.Normalize(TemplateLayout.EmptyStatementLabel).TrimEnd(':');
    private const string NoteKey = "注:";
    private const int CodeNameColumn = TemplateLayout.CodeColumns;

    private int _bodyEnd;

    private string Sheet => shape.Name;

    private string Year => catalog.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The sentence under an empty table, from the 空表说明 row; null when blank.</summary>
    public string? EmptyStatement { get; private set; }

    /// <summary>
    /// Checks what lies outside the body and reads the 空表说明; false when the headings are not the
    /// template's, as after inserting or deleting a column, so the rows cannot be read by column.
    /// </summary>
    public bool ReadFrame()
    {
        foreach (var extra in cells.All.Where(c => c.Column >= shape.ColumnCount).GroupBy(c => c.Column).Select(g => g.First()))
        {
            problems.Cell(Sheet, extra.Row, extra.Column,
                $"表格右侧的{CellAddress.ColumnName(extra.Column)}列有内容“{TemplateText.Quote(extra.Content.Value)}”。请不要在表格右侧增加列，删除这一列的内容后再上传。");
        }
        foreach (var heading in PrintedGrid.Positions(shape.HeaderRows).Where(h => h.Cell.Text.Length > 0))
        {
            var row = TemplateLayout.FirstHeaderRow + heading.Row;
            var actual = cells.Text(row, heading.Column);
            if (TemplateText.Normalize(actual) != TemplateText.Normalize(heading.Cell.Text))
            {
                problems.Cell(Sheet, row, heading.Column,
                    $"表头应为“{heading.Cell.Text}”，现在是“{TemplateText.Quote(actual)}”。请不要插入、删除或移动列，也不要修改表头；可以重新下载模板，把数字粘贴进去。");
                return false;
            }
        }
        _bodyEnd = shape.FirstBodyRow;
        while (_bodyEnd <= cells.LastRow && !IsFooter(TemplateText.Normalize(cells.Text(_bodyEnd, 0))))
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
        var notes = shape.Notes.Select(TemplateText.Normalize).ToHashSet(StringComparer.Ordinal);
        var found = false;
        for (var row = _bodyEnd; row <= cells.LastRow; row++)
        {
            var first = TemplateText.Normalize(cells.Text(row, 0));
            var rest = Enumerable.Range(1, shape.ColumnCount - 1).Select(c => cells.Text(row, c)).Where(t => t.Length > 0).ToList();
            if (first.StartsWith(EmptyStatementKey, StringComparison.Ordinal) && !found)
            {
                // The sentence belongs right of the label, but one typed into the label's cell is kept too.
                found = true;
                var inLabel = StatementInLabel().Replace(cells.Text(row, 0), "");
                EmptyStatement = string.Concat(rest.Prepend(inLabel)) is { Length: > 0 } text ? text : null;
            }
            else if (rest.Count == 0 && (first.Length == 0 || first.StartsWith(NoteKey, StringComparison.Ordinal) || notes.Contains(first)))
            {
                continue;
            }
            else
            {
                var column = Enumerable.Range(0, shape.ColumnCount).First(c => !cells.IsEmpty(row, c));
                problems.Cell(Sheet, row, column,
                    $"表格下方的“{TemplateText.Quote(cells.Text(row, column))}”无法识别。新增的行请插入在“空表说明”行之上；空表说明只填在“空表说明：”右边的单元格。");
            }
        }
    }

    /// <summary>The body's rows that hold anything, top to bottom.</summary>
    private IEnumerable<int> BodyRows() =>
        Enumerable.Range(shape.FirstBodyRow, Math.Max(0, _bodyEnd - shape.FirstBodyRow))
            .Where(row => !cells.RowIsEmpty(row, 0, shape.ColumnCount - 1));

    // ---- 公开02、03、05、07、08表 ----

    public TableContent<TRow> Coded<TRow>(CodedTable<TRow> table)
    {
        var amountColumns = shape.ColumnCount - CodeNameColumn - 1;
        var totals = new List<TRow>();
        var totalRow = 0;
        var rows = new List<TRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in BodyRows())
        {
            var name = cells.Text(row, CodeNameColumn);
            var amounts = Amounts(row, CodeNameColumn + 1, amountColumns);
            if (cells.RowIsEmpty(row, 0, TemplateLayout.CodeColumns - 1))
            {
                if (TemplateText.Normalize(name) != TemplateLayout.TotalRowName)
                {
                    problems.Cell(Sheet, row, 0, name.Length > 0
                        ? $"“{TemplateText.Quote(name)}”这一行没有科目编码。请填写支出功能分类科目编码；合计行的科目名称应为“合计”。"
                        : "这一行填了金额，但没有科目编码和科目名称。请填写科目编码，或删除这一行。");
                }
                else if (totalRow != 0)
                {
                    problems.Cell(Sheet, row, CodeNameColumn, $"表中有两行“合计”（第{totalRow}行和这一行）。请只保留一行合计。");
                }
                else
                {
                    totalRow = row;
                    // A 合计 row with no amounts is the blank one every template prints, not a figure.
                    if (amounts.Any(a => a is not null))
                    {
                        totals.Add(table.Create(null, TemplateLayout.TotalRowName, amounts));
                    }
                }
                continue;
            }
            if (FunctionCodeAt(row) is not { } code)
            {
                continue;
            }
            if (!seen.TryAdd(code, row))
            {
                problems.Cell(Sheet, row, 0, $"科目编码 {code} 重复，第{seen[code]}行已经填写过。请把两行合并为一行。");
                continue;
            }
            if (Name(row, CodeNameColumn, code, catalog.FunctionName(code)!, "支出功能分类科目") is { } resolved)
            {
                rows.Add(table.Create(code, resolved, amounts));
            }
        }
        return new TableContent<TRow>([.. totals, .. rows], EmptyStatement);
    }

    /// <summary>
    /// A row's 功能分类 code: whole in the 类 column, or split over 类, 款 and 项 (204 | 06 | 01) as
    /// 决算 software exports it; null, with the problem reported, when it is no code of the year.
    /// </summary>
    private string? FunctionCodeAt(int row)
    {
        var parts = Enumerable.Range(0, TemplateLayout.CodeColumns).Select(c => TemplateText.Normalize(cells.Text(row, c))).ToArray();
        string code;
        if (parts[1].Length == 0 && parts[2].Length == 0)
        {
            code = parts[0];
        }
        else if (parts[0].Length == 3 && IsPart(parts[1]) && (parts[2].Length == 0 || IsPart(parts[2])))
        {
            code = parts[0] + parts[1].PadLeft(2, '0') + (parts[2].Length == 0 ? "" : parts[2].PadLeft(2, '0'));
        }
        else
        {
            problems.Cell(Sheet, row, 0,
                $"科目编码“{string.Join(" ", parts.Where(p => p.Length > 0))}”无法识别。请在“类”列填写完整编码（如 2040601），或在“类”“款”“项”三列分别填写（如 204、06、01）。");
            return null;
        }
        if (!FunctionCode.TryParse(code, out _))
        {
            problems.Cell(Sheet, row, 0, $"“{TemplateText.Quote(code)}”不是有效的支出功能分类科目编码（类3位、款5位、项7位数字，以2开头）。");
            return null;
        }
        if (catalog.FunctionName(code) is null)
        {
            problems.Cell(Sheet, row, 0, $"科目编码 {code} 不在{Year}年度支出功能分类科目中，请核对编码。");
            return null;
        }
        return code;

        static bool IsPart(string part) => part.Length is 1 or 2 && part.All(char.IsAsciiDigit);
    }

    /// <summary>
    /// The name a row keeps: the catalog's when left blank; the one written when it is the catalog's
    /// (spaces and full-/half-width forms aside) or one begins with the other, as the published
    /// "机关事业单位基本养老保险缴费" does the catalog's "…缴费支出". Any other name most likely means
    /// a mistyped code, so it is reported rather than replaced.
    /// </summary>
    private string? Name(int row, int column, string code, string catalogName, string catalogKind)
    {
        var written = cells.Text(row, column);
        if (written.Length == 0)
        {
            return catalogName;
        }
        if (NamesAgree(written, catalogName))
        {
            return written;
        }
        problems.Cell(Sheet, row, column,
            $"编码 {code} 在{Year}年度{catalogKind}中是“{catalogName}”，与所填名称“{TemplateText.Quote(written)}”不一致。请核对编码或名称（名称可以留空，按目录填写）。");
        return null;
    }

    private static bool NamesAgree(string written, string catalogName)
    {
        var a = TemplateText.Normalize(written);
        var b = TemplateText.Normalize(catalogName);
        return a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
    }

    // ---- 公开01表、公开04表 ----

    private const int IncomeLabelColumn = 0;
    private const int IncomeLineColumn = 1;
    private const int IncomeAmountColumn = 2;
    private const int ExpenditureLabelColumn = 3;
    private const int ExpenditureLineColumn = 4;
    private const int FirstExpenditureAmountColumn = 5;

    public SummaryContent Summary()
    {
        var layout = TemplateTables.SummaryLines(new Dictionary<string, string>());
        var income = new string?[layout.Count(l => l.IncomeLabel.Length > 0)];
        var closing = new string?[layout.Skip(TemplateTables.ClassLineCount).Count(l => l.ExpenditureLabel.Length > 0)];
        var lines = new List<ClassAmountContent>();
        ReadSides(layout.Select(l => l.IncomeLabel), layout.Skip(TemplateTables.ClassLineCount).Select(l => l.ExpenditureLabel), 1,
            (i, amount) => income[i] = amount,
            (i, amounts) => closing[i] = amounts[0],
            (code, name, amounts) =>
            {
                if (amounts[0] is not null)
                {
                    lines.Add(new ClassAmountContent(code, name, amounts[0]));
                }
            });
        return TemplateTables.Summary(income, lines, closing, EmptyStatement);
    }

    public AppropriationSummaryContent Appropriation()
    {
        var layout = TemplateTables.AppropriationLines(new Dictionary<string, string>());
        var income = new string?[layout.Count(l => l.IncomeLabel.Length > 0)];
        var closing = new FundSplitContent?[layout.Skip(TemplateTables.ClassLineCount).Count(l => l.ExpenditureLabel.Length > 0)];
        var lines = new List<FundSplitLineContent>();
        ReadSides(layout.Select(l => l.IncomeLabel), layout.Skip(TemplateTables.ClassLineCount).Select(l => l.ExpenditureLabel), 4,
            (i, amount) => income[i] = amount,
            (i, amounts) => closing[i] = TemplateTables.FundSplit(amounts),
            (code, name, amounts) =>
            {
                if (TemplateTables.FundSplit(amounts) is { } split)
                {
                    lines.Add(new FundSplitLineContent(code, name, split.Subtotal, split.GeneralBudget, split.GovernmentFund, split.StateCapital));
                }
            });
        return TemplateTables.Appropriation(income, lines, closing, EmptyStatement);
    }

    /// <summary>
    /// Reads both sides of a two-sided summary by label, whatever row a line is on: an income label
    /// names its fixed figure; an expenditure label is a closing line or a 类 line, either as printed
    /// ("四、公共安全支出") or as a person adds one ("227 预备费").
    /// </summary>
    private void ReadSides(IEnumerable<string> incomeLabels, IEnumerable<string> closingLabels, int expenditureAmounts,
        Action<int, string?> income, Action<int, IReadOnlyList<string?>> closing, Action<string, string, IReadOnlyList<string?>> classLine)
    {
        var incomeIndex = Index(incomeLabels);
        var closingIndex = Index(closingLabels);
        var seenIncome = new Dictionary<int, int>();
        var seenExpenditure = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastAmountColumn = FirstExpenditureAmountColumn + expenditureAmounts - 1;
        foreach (var row in BodyRows())
        {
            LineNumber(row, IncomeLineColumn);
            LineNumber(row, ExpenditureLineColumn);

            var left = cells.Text(row, IncomeLabelColumn);
            if (left.Length == 0)
            {
                NoAmountWithoutLabel(row, IncomeAmountColumn, IncomeAmountColumn);
            }
            else if (!incomeIndex.TryGetValue(TemplateText.Normalize(left), out var i))
            {
                problems.Cell(Sheet, row, IncomeLabelColumn, $"“{TemplateText.Quote(left)}”不是本表的收入项目。请不要修改项目名称。");
            }
            else if (!seenIncome.TryAdd(i, row))
            {
                problems.Cell(Sheet, row, IncomeLabelColumn, $"收入项目“{TemplateText.Quote(left)}”出现了两次（第{seenIncome[i]}行和这一行）。请删除多余的一行。");
            }
            else
            {
                income(i, Amount(row, IncomeAmountColumn));
            }

            var right = cells.Text(row, ExpenditureLabelColumn);
            if (right.Length == 0)
            {
                NoAmountWithoutLabel(row, FirstExpenditureAmountColumn, lastAmountColumn);
                continue;
            }
            var amounts = Amounts(row, FirstExpenditureAmountColumn, expenditureAmounts);
            var key = TemplateText.Normalize(right);
            if (closingIndex.TryGetValue(key, out var j))
            {
                if (Once(seenExpenditure, "#" + key, row, right))
                {
                    closing(j, amounts);
                }
            }
            else if (ClassLine(row, right) is { } line && Once(seenExpenditure, line.Code, row, right))
            {
                classLine(line.Code, line.Name, amounts);
            }
        }

        static Dictionary<string, int> Index(IEnumerable<string> labels) =>
            labels.Where(l => l.Length > 0).Select((l, i) => (Key: TemplateText.Normalize(l), i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
    }

    private bool Once(Dictionary<string, int> seen, string key, int row, string label)
    {
        if (seen.TryAdd(key, row))
        {
            return true;
        }
        problems.Cell(Sheet, row, ExpenditureLabelColumn, $"支出项目“{TemplateText.Quote(label)}”出现了两次（第{seen[key]}行和这一行）。请删除多余的一行。");
        return false;
    }

    private (string Code, string Name)? ClassLine(int row, string label)
    {
        var coded = CodedLabel().Match(label.Trim());
        if (coded.Success)
        {
            var code = coded.Groups["code"].Value;
            if (code.Length != 3 || !FunctionCode.TryParse(code, out _))
            {
                problems.Cell(Sheet, row, ExpenditureLabelColumn,
                    $"“{TemplateText.Quote(label)}”：本表的支出只按“类”列示，编码应为3位（如“227 预备费”）。");
                return null;
            }
            if (catalog.FunctionName(code) is not { } catalogName)
            {
                problems.Cell(Sheet, row, ExpenditureLabelColumn, $"科目编码 {code} 不在{Year}年度支出功能分类科目中，请核对编码。");
                return null;
            }
            var written = coded.Groups["name"].Value.Trim();
            if (!NamesAgree(written, catalogName))
            {
                problems.Cell(Sheet, row, ExpenditureLabelColumn,
                    $"编码 {code} 在{Year}年度支出功能分类科目中是“{catalogName}”，与所填名称“{TemplateText.Quote(written)}”不一致。请核对编码或名称。");
                return null;
            }
            return (code, written.Length == 0 ? catalogName : written);
        }

        var name = Ordinal().Replace(label.Trim(), "");
        var key = TemplateText.Normalize(name);
        foreach (var (code, standardName) in SummaryTableLayout.StandardClasses)
        {
            if (key == TemplateText.Normalize(standardName) || key == TemplateText.Normalize(catalog.FunctionName(code)))
            {
                return (code, name);
            }
        }
        problems.Cell(Sheet, row, ExpenditureLabelColumn,
            $"“{TemplateText.Quote(label)}”不是本表的支出项目。请不要修改项目名称；要增加其他“类”，在项目栏写“编码 名称”，如“227 预备费”。");
        return null;
    }

    /// <summary>The 行次 columns hold printed line numbers only, so a figure typed there is not lost unnoticed.</summary>
    private void LineNumber(int row, int column)
    {
        var text = TemplateText.Normalize(cells.Text(row, column));
        if (text.Length > 0 && !text.All(char.IsAsciiDigit))
        {
            problems.Cell(Sheet, row, column, $"行次栏只填行号，不填金额或文字（现在是“{TemplateText.Quote(text)}”）。请把金额填在“金额”栏。");
        }
    }

    private void NoAmountWithoutLabel(int row, int firstColumn, int lastColumn)
    {
        for (var column = firstColumn; column <= lastColumn; column++)
        {
            if (!cells.IsEmpty(row, column))
            {
                problems.Cell(Sheet, row, column, "这一格所在的行没有项目名称，不能填写金额。请把金额填在对应项目的行里。");
            }
        }
    }

    [GeneratedRegex(@"^\s*空\s*表\s*说\s*明\s*[:：]?\s*")]
    private static partial Regex StatementInLabel();

    [GeneratedRegex(@"^(?<code>\d+)\s*[、.．:：\-－]?\s*(?<name>.*)$")]
    private static partial Regex CodedLabel();

    [GeneratedRegex(@"^[一二三四五六七八九十百零〇]+\s*[、.．]\s*")]
    private static partial Regex Ordinal();

    // ---- 公开06表 ----

    public BasicExpenditureContent BasicExpenditure()
    {
        var blocks = Enumerable.Range(0, 3).Select(_ => new List<EconomicRowContent>()).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? personnelTotal = null;
        string? publicTotal = null;
        var footerRow = 0;
        const int personnelAmountColumn = TemplateLayout.BlockColumns - 1;
        const int publicLabelColumn = TemplateLayout.BlockColumns;
        const int publicAmountColumn = 3 * TemplateLayout.BlockColumns - 1;
        foreach (var row in BodyRows())
        {
            if (footerRow != 0)
            {
                var column = Enumerable.Range(0, shape.ColumnCount).First(c => !cells.IsEmpty(row, c));
                problems.Cell(Sheet, row, column, "“人员经费合计”行之下不能再填写科目。请把新增的科目插入在合计行之上。");
                continue;
            }
            if (TemplateText.Normalize(cells.Text(row, 0)) == TemplateLayout.PersonnelTotalLabel)
            {
                footerRow = row;
                personnelTotal = Amount(row, personnelAmountColumn);
                publicTotal = Amount(row, publicAmountColumn);
                if (TemplateText.Normalize(cells.Text(row, publicLabelColumn)) != TemplateLayout.PublicTotalLabel)
                {
                    problems.Cell(Sheet, row, publicLabelColumn, $"这里应为“{TemplateLayout.PublicTotalLabel}”。请不要修改合计行。");
                }
                var footerCells = new[] { 0, personnelAmountColumn, publicLabelColumn, publicAmountColumn };
                foreach (var column in Enumerable.Range(0, shape.ColumnCount).Except(footerCells).Where(c => !cells.IsEmpty(row, c)))
                {
                    problems.Cell(Sheet, row, column,
                        $"合计行只在{CellAddress.ColumnName(personnelAmountColumn)}列填写人员经费合计、在{CellAddress.ColumnName(publicAmountColumn)}列填写公用经费合计。");
                }
                continue;
            }
            for (var block = 0; block < blocks.Length; block++)
            {
                if (EconomicRow(row, block, seen) is { } line)
                {
                    blocks[block].Add(line);
                }
            }
        }
        if (footerRow == 0)
        {
            problems.Sheet(Sheet, $"找不到“{TemplateLayout.PersonnelTotalLabel}”行。请不要删除表格最下面的合计行。");
        }
        return new BasicExpenditureContent([.. blocks.SelectMany(b => b)], personnelTotal, publicTotal, EmptyStatement);
    }

    private EconomicRowContent? EconomicRow(int row, int block, Dictionary<string, int> seen)
    {
        var first = block * TemplateLayout.BlockColumns;
        if (cells.RowIsEmpty(row, first, first + TemplateLayout.BlockColumns - 1))
        {
            return null;
        }
        var amount = Amount(row, first + 2);
        var text = TemplateText.Normalize(cells.Text(row, first));
        if (text.Length == 0)
        {
            problems.Cell(Sheet, row, first, "这一栏填了名称或金额，但没有经济分类科目编码。请填写编码，或删除这一栏的内容。");
            return null;
        }
        if (!EconomicCode.TryParse(text, out var code))
        {
            problems.Cell(Sheet, row, first, $"“{TemplateText.Quote(text)}”不是有效的经济分类科目编码（类3位、款5位数字，以3开头）。");
            return null;
        }
        if (catalog.EconomicName(code.Value) is not { } catalogName)
        {
            problems.Cell(Sheet, row, first, $"经济分类科目编码 {code} 不在{Year}年度部门预算支出经济分类科目中，请核对编码。");
            return null;
        }
        var group = BasicExpenditureRow.GroupOf(code) == BasicExpenditureGroup.Personnel ? TemplateLayout.PersonnelGroup : TemplateLayout.PublicGroup;
        var blockGroup = block == 0 ? TemplateLayout.PersonnelGroup : TemplateLayout.PublicGroup;
        if (group != blockGroup)
        {
            var columns = group == TemplateLayout.PersonnelGroup ? "A至C" : "D至I";
            problems.Cell(Sheet, row, first, $"{code} {catalogName}属于{group}，请填在{group}栏（{columns}列）。");
            return null;
        }
        if (!seen.TryAdd(code.Value, row))
        {
            problems.Cell(Sheet, row, first, $"经济分类科目编码 {code} 重复，第{seen[code.Value]}行已经填写过。请只保留一处。");
            return null;
        }
        return Name(row, first + 1, code.Value, catalogName, "部门预算支出经济分类科目") is { } name
            ? new EconomicRowContent(group, code.Value, name, amount)
            : null;
    }

    // ---- 公开09表 ----

    public ThreePublicCostsContent ThreePublicCosts()
    {
        IReadOnlyList<string?>? amounts = null;
        var dataRow = 0;
        foreach (var row in BodyRows())
        {
            if (amounts is not null)
            {
                var column = Enumerable.Range(0, shape.ColumnCount).First(c => !cells.IsEmpty(row, c));
                problems.Cell(Sheet, row, column, $"本表只有一行金额，已在第{dataRow}行填写。请删除这一行，或把金额合并到第{dataRow}行。");
                continue;
            }
            dataRow = row;
            amounts = Amounts(row, 0, shape.ColumnCount);
        }
        amounts ??= new string?[shape.ColumnCount];
        var half = shape.ColumnCount / 2;
        return new ThreePublicCostsContent(
            TemplateTables.ThreePublicColumns([.. amounts.Take(half)]),
            TemplateTables.ThreePublicColumns([.. amounts.Skip(half)]),
            EmptyStatement);
    }

    // ---- amounts ----

    /// <summary>A trillion 万元: far beyond any department, and well inside what an exact amount holds.</summary>
    private const decimal LargestAmount = 1_000_000_000_000m;

    private List<string?> Amounts(int row, int firstColumn, int count) =>
        [.. Enumerable.Range(firstColumn, count).Select(c => Amount(row, c))];

    /// <summary>
    /// An amount cell in 万元: a number, or text such as "1,234.50"; blank is no amount. The result is
    /// the exact amount written with thousands separators and at least two decimals.
    /// </summary>
    private string? Amount(int row, int column)
    {
        if (cells[row, column] is not { } content)
        {
            return null;
        }
        var shown = TemplateText.Quote(content.Value);
        Money money;
        switch (content.Kind)
        {
            case CellKind.Number when decimal.TryParse(content.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                                      && Math.Abs(value) < LargestAmount:
                // A spreadsheet keeps binary fractions: a typed 2171.2 may come back as 2171.1999999999998.
                var rounded = Math.Round(value, 6, MidpointRounding.AwayFromZero);
                if (Math.Abs(value - rounded) > Math.Max(Math.Abs(value) * 1e-12m, 1e-9m))
                {
                    problems.Cell(Sheet, row, column, $"金额 {shown} 超过六位小数（万元精确到分只需六位）。请核对，或改为两位小数。");
                    return null;
                }
                money = Money.FromWanYuan(rounded);
                shown = rounded.ToString("0.######", CultureInfo.InvariantCulture);
                break;
            case CellKind.Text when Money.TryParseWanYuan(content.Value, out var parsed) && Math.Abs(parsed.WanYuan) < LargestAmount:
                money = parsed;
                break;
            case CellKind.Text when TooPrecise(content.Value):
                problems.Cell(Sheet, row, column, $"金额“{shown}”超过六位小数（万元精确到分只需六位）。请核对，或改为两位小数。");
                return null;
            case CellKind.Error:
                problems.Cell(Sheet, row, column, $"公式出错（{shown}）。请改正公式，或直接填写金额。");
                return null;
            case CellKind.Uncalculated:
                problems.Cell(Sheet, row, column, "公式没有计算结果。请在 Excel 中打开文件、保存后再上传，或直接填写金额。");
                return null;
            default:
                problems.Cell(Sheet, row, column, $"“{shown}”不是金额，请填写数字（万元）；没有金额的留空。");
                return null;
        }
        if (money.IsNegative)
        {
            problems.Cell(Sheet, row, column, $"金额 {shown} 是负数。决算表中的金额不能为负数，请核对。");
            return null;
        }
        return Format(money);
    }

    /// <summary>A well-written amount but for its decimals, which go below the 分.</summary>
    private static bool TooPrecise(string cell)
    {
        var text = cell.Trim();
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point >= 0 && text.Length - point - 1 > 6
               && Money.TryParseWanYuan(text[..(point + 7)], out _) && text[(point + 7)..].All(char.IsAsciiDigit);
    }

    private static string Format(Money money) => money.WanYuan.ToString("#,##0.00####", CultureInfo.InvariantCulture);
}
