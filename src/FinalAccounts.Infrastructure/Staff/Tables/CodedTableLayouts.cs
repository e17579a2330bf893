using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;
using FinalAccounts.Infrastructure.Content;

using static FinalAccounts.Domain.Tables.Definitions.ColumnHeading;

namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>A row of a table keyed by 功能分类 code, whatever its columns; a null code is the 合计 row.</summary>
internal sealed record CodedRow(string? Code, string Name, IReadOnlyList<string?> Values);

/// <summary>
/// The five tables keyed by 功能分类 code (公开02, 03, 05, 07, 08表): the 合计 row, then the 类, 款
/// and 项 rows in code order; each row's total columns sum its other columns, and each row with
/// rows below it in the table sums them, column by column, as the validator checks. Columns,
/// headings and row identities come from the table's definition.
/// </summary>
internal sealed class CodedTableLayout(
    TableDefinition definition,
    Func<TablesContent, (IReadOnlyList<CodedRow> Rows, string? EmptyStatement)> read,
    Func<TablesContent, IReadOnlyList<CodedRow>, string?, TablesContent> write) : ITableLayout
{
    private const string TotalKey = "total";

    private IReadOnlyList<TableColumn> Columns => definition.Columns;

    public FormCodeKind Codes => FormCodeKind.Function;

    public IReadOnlyList<string> CodesOf(TablesContent tables) =>
        [.. read(tables).Rows.Where(r => r.Code is not null).Select(r => r.Code!)];

    public IReadOnlyDictionary<string, string> NamesOf(TablesContent tables) =>
        read(tables).Rows.Where(r => r.Code is not null).DistinctBy(r => r.Code).ToDictionary(r => r.Code!, r => r.Name);

    public IReadOnlyDictionary<string, string?> CellsOf(TablesContent tables)
    {
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in read(tables).Rows)
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                cells[FormSource.CellKey(row.Code ?? TotalKey, Columns[i].Key)] = row.Values[i];
            }
        }
        return cells;
    }

    public string? EmptyStatementOf(TablesContent tables) => read(tables).EmptyStatement;

    public bool IsFixed(string code) => false;

    public TableForm Build(FormSource source)
    {
        var total = Row(source, TotalKey, null, "合计", "合计", FormRowKind.Total);
        var coded = source.Codes.Order(StringComparer.Ordinal)
            .Select(code =>
            {
                var name = source.Name(code) ?? "（目录中无此科目）";
                return Row(source, code, code, $"{code} {name}", name, KindOf(code)) with { Removable = true };
            })
            .ToList();
        List<FormRow> rows = [total, .. coded];

        var printed = Columns.Count(c => c.Printed);
        var header = FormHeadings.Rows(
        [
            Group("项目", Leaf(definition.CodeHeading!), Leaf(TableDefinitions.NameHeading)),
            .. definition.Headings,
            .. Columns.Where(c => !c.Printed).Select(c => Leaf(c.Name + "（说明用）")),
            Leaf("删除"),
        ]);
        header.Add([new HeaderCell("栏次", 2), .. FormHeadings.ColumnNumbers(1, printed), .. FormHeadings.Blanks(Columns.Count - printed + 1)]);

        return new TableForm(definition.Table, header, [new FormSlot(true, true, false, Columns)],
            [.. rows.Select(r => new FormLine([r]))], Checks(rows), source.EmptyStatement, Codes, HasRemoveColumn: true);
    }

    public TablesContent Write(TablesContent tables, TableForm form, FormAmounts amounts)
    {
        var rows = form.Rows.Select(r => new CodedRow(r.Code, r.Name, [.. r.Cells.Select(amounts.Text)])).ToList();
        // The 合计 row is kept once the table has rows or figures, and never dropped once stored.
        var total = rows[0];
        var keepTotal = rows.Count > 1 || total.Values.Any(v => v is not null) || read(tables).Rows.Any(r => r.Code is null);
        return write(tables, keepTotal ? rows : rows.Skip(1).ToList(), Blank(form.EmptyStatement));
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private FormRow Row(FormSource source, string key, string? code, string label, string name, FormRowKind kind) =>
        new(key, label, name, kind, [.. Columns.Select(c => new FormCell(FormSource.CellKey(key, c.Key), c, source.Text(key, c.Key)))])
        {
            Code = code,
        };

    private static FormRowKind KindOf(string code) => code.Length switch
    {
        3 => FormRowKind.Class,
        5 => FormRowKind.Section,
        _ => FormRowKind.Item,
    };

    private List<SumCheck> Checks(List<FormRow> rows)
    {
        var checks = new List<SumCheck>();
        foreach (var row in rows)
        {
            foreach (var sum in definition.RowSums)
            {
                checks.Add(new SumCheck(row.Cell(sum.Target.Key).Key,
                    [.. sum.Added.Select(c => new SumPart(row.Cell(c.Key).Key)), .. sum.Subtracted.Select(c => new SumPart(row.Cell(c.Key).Key, true))],
                    sum.Description));
            }
            var children = rows.Where(r => IsChild(r, row)).ToList();
            if (children.Count == 0)
            {
                continue;
            }
            var description = row.Kind switch
            {
                FormRowKind.Total => "各类之和",
                FormRowKind.Class => "各款之和",
                _ => "各项之和",
            };
            for (var i = 0; i < Columns.Count; i++)
            {
                if (Columns[i].Printed)
                {
                    checks.Add(new SumCheck(row.Cells[i].Key, [.. children.Select(c => new SumPart(c.Cells[i].Key))], description));
                }
            }
        }
        return checks;
    }

    private static bool IsChild(FormRow row, FormRow parent) =>
        row.Code is { } code && (parent.Code is { } parentCode
            ? code.Length == parentCode.Length + 2 && code.StartsWith(parentCode, StringComparison.Ordinal)
            : code.Length == 3);
}

/// <summary>The five coded tables: their definitions, and how each reads and writes its rows in the content.</summary>
internal static class CodedTableLayouts
{
    private static readonly CodedTableLayout Income = new(
        TableDefinitions.Income,
        t => (t.T02 is { } s ? [.. s.Rows.Select(r => new CodedRow(r.Code, r.Name,
                [r.Total, r.FiscalAppropriation, r.SuperiorSubsidy, r.BusinessIncome, r.OperatingIncome, r.AffiliatedRemittance, r.OtherIncome]))] : [],
            t.T02?.EmptyStatement),
        (t, rows, statement) => t with
        {
            T02 = new([.. rows.Select(r => new IncomeRowContent(r.Code, r.Name, r.Values[0], r.Values[1], r.Values[2], r.Values[3],
                r.Values[4], r.Values[5], r.Values[6]))], statement),
        });

    private static readonly CodedTableLayout Expenditure = new(
        TableDefinitions.Expenditure,
        t => (t.T03 is { } s ? [.. s.Rows.Select(r => new CodedRow(r.Code, r.Name,
                [r.Total, r.Basic, r.Project, r.RemittedToSuperior, r.Operating, r.SubsidyToAffiliates]))] : [],
            t.T03?.EmptyStatement),
        (t, rows, statement) => t with
        {
            T03 = new([.. rows.Select(r => new ExpenditureRowContent(r.Code, r.Name, r.Values[0], r.Values[1], r.Values[2], r.Values[3],
                r.Values[4], r.Values[5]))], statement),
        });

    private static readonly CodedTableLayout GeneralBudget = new(
        TableDefinitions.GeneralBudget,
        t => (t.T05 is { } s ? [.. s.Rows.Select(r => new CodedRow(r.Code, r.Name, [r.Subtotal, r.Basic, r.Project, r.InitialBudget]))] : [],
            t.T05?.EmptyStatement),
        (t, rows, statement) => t with
        {
            T05 = new([.. rows.Select(r => new GeneralBudgetRowContent(r.Code, r.Name, r.Values[0], r.Values[1], r.Values[2], r.Values[3]))],
                statement),
        });

    private static readonly CodedTableLayout GovernmentFund = new(
        TableDefinitions.GovernmentFund,
        t => (t.T07 is { } s ? [.. s.Rows.Select(r => new CodedRow(r.Code, r.Name,
                [r.OpeningBalance, r.Income, r.ExpenditureSubtotal, r.ExpenditureBasic, r.ExpenditureProject, r.ClosingBalance]))] : [],
            t.T07?.EmptyStatement),
        (t, rows, statement) => t with
        {
            T07 = new([.. rows.Select(r => new GovernmentFundRowContent(r.Code, r.Name, r.Values[0], r.Values[1], r.Values[2], r.Values[3],
                r.Values[4], r.Values[5]))], statement),
        });

    private static readonly CodedTableLayout StateCapital = new(
        TableDefinitions.StateCapital,
        t => (t.T08 is { } s ? [.. s.Rows.Select(r => new CodedRow(r.Code, r.Name, [r.Total, r.Basic, r.Project]))] : [],
            t.T08?.EmptyStatement),
        (t, rows, statement) => t with
        {
            T08 = new([.. rows.Select(r => new StateCapitalRowContent(r.Code, r.Name, r.Values[0], r.Values[1], r.Values[2]))], statement),
        });

    public static CodedTableLayout Of(PublishedTable table) => table switch
    {
        PublishedTable.Income => Income,
        PublishedTable.Expenditure => Expenditure,
        PublishedTable.GeneralBudgetExpenditure => GeneralBudget,
        PublishedTable.GovernmentFund => GovernmentFund,
        PublishedTable.StateCapital => StateCapital,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "不是按功能分类科目列示的表。"),
    };
}
