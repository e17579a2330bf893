using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;
using FinalAccounts.Infrastructure.Content;

using static FinalAccounts.Domain.Tables.Definitions.ColumnHeading;

namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>
/// 公开06表 一般公共预算财政拨款基本支出决算明细表, edited as its two groups one under the other —
/// 人员经费 (301, 303 and their 款), then 公用经费 (302, 310 …) — each in code order and closed by its
/// 合计 line, rather than in the three side-by-side blocks the publication fills down its columns,
/// so that every row is one line with its own address. A 类 sums its 款; a group's 合计 sums its 类
/// (a 类 without its own line counts by its 款), as the validator reads the table.
/// </summary>
internal sealed class BasicExpenditureLayout : ITableLayout
{
    private static readonly TableDefinition Definition = TableDefinitions.BasicExpenditure;
    private static readonly string Amount = Definition.Columns[0].Key;
    private const string PersonnelTotal = "personnelTotal";
    private const string PublicTotal = "publicTotal";
    private static readonly IReadOnlyList<TableColumn> Columns = Definition.Columns;

    public static BasicExpenditureLayout Instance { get; } = new();

    public FormCodeKind Codes => FormCodeKind.Economic;

    public IReadOnlyList<string> CodesOf(TablesContent tables) => [.. (tables.T06?.Rows ?? []).Select(r => r.Code)];

    public IReadOnlyDictionary<string, string> NamesOf(TablesContent tables) =>
        (tables.T06?.Rows ?? []).DistinctBy(r => r.Code).ToDictionary(r => r.Code, r => r.Name);

    public IReadOnlyDictionary<string, string?> CellsOf(TablesContent tables)
    {
        var cells = (tables.T06?.Rows ?? []).DistinctBy(r => r.Code)
            .ToDictionary(r => FormSource.CellKey(r.Code, Amount), r => r.Amount, StringComparer.Ordinal);
        cells[FormSource.CellKey(PersonnelTotal, Amount)] = tables.T06?.PersonnelTotal;
        cells[FormSource.CellKey(PublicTotal, Amount)] = tables.T06?.PublicTotal;
        return cells;
    }

    public string? EmptyStatementOf(TablesContent tables) => tables.T06?.EmptyStatement;

    public bool IsFixed(string code) => false;

    public TableForm Build(FormSource source)
    {
        var lines = new List<FormLine>();
        var checks = new List<SumCheck>();
        foreach (var (group, heading, totalKey) in new[]
                 {
                     (BasicExpenditureGroup.Personnel, BasicExpenditureGroup.Personnel.Name(), PersonnelTotal),
                     (BasicExpenditureGroup.Public, BasicExpenditureGroup.Public.Name(), PublicTotal),
                 })
        {
            var rows = source.Codes.Where(c => GroupOf(c) == group).Order(StringComparer.Ordinal)
                .Select(code =>
                {
                    var name = source.Name(code) ?? "（目录中无此科目）";
                    return new FormRow(code, $"{code} {name}", name, code.Length == 3 ? FormRowKind.Class : FormRowKind.Item,
                        Cells(source, code)) { Code = code, Removable = true };
                })
                .ToList();
            var total = new FormRow(totalKey, heading + "合计", heading + "合计", FormRowKind.Total, Cells(source, totalKey));
            lines.Add(new FormLine([null], heading));
            lines.AddRange(rows.Select(r => new FormLine([r])));
            lines.Add(new FormLine([total]));

            var classParts = new List<SumPart>();
            foreach (var classCode in rows.Select(r => r.Code![..3]).Distinct(StringComparer.Ordinal))
            {
                var items = rows.Where(r => r.Code!.Length == 5 && r.Code.StartsWith(classCode, StringComparison.Ordinal))
                    .Select(r => new SumPart(r.Cells[0].Key)).ToList();
                if (rows.FirstOrDefault(r => r.Code == classCode) is { } classRow)
                {
                    classParts.Add(new SumPart(classRow.Cells[0].Key));
                    if (items.Count > 0)
                    {
                        checks.Add(new SumCheck(classRow.Cells[0].Key, items, "各款之和"));
                    }
                }
                else
                {
                    classParts.AddRange(items);
                }
            }
            checks.Add(new SumCheck(total.Cells[0].Key, classParts, "各类之和"));
        }

        return new TableForm(PublishedTable.BasicExpenditureDetail,
            FormHeadings.Rows([Leaf(Definition.CodeHeading!), Leaf(TableDefinitions.NameHeading), .. Definition.Headings, Leaf("删除")]),
            [new FormSlot(true, true, false, Columns)], lines, checks, source.EmptyStatement, Codes, HasRemoveColumn: true);
    }

    public TablesContent Write(TablesContent tables, TableForm form, FormAmounts amounts)
    {
        var rows = form.Rows.Where(r => r.Code is not null)
            .OrderBy(r => GroupOf(r.Code!)).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new EconomicRowContent(GroupOf(r.Code!).Name(),
                r.Code!, r.Name, amounts.Text(r.Cells[0])))
            .ToList();
        var totals = form.Rows.Where(r => r.Kind == FormRowKind.Total).ToDictionary(r => r.Key, r => amounts.Text(r.Cells[0]));
        return tables with
        {
            T06 = new BasicExpenditureContent(rows, totals[PersonnelTotal], totals[PublicTotal], CodedTableLayout.Blank(form.EmptyStatement)),
        };
    }

    private static BasicExpenditureGroup GroupOf(string code) =>
        EconomicCode.TryParse(code, out var parsed) ? BasicExpenditureRow.GroupOf(parsed) : BasicExpenditureGroup.Public;

    private static FormCell[] Cells(FormSource source, string row) =>
        [.. Columns.Select(c => new FormCell(FormSource.CellKey(row, c.Key), c, source.Text(row, c.Key)))];
}
