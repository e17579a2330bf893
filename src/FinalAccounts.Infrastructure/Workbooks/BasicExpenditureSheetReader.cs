using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// Reads 公开06表: three blocks of 经济分类 code, name and amount side by side (人员经费 in the first,
/// 公用经费 in the other two), and the 人员经费合计 / 公用经费合计 row at the bottom.
/// </summary>
internal sealed class BasicExpenditureSheetReader(ImportedSheet sheet)
{
    private SheetCells Cells => sheet.Cells;

    public BasicExpenditureContent Read()
    {
        var blocks = Enumerable.Range(0, 3).Select(_ => new List<EconomicRowContent>()).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? personnelTotal = null;
        string? publicTotal = null;
        var footerRow = 0;
        const int personnelAmountColumn = TemplateLayout.BlockColumns - 1;
        const int publicLabelColumn = TemplateLayout.BlockColumns;
        const int publicAmountColumn = 3 * TemplateLayout.BlockColumns - 1;
        foreach (var row in sheet.BodyRows())
        {
            if (footerRow != 0)
            {
                sheet.Problem(row, sheet.FirstFilledColumn(row), "“人员经费合计”行之下不能再填写科目。请把新增的科目插入在合计行之上。");
                continue;
            }
            if (TemplateText.Normalize(Cells.Text(row, 0)) == TemplateLayout.PersonnelTotalLabel)
            {
                footerRow = row;
                personnelTotal = sheet.Amount(row, personnelAmountColumn);
                publicTotal = sheet.Amount(row, publicAmountColumn);
                if (TemplateText.Normalize(Cells.Text(row, publicLabelColumn)) != TemplateLayout.PublicTotalLabel)
                {
                    sheet.Problem(row, publicLabelColumn, $"这里应为“{TemplateLayout.PublicTotalLabel}”。请不要修改合计行。");
                }
                var footerCells = new[] { 0, personnelAmountColumn, publicLabelColumn, publicAmountColumn };
                foreach (var column in Enumerable.Range(0, sheet.Shape.ColumnCount).Except(footerCells).Where(c => !Cells.IsEmpty(row, c)))
                {
                    sheet.Problem(row, column,
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
            sheet.SheetProblem($"找不到“{TemplateLayout.PersonnelTotalLabel}”行。请不要删除表格最下面的合计行。");
        }
        return new BasicExpenditureContent([.. blocks.SelectMany(b => b)], personnelTotal, publicTotal, sheet.EmptyStatement);
    }

    private EconomicRowContent? EconomicRow(int row, int block, Dictionary<string, int> seen)
    {
        var first = block * TemplateLayout.BlockColumns;
        if (Cells.RowIsEmpty(row, first, first + TemplateLayout.BlockColumns - 1))
        {
            return null;
        }
        var amount = sheet.Amount(row, first + 2);
        var text = TemplateText.Normalize(Cells.Text(row, first));
        if (text.Length == 0)
        {
            sheet.Problem(row, first, "这一栏填了名称或金额，但没有经济分类科目编码。请填写编码，或删除这一栏的内容。");
            return null;
        }
        if (!EconomicCode.TryParse(text, out var code))
        {
            sheet.Problem(row, first, $"“{TemplateText.Quote(text)}”不是有效的经济分类科目编码（类3位、款5位数字，以3开头）。");
            return null;
        }
        if (sheet.Catalog.EconomicName(code.Value) is not { } catalogName)
        {
            sheet.Problem(row, first, $"经济分类科目编码 {code} 不在{sheet.Year}年度部门预算支出经济分类科目中，请核对编码。");
            return null;
        }
        var group = BasicExpenditureRow.GroupOf(code) == BasicExpenditureGroup.Personnel ? TemplateLayout.PersonnelGroup : TemplateLayout.PublicGroup;
        var blockGroup = block == 0 ? TemplateLayout.PersonnelGroup : TemplateLayout.PublicGroup;
        if (group != blockGroup)
        {
            var columns = group == TemplateLayout.PersonnelGroup ? "A至C" : "D至I";
            sheet.Problem(row, first, $"{code} {catalogName}属于{group}，请填在{group}栏（{columns}列）。");
            return null;
        }
        if (!seen.TryAdd(code.Value, row))
        {
            sheet.Problem(row, first, $"经济分类科目编码 {code} 重复，第{seen[code.Value]}行已经填写过。请只保留一处。");
            return null;
        }
        return sheet.RowName(row, first + 1, code.Value, catalogName, "部门预算支出经济分类科目") is { } name
            ? new EconomicRowContent(group, code.Value, name, amount)
            : null;
    }
}
