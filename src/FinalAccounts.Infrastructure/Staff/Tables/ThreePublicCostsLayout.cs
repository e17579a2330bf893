using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;
using FinalAccounts.Infrastructure.Content;

using static FinalAccounts.Domain.Tables.Definitions.ColumnHeading;

namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>
/// 公开09表 as its definition prints it: the sides (预算数, 决算数) on one line, each with every column
/// under the definition's heading tree, and the definition's row identities on each side.
/// </summary>
internal sealed class ThreePublicCostsLayout : ITableLayout
{
    private static readonly TableDefinition Definition = TableDefinitions.ThreePublicCosts;

    public static ThreePublicCostsLayout Instance { get; } = new();

    public FormCodeKind Codes => FormCodeKind.None;

    public IReadOnlyList<string> CodesOf(TablesContent tables) => [];

    public IReadOnlyDictionary<string, string> NamesOf(TablesContent tables) => new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string?> CellsOf(TablesContent tables)
    {
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (side, amounts) in Definition.Sides.Zip([tables.T09?.Budget, tables.T09?.Actual]))
        {
            var values = Values(amounts);
            for (var i = 0; i < Definition.Columns.Count; i++)
            {
                cells[FormSource.CellKey(side.Key, Definition.Columns[i].Key)] = values[i];
            }
        }
        return cells;
    }

    public string? EmptyStatementOf(TablesContent tables) => tables.T09?.EmptyStatement;

    public bool IsFixed(string code) => false;

    public TableForm Build(FormSource source)
    {
        var sides = Definition.Sides.Select(side => Side(source, side)).ToList();
        List<IReadOnlyList<HeaderCell>> header = [.. FormHeadings.Rows([.. Definition.Sides.Select(side => Group(side.Name, [.. Definition.Headings]))])];
        header.Add([.. FormHeadings.ColumnNumbers(1, Definition.Sides.Count * Definition.Columns.Count)]);
        var checks = sides.SelectMany(side => Definition.RowSums.Select(sum => new SumCheck(
            side.Cell(sum.Target.Key).Key, [.. sum.Added.Select(c => new SumPart(side.Cell(c.Key).Key))], sum.Description)));
        var slot = new FormSlot(false, false, false, Definition.Columns);
        return new TableForm(PublishedTable.ThreePublicCosts, header, [.. sides.Select(_ => slot)], [new FormLine([.. sides])],
            [.. checks], source.EmptyStatement, Codes, HasRemoveColumn: false);
    }

    public TablesContent Write(TablesContent tables, TableForm form, FormAmounts amounts)
    {
        ThreePublicColumnsContent Side(TableColumn side)
        {
            var v = form.Rows.Single(r => r.Key == side.Key).Cells.Select(amounts.Text).ToList();
            return new ThreePublicColumnsContent(v[0], v[1], v[2], v[3], v[4], v[5]);
        }
        return tables with
        {
            T09 = new ThreePublicCostsContent(Side(Definition.Sides[0]), Side(Definition.Sides[1]), CodedTableLayout.Blank(form.EmptyStatement)),
        };
    }

    // In the order of the definition's columns, which is the order of ThreePublicColumnsContent's parameters.
    private static string?[] Values(ThreePublicColumnsContent? amounts) =>
        [amounts?.Total, amounts?.Abroad, amounts?.VehicleSubtotal, amounts?.VehiclePurchase, amounts?.VehicleOperation, amounts?.Reception];

    private static FormRow Side(FormSource source, TableColumn side) =>
        new(side.Key, side.Name, side.Name, FormRowKind.Line,
            [.. Definition.Columns.Select(c => new FormCell(FormSource.CellKey(side.Key, c.Key), c, source.Text(side.Key, c.Key)))]);
}
