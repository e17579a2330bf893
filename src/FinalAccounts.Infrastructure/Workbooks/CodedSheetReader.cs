using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// Reads 公开02、03、05、07、08表, the tables keyed by 功能分类 code: a code in the 类 column (or split
/// over 类, 款 and 项), its name, its amounts, and one 合计 row without a code.
/// </summary>
internal sealed class CodedSheetReader(ImportedSheet sheet)
{
    private const int CodeNameColumn = TemplateLayout.CodeColumns;

    private SheetCells Cells => sheet.Cells;

    public TableContent<TRow> Read<TRow>(CodedTable<TRow> table)
    {
        var amountColumns = sheet.Shape.ColumnCount - CodeNameColumn - 1;
        var totals = new List<TRow>();
        var totalRow = 0;
        var rows = new List<TRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in sheet.BodyRows())
        {
            var name = Cells.Text(row, CodeNameColumn);
            var amounts = sheet.Amounts(row, CodeNameColumn + 1, amountColumns);
            if (Cells.RowIsEmpty(row, 0, TemplateLayout.CodeColumns - 1))
            {
                if (TemplateText.Normalize(name) != TemplateLayout.TotalRowName)
                {
                    sheet.Problem(row, 0, name.Length > 0
                        ? $"“{TemplateText.Quote(name)}”这一行没有科目编码。请填写支出功能分类科目编码；合计行的科目名称应为“合计”。"
                        : "这一行填了金额，但没有科目编码和科目名称。请填写科目编码，或删除这一行。");
                }
                else if (totalRow != 0)
                {
                    sheet.Problem(row, CodeNameColumn, $"表中有两行“合计”（第{totalRow}行和这一行）。请只保留一行合计。");
                }
                else
                {
                    totalRow = row;
                    totals.Add(table.Create(null, TemplateLayout.TotalRowName, amounts));
                }
                continue;
            }
            if (FunctionCodeAt(row) is not { } code)
            {
                continue;
            }
            if (!seen.TryAdd(code, row))
            {
                sheet.Problem(row, 0, $"科目编码 {code} 重复，第{seen[code]}行已经填写过。请把两行合并为一行。");
                continue;
            }
            if (sheet.RowName(row, CodeNameColumn, code, sheet.Catalog.FunctionName(code)!, "支出功能分类科目") is { } resolved)
            {
                rows.Add(table.Create(code, resolved, amounts));
            }
        }
        // A 合计 row with no amounts and nothing under it is the blank one every template prints, not a figure;
        // above coded rows it is the table's 合计 line, as the content keeps it.
        var total = rows.Count > 0 || totals.Any(t => table.Amounts(t).Any(a => a is not null)) ? totals : [];
        return new TableContent<TRow>([.. total, .. rows], sheet.EmptyStatement);
    }

    /// <summary>
    /// A row's 功能分类 code: whole in the 类 column, or split over 类, 款 and 项 (204 | 06 | 01) as
    /// 决算 software exports it; null, with the problem reported, when it is no code of the year.
    /// </summary>
    private string? FunctionCodeAt(int row)
    {
        var parts = Enumerable.Range(0, TemplateLayout.CodeColumns).Select(c => TemplateText.Normalize(Cells.Text(row, c))).ToArray();
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
            sheet.Problem(row, 0,
                $"科目编码“{string.Join(" ", parts.Where(p => p.Length > 0))}”无法识别。请在“类”列填写完整编码（如 2040601），或在“类”“款”“项”三列分别填写（如 204、06、01）。");
            return null;
        }
        if (!FunctionCode.TryParse(code, out _))
        {
            sheet.Problem(row, 0, $"“{TemplateText.Quote(code)}”不是有效的支出功能分类科目编码（类3位、款5位、项7位数字，以2开头）。");
            return null;
        }
        if (sheet.Catalog.FunctionName(code) is null)
        {
            sheet.Problem(row, 0, $"科目编码 {code} 不在{sheet.Year}年度支出功能分类科目中，请核对编码。");
            return null;
        }
        return code;

        static bool IsPart(string part) => part.Length is 1 or 2 && part.All(char.IsAsciiDigit);
    }
}
