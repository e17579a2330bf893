using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Content;

using static FinalAccounts.Infrastructure.Staff.Tables.FormHeading;

namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>A row of a table keyed by 功能分类 code, whatever its columns; a null code is the 合计 row.</summary>
internal sealed record CodedRow(string? Code, string Name, IReadOnlyList<string?> Values);

/// <summary>A total column that equals the sum of other columns of the same row (小计 = 基本支出 + 项目支出).</summary>
internal sealed record RowIdentity(int Target, int[] Added, int[] Subtracted, string Description);

/// <summary>
/// The five tables keyed by 功能分类 code (公开02, 03, 05, 07, 08表): the 合计 row, then the 类, 款
/// and 项 rows in code order; each row's total columns sum its other columns, and each row with
/// rows below it in the table sums them, column by column, as the validator checks.
/// </summary>
internal sealed class CodedTableLayout(
    PublishedTable table,
    string codeHeading,
    FormHeading[] amountHeadings,
    IReadOnlyList<FormColumn> columns,
    IReadOnlyList<RowIdentity> identities,
    Func<TablesContent, (IReadOnlyList<CodedRow> Rows, string? EmptyStatement)> read,
    Func<TablesContent, IReadOnlyList<CodedRow>, string?, TablesContent> write) : ITableLayout
{
    private const string TotalKey = "total";

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
            for (var i = 0; i < columns.Count; i++)
            {
                cells[FormSource.CellKey(row.Code ?? TotalKey, columns[i].Key)] = row.Values[i];
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

        var printed = columns.Count(c => c.Printed);
        var header = FormHeadings.Rows(
        [
            Group("项目", Leaf(codeHeading), Leaf("科目名称")),
            .. amountHeadings,
            .. columns.Where(c => !c.Printed).Select(c => Leaf(c.Heading + "（说明用）")),
            Leaf("删除"),
        ]);
        header.Add([new HeaderCell("栏次", 2), .. FormHeadings.ColumnNumbers(1, printed), .. FormHeadings.Blanks(columns.Count - printed + 1)]);

        return new TableForm(table, header, [new FormSlot(true, true, false, columns)],
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
        new(key, label, name, kind, [.. columns.Select(c => new FormCell(FormSource.CellKey(key, c.Key), c, source.Text(key, c.Key)))])
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
            foreach (var identity in identities)
            {
                checks.Add(new SumCheck(row.Cells[identity.Target].Key,
                    [.. identity.Added.Select(i => new SumPart(row.Cells[i].Key)), .. identity.Subtracted.Select(i => new SumPart(row.Cells[i].Key, true))],
                    identity.Description));
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
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i].Printed)
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

/// <summary>The five coded tables: their columns (keyed as the content names them), headings as printed and row identities.</summary>
internal static class CodedTableLayouts
{
    private const string AcrossDescription = "各栏之和";

    private static readonly CodedTableLayout Income = new(
        PublishedTable.Income, "功能分类科目", Leaves(IncomeRow.Columns),
        Columns(IncomeRow.Columns, "total", "fiscalAppropriation", "superiorSubsidy", "businessIncome", "operatingIncome",
            "affiliatedRemittance", "otherIncome"),
        [new RowIdentity(0, [1, 2, 3, 4, 5, 6], [], AcrossDescription)],
        t => (t.T02 is { } s ? [.. s.Rows.Select(r => new CodedRow(r.Code, r.Name,
                [r.Total, r.FiscalAppropriation, r.SuperiorSubsidy, r.BusinessIncome, r.OperatingIncome, r.AffiliatedRemittance, r.OtherIncome]))] : [],
            t.T02?.EmptyStatement),
        (t, rows, statement) => t with
        {
            T02 = new([.. rows.Select(r => new IncomeRowContent(r.Code, r.Name, r.Values[0], r.Values[1], r.Values[2], r.Values[3],
                r.Values[4], r.Values[5], r.Values[6]))], statement),
        });

    private static readonly CodedTableLayout Expenditure = new(
        PublishedTable.Expenditure, "功能分类科目", Leaves(ExpenditureRow.Columns),
        Columns(ExpenditureRow.Columns, "total", "basic", "project", "remittedToSuperior", "operating", "subsidyToAffiliates"),
        [new RowIdentity(0, [1, 2, 3, 4, 5], [], AcrossDescription)],
        t => (t.T03 is { } s ? [.. s.Rows.Select(r => new CodedRow(r.Code, r.Name,
                [r.Total, r.Basic, r.Project, r.RemittedToSuperior, r.Operating, r.SubsidyToAffiliates]))] : [],
            t.T03?.EmptyStatement),
        (t, rows, statement) => t with
        {
            T03 = new([.. rows.Select(r => new ExpenditureRowContent(r.Code, r.Name, r.Values[0], r.Values[1], r.Values[2], r.Values[3],
                r.Values[4], r.Values[5]))], statement),
        });

    // 年初预算 is not printed in 公开05表; the 说明 compares each 项's spending with it.
    private static readonly CodedTableLayout GeneralBudget = new(
        PublishedTable.GeneralBudgetExpenditure, "功能分类科目编码", [Group("本年支出", Leaves(GeneralBudgetRow.Columns))],
        [.. Columns(GeneralBudgetRow.Columns, "subtotal", "basic", "project"), new FormColumn("initialBudget", "年初预算", Printed: false)],
        [new RowIdentity(0, [1, 2], [], AcrossDescription)],
        t => (t.T05 is { } s ? [.. s.Rows.Select(r => new CodedRow(r.Code, r.Name, [r.Subtotal, r.Basic, r.Project, r.InitialBudget]))] : [],
            t.T05?.EmptyStatement),
        (t, rows, statement) => t with
        {
            T05 = new([.. rows.Select(r => new GeneralBudgetRowContent(r.Code, r.Name, r.Values[0], r.Values[1], r.Values[2], r.Values[3]))],
                statement),
        });

    private static readonly CodedTableLayout GovernmentFund = new(
        PublishedTable.GovernmentFund, "功能分类科目",
        [Leaf("年初结转和结余"), Leaf("本年收入"), Group("本年支出", Leaf("小计"), Leaf("基本支出"), Leaf("项目支出")), Leaf("年末结转和结余")],
        Columns(GovernmentFundRow.Columns, "openingBalance", "income", "expenditureSubtotal", "expenditureBasic", "expenditureProject",
            "closingBalance"),
        [new RowIdentity(2, [3, 4], [], AcrossDescription), new RowIdentity(5, [0, 1], [2], "年初加收入减支出")],
        t => (t.T07 is { } s ? [.. s.Rows.Select(r => new CodedRow(r.Code, r.Name,
                [r.OpeningBalance, r.Income, r.ExpenditureSubtotal, r.ExpenditureBasic, r.ExpenditureProject, r.ClosingBalance]))] : [],
            t.T07?.EmptyStatement),
        (t, rows, statement) => t with
        {
            T07 = new([.. rows.Select(r => new GovernmentFundRowContent(r.Code, r.Name, r.Values[0], r.Values[1], r.Values[2], r.Values[3],
                r.Values[4], r.Values[5]))], statement),
        });

    private static readonly CodedTableLayout StateCapital = new(
        PublishedTable.StateCapital, "功能分类科目编码", [Group("本年支出", Leaves(StateCapitalRow.Columns))],
        Columns(StateCapitalRow.Columns, "total", "basic", "project"),
        [new RowIdentity(0, [1, 2], [], AcrossDescription)],
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

    // The headings findings use are the domain's column names, in the same order as the keys.
    private static FormColumn[] Columns(IReadOnlyList<string> headings, params string[] keys) =>
        [.. keys.Select((key, i) => new FormColumn(key, headings[i]))];
}
