using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>Reads 公开09表: one row of amounts, 预算数 in the left half and 决算数 in the right.</summary>
internal sealed class ThreePublicSheetReader(ImportedSheet sheet)
{
    public ThreePublicCostsContent Read()
    {
        var columnCount = sheet.Shape.ColumnCount;
        IReadOnlyList<string?>? amounts = null;
        var dataRow = 0;
        foreach (var row in sheet.BodyRows())
        {
            if (amounts is not null)
            {
                sheet.Problem(row, sheet.FirstFilledColumn(row), $"本表只有一行金额，已在第{dataRow}行填写。请删除这一行，或把金额合并到第{dataRow}行。");
                continue;
            }
            dataRow = row;
            amounts = sheet.Amounts(row, 0, columnCount);
        }
        amounts ??= new string?[columnCount];
        var half = columnCount / 2;
        return new ThreePublicCostsContent(
            TemplateTables.ThreePublicColumns([.. amounts.Take(half)]),
            TemplateTables.ThreePublicColumns([.. amounts.Skip(half)]),
            sheet.EmptyStatement);
    }
}
