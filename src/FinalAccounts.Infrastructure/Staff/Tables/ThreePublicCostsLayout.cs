using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Content;

using static FinalAccounts.Infrastructure.Staff.Tables.FormHeading;

namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>
/// 公开09表 财政拨款“三公”经费支出决算表 as published: 预算数 and 决算数 side by side on one line, each
/// with 合计, 因公出国（境）费, 公务用车购置及运行维护费 (小计, 购置费, 运行维护费) and 公务接待费.
/// </summary>
internal sealed class ThreePublicCostsLayout : ITableLayout
{
    private const string Budget = "budget";
    private const string Actual = "actual";

    // Headings as the validator names the columns.
    private static readonly FormColumn[] Columns =
    [
        new("total", "合计"), new("abroad", "因公出国（境）费"), new("vehicleSubtotal", "公务用车购置及运行维护费 小计"),
        new("vehiclePurchase", "公务用车购置费"), new("vehicleOperation", "公务用车运行维护费"), new("reception", "公务接待费"),
    ];

    public static ThreePublicCostsLayout Instance { get; } = new();

    public FormCodeKind Codes => FormCodeKind.None;

    public IReadOnlyList<string> CodesOf(TablesContent tables) => [];

    public IReadOnlyDictionary<string, string> NamesOf(TablesContent tables) => new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string?> CellsOf(TablesContent tables)
    {
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (side, amounts) in new[] { (Budget, tables.T09?.Budget), (Actual, tables.T09?.Actual) })
        {
            string?[] values = [amounts?.Total, amounts?.Abroad, amounts?.VehicleSubtotal, amounts?.VehiclePurchase, amounts?.VehicleOperation,
                amounts?.Reception];
            for (var i = 0; i < Columns.Length; i++)
            {
                cells[FormSource.CellKey(side, Columns[i].Key)] = values[i];
            }
        }
        return cells;
    }

    public string? EmptyStatementOf(TablesContent tables) => tables.T09?.EmptyStatement;

    public bool IsFixed(string code) => false;

    public TableForm Build(FormSource source)
    {
        var budget = Side(source, Budget, "预算数");
        var actual = Side(source, Actual, "决算数");
        List<IReadOnlyList<HeaderCell>> header = [.. FormHeadings.Rows(Heading("预算数"), Heading("决算数"))];
        header.Add([.. FormHeadings.ColumnNumbers(1, 2 * Columns.Length)]);
        var checks = new[] { budget, actual }.SelectMany(side => new[]
        {
            new SumCheck(side.Cells[0].Key, [new(side.Cells[1].Key), new(side.Cells[2].Key), new(side.Cells[5].Key)], "三项之和"),
            new SumCheck(side.Cells[2].Key, [new(side.Cells[3].Key), new(side.Cells[4].Key)], "购置费与运行维护费之和"),
        });
        var slot = new FormSlot(false, false, false, Columns);
        return new TableForm(PublishedTable.ThreePublicCosts, header, [slot, slot], [new FormLine([budget, actual])],
            [.. checks], source.EmptyStatement, Codes, HasRemoveColumn: false);
    }

    public TablesContent Write(TablesContent tables, TableForm form, FormAmounts amounts)
    {
        ThreePublicColumnsContent Side(string key)
        {
            var row = form.Rows.Single(r => r.Key == key);
            var v = row.Cells.Select(amounts.Text).ToList();
            return new ThreePublicColumnsContent(v[0], v[1], v[2], v[3], v[4], v[5]);
        }
        return tables with { T09 = new ThreePublicCostsContent(Side(Budget), Side(Actual), CodedTableLayout.Blank(form.EmptyStatement)) };
    }

    private static FormRow Side(FormSource source, string key, string label) =>
        new(key, label, label, FormRowKind.Line,
            [.. Columns.Select(c => new FormCell(FormSource.CellKey(key, c.Key), c, source.Text(key, c.Key)))]);

    private static FormHeading Heading(string side) => Group(side,
        Leaf("合计"),
        Leaf("因公出国（境）费"),
        Group("公务用车购置及运行维护费", Leaf("小计"), Leaf("公务用车购置费"), Leaf("公务用车运行维护费")),
        Leaf("公务接待费"));
}
