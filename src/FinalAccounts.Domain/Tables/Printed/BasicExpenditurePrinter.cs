using FinalAccounts.Domain.Disclosures;

using FinalAccounts.Domain.Tables.Definitions;

using static FinalAccounts.Domain.Tables.Definitions.ColumnHeading;

namespace FinalAccounts.Domain.Tables.Printed;

/// <summary>
/// Prints 公开06表 as published: three side-by-side blocks of (经济分类科目编码, 科目名称, 决算数),
/// each filled down its own column rather than across the row — 人员经费 (301 and its 款, then 303
/// and its 款) on the left; under 公用经费, 302 and its 款 in the middle and 310 and its 款 on the
/// right — and a footer with 人员经费合计 and 公用经费合计 as stored, not recomputed.
/// </summary>
/// <remarks>
/// The seed prints no 栏次 row under this table's headings, so none is added. A 公用经费 类 other
/// than 302 (rare in 基本支出) joins 310 in the right block, in code order.
/// </remarks>
internal static class BasicExpenditurePrinter
{
    private const string GoodsAndServices = "302";
    private const int BlockColumns = 3;
    private const double CodeWidth = 1.1;
    private const double NameWidth = 3.0;
    private const double AmountWidth = 1.4;

    public static TableGrid Print(DisclosureVersion version)
    {
        var blocks = Blocks(version.BasicExpenditureRows);
        var lineCount = blocks.Max(b => b.Count);
        var body = Enumerable.Range(0, lineCount)
            .Select(i => (IReadOnlyList<PrintedCell>)[.. blocks.SelectMany(block => Cells(block, i))])
            .Append(Footer(version.BasicExpenditureTotals));
        return new TableGrid(
            [.. Enumerable.Range(0, blocks.Length).SelectMany(_ => new[] { CodeWidth, NameWidth, AmountWidth })],
            PrintedHeader.Rows(Group(BasicExpenditureGroup.Personnel.Name(), BlockHeadings()),
                Group(BasicExpenditureGroup.Public.Name(), [.. BlockHeadings(), .. BlockHeadings()])),
            [.. body],
            TableDefinitions.BasicExpenditure.Notes);
    }

    private static IReadOnlyList<BasicExpenditureRow>[] Blocks(IEnumerable<BasicExpenditureRow> rows)
    {
        var ordered = rows.OrderBy(r => r.Code.Value, StringComparer.Ordinal).ToList();
        var publicRows = ordered.Where(r => r.Group == BasicExpenditureGroup.Public).ToList();
        return
        [
            [.. ordered.Where(r => r.Group == BasicExpenditureGroup.Personnel)],
            [.. publicRows.Where(IsGoodsAndServices)],
            [.. publicRows.Where(r => !IsGoodsAndServices(r))],
        ];
    }

    private static bool IsGoodsAndServices(BasicExpenditureRow row) =>
        row.Code.Value.StartsWith(GoodsAndServices, StringComparison.Ordinal);

    private static ColumnHeading[] BlockHeadings() =>
        [Leaf(TableDefinitions.BasicExpenditure.CodeHeading!), Leaf(TableDefinitions.NameHeading), .. TableDefinitions.BasicExpenditure.Headings];

    private static IEnumerable<PrintedCell> Cells(IReadOnlyList<BasicExpenditureRow> block, int index) =>
        index < block.Count
            ? [PrintedCell.Label(block[index].Code.Value), PrintedCell.Label(block[index].Name), PrintedCell.Money(block[index].Amount)]
            : Enumerable.Repeat(PrintedCell.Blank, BlockColumns);

    // The seed puts 人员经费合计 over the first block's code and name, and 公用经费合计 over everything
    // between it and the last 决算数 column.
    private static IReadOnlyList<PrintedCell> Footer(BasicExpenditureTotals totals) =>
    [
        PrintedCell.Label(BasicExpenditureGroup.Personnel.TotalName(), BlockColumns - 1), PrintedCell.Money(totals.PersonnelTotal),
        PrintedCell.Label(BasicExpenditureGroup.Public.TotalName(), 2 * BlockColumns - 1), PrintedCell.Money(totals.PublicTotal),
    ];
}
