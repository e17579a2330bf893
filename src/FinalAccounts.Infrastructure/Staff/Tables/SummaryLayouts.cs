using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;
using FinalAccounts.Infrastructure.Content;


namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>
/// 公开01表 and 公开04表 as published: an income side beside an expenditure side whose lines are the 26
/// standard function 类 (each line stored only when it has a figure), any other 类 the content holds or
/// the person adds by code, then the totals and balances — every line with its 行次.
/// </summary>
internal abstract class SummaryLayout : ITableLayout
{
    private static readonly Dictionary<string, int> StandardIndex =
        SummaryTableLayout.StandardClasses.Select((c, i) => (c.Code, i)).ToDictionary(p => p.Code, p => p.i);

    public FormCodeKind Codes => FormCodeKind.FunctionClass;

    /// <summary>The table's columns, headings and fixed lines.</summary>
    protected abstract TableDefinition Definition { get; }

    private static int StandardClassCount => SummaryTableLayout.StandardClasses.Count;
    private PublishedTable Table => Definition.Table;
    private IReadOnlyList<TableColumn> IncomeColumns => Definition.IncomeColumns;
    private IReadOnlyList<TableColumn> ExpenditureColumns => Definition.Columns;
    private int FirstClassLineNumber => Definition.FirstExpenditureLineNumber(StandardClassCount);

    // The definition's headings, then the 栏次 row: income amount 1, expenditure amounts from 2.
    private IReadOnlyList<IReadOnlyList<HeaderCell>> Header =>
    [
        .. FormHeadings.Rows(TableDefinitions.SideBySideHeadings(Definition)),
        [new("栏次"), new(""), new("1"), new("栏次"), new(""), .. FormHeadings.ColumnNumbers(2, ExpenditureColumns.Count)],
    ];

    /// <summary>The income lines printed beside the first 类 lines.</summary>
    protected IReadOnlyList<SummaryLine> IncomeLines => Definition.IncomeLines;

    /// <summary>The stored 类 lines: code, name and amounts in <see cref="ExpenditureColumns"/> order.</summary>
    protected abstract IReadOnlyList<(string Code, string? Name, IReadOnlyList<string?> Amounts)> ClassLinesOf(TablesContent tables);
    /// <summary>The stored fixed-line amounts by key ("incomeTotal", "expenditureTotal:subtotal").</summary>
    protected abstract IReadOnlyDictionary<string, string?> FixedCellsOf(TablesContent tables);
    public abstract string? EmptyStatementOf(TablesContent tables);
    protected abstract IEnumerable<SumCheck> FixedChecks(Func<string, string, string> cell, IReadOnlyList<FormRow> classLines);
    protected abstract TablesContent Write(TablesContent tables, Func<string, string, string?> amount,
        IReadOnlyList<(string Code, string Name, IReadOnlyList<string?> Amounts)> classLines, string? emptyStatement);

    public IReadOnlyList<string> CodesOf(TablesContent tables) =>
        [.. ClassLinesOf(tables).Select(l => l.Code).Where(c => !IsFixed(c))];

    public IReadOnlyDictionary<string, string> NamesOf(TablesContent tables) =>
        ClassLinesOf(tables).Where(l => l.Name is not null).DistinctBy(l => l.Code).ToDictionary(l => l.Code, l => l.Name!);

    public IReadOnlyDictionary<string, string?> CellsOf(TablesContent tables)
    {
        var cells = new Dictionary<string, string?>(FixedCellsOf(tables), StringComparer.Ordinal);
        foreach (var (code, _, amounts) in ClassLinesOf(tables))
        {
            for (var i = 0; i < ExpenditureColumns.Count; i++)
            {
                cells[FormSource.CellKey(code, ExpenditureColumns[i].Key)] = amounts[i];
            }
        }
        return cells;
    }

    public bool IsFixed(string code) => StandardIndex.ContainsKey(code);

    public TableForm Build(FormSource source)
    {
        var classLines = SummaryTableLayout.StandardClasses.Select(c => c.Code)
            .Concat(source.Codes.Where(c => !IsFixed(c)))
            .Order(StringComparer.Ordinal)
            .Select(code => ClassLine(source, code))
            .ToList();
        var income = IncomeLines.Select((l, i) => Line(source, l, i + 1, IncomeColumns)).ToList();
        var lines = new List<FormLine>();
        for (var i = 0; i < Math.Max(income.Count, classLines.Count); i++)
        {
            lines.Add(new FormLine([i < income.Count ? income[i] : null, i < classLines.Count ? classLines[i] : null]));
        }
        lines.AddRange(Definition.ClosingLines.Select((pair, i) => new FormLine(
        [
            pair.Income is { } left ? Line(source, left, StandardClassCount + 1 + i, IncomeColumns) : null,
            pair.Expenditure is { } right ? Line(source, right, FirstClassLineNumber + StandardClassCount + i, ExpenditureColumns) : null,
        ])));

        var checks = FixedChecks(FormSource.CellKey, classLines).ToList();
        return new TableForm(Table, Header,
            [new FormSlot(false, true, true, IncomeColumns), new FormSlot(false, true, true, ExpenditureColumns)],
            lines, checks, source.EmptyStatement, Codes, HasRemoveColumn: false);
    }

    public TablesContent Write(TablesContent tables, TableForm form, FormAmounts amounts)
    {
        var cells = form.Cells.ToDictionary(c => c.Cell.Key, c => amounts.Text(c.Cell), StringComparer.Ordinal);
        // A standard 类 line is stored only when it has a figure; a 类 added by code stays until removed.
        var classLines = form.Rows
            .Where(r => r.Kind == FormRowKind.Class && r.Code is not null)
            .Select(r => (Code: r.Code!, r.Name, Amounts: (IReadOnlyList<string?>)[.. r.Cells.Select(c => cells[c.Key])]))
            .Where(l => !IsFixed(l.Code) || l.Amounts.Any(a => a is not null))
            .ToList();
        return Write(tables, (row, column) => cells.GetValueOrDefault(FormSource.CellKey(row, column)), classLines,
            CodedTableLayout.Blank(form.EmptyStatement));
    }

    private FormRow ClassLine(FormSource source, string code)
    {
        var standard = StandardIndex.TryGetValue(code, out var index);
        var name = source.Name(code) ?? (standard ? SummaryTableLayout.StandardClasses[index].Name : "（目录中无此科目）");
        return new FormRow(code, $"{code} {name}", name, FormRowKind.Class, Cells(source, code, ExpenditureColumns))
        {
            Code = code,
            Text = standard ? $"{ChineseNumerals.Ordinal(index + 1)}、{name}" : $"{name}（{code}）",
            LineNumber = standard ? FirstClassLineNumber + index : null,
            Removable = !standard,
        };
    }

    private static FormRow Line(FormSource source, SummaryLine line, int lineNumber, IReadOnlyList<TableColumn> columns) =>
        new(line.Key, line.Name, line.Name, line.IsTotal ? FormRowKind.Total : FormRowKind.Line, Cells(source, line.Key, columns))
        {
            Text = line.Printed,
            LineNumber = lineNumber,
            Aliases = line.Aliases,
        };

    private static FormCell[] Cells(FormSource source, string row, IReadOnlyList<TableColumn> columns) =>
        [.. columns.Select(c => new FormCell(FormSource.CellKey(row, c.Key), c, source.Text(row, c.Key)))];

    protected static SumCheck Sum(string target, string description, params string[] parts) =>
        new(target, [.. parts.Select(p => new SumPart(p))], description);
}

internal static class SummaryLayouts
{
    public static SummaryLayout IncomeExpenditure { get; } = new IncomeExpenditureLayout();

    public static SummaryLayout Appropriation { get; } = new AppropriationLayout();
}

/// <summary>公开01表 收入支出决算总表: one amount on each side, 行 1–30 and 31–60.</summary>
internal sealed class IncomeExpenditureLayout : SummaryLayout
{
    private static readonly string Amount = TableDefinitions.IncomeExpenditureSummary.Columns[0].Key;

    protected override TableDefinition Definition => TableDefinitions.IncomeExpenditureSummary;

    protected override IReadOnlyList<(string Code, string? Name, IReadOnlyList<string?> Amounts)> ClassLinesOf(TablesContent tables) =>
        [.. (tables.T01?.Expenditure ?? []).Select(l => (l.Code, l.Name, (IReadOnlyList<string?>)[l.Amount]))];

    protected override IReadOnlyDictionary<string, string?> FixedCellsOf(TablesContent tables)
    {
        var s = tables.T01;
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [Key("generalBudgetAppropriation")] = s?.GeneralBudgetAppropriation,
            [Key("governmentFundAppropriation")] = s?.GovernmentFundAppropriation,
            [Key("stateCapitalAppropriation")] = s?.StateCapitalAppropriation,
            [Key("superiorSubsidy")] = s?.SuperiorSubsidy,
            [Key("businessIncome")] = s?.BusinessIncome,
            [Key("operatingIncome")] = s?.OperatingIncome,
            [Key("affiliatedRemittance")] = s?.AffiliatedRemittance,
            [Key("otherIncome")] = s?.OtherIncome,
            [Key("incomeTotal")] = s?.IncomeTotal,
            [Key("nonFiscalBalanceUsed")] = s?.NonFiscalBalanceUsed,
            [Key("incomeOpeningBalance")] = s?.IncomeOpeningBalance,
            [Key("incomeGrandTotal")] = s?.IncomeGrandTotal,
            [Key("expenditureTotal")] = s?.ExpenditureTotal,
            [Key("surplusDistribution")] = s?.SurplusDistribution,
            [Key("expenditureClosingBalance")] = s?.ExpenditureClosingBalance,
            [Key("expenditureGrandTotal")] = s?.ExpenditureGrandTotal,
        };
    }

    public override string? EmptyStatementOf(TablesContent tables) => tables.T01?.EmptyStatement;

    protected override IEnumerable<SumCheck> FixedChecks(Func<string, string, string> cell, IReadOnlyList<FormRow> classLines)
    {
        yield return Sum(Key("incomeTotal"), "第1至8行之和", [.. IncomeLines.Select(l => Key(l.Key))]);
        yield return Sum(Key("incomeGrandTotal"), "第27至29行之和",
            Key("incomeTotal"), Key("nonFiscalBalanceUsed"), Key("incomeOpeningBalance"));
        yield return Sum(Key("expenditureTotal"), "各类之和", [.. classLines.Select(l => Key(l.Key))]);
        yield return Sum(Key("expenditureGrandTotal"), "第57至59行之和",
            Key("expenditureTotal"), Key("surplusDistribution"), Key("expenditureClosingBalance"));
        yield return Sum(Key("expenditureGrandTotal"), "收入总计", Key("incomeGrandTotal"));
    }

    protected override TablesContent Write(TablesContent tables, Func<string, string, string?> amount,
        IReadOnlyList<(string Code, string Name, IReadOnlyList<string?> Amounts)> classLines, string? emptyStatement)
    {
        string? A(string line) => amount(line, Amount);
        return tables with
        {
            T01 = new SummaryContent(
                A("generalBudgetAppropriation"), A("governmentFundAppropriation"), A("stateCapitalAppropriation"),
                A("superiorSubsidy"), A("businessIncome"), A("operatingIncome"), A("affiliatedRemittance"), A("otherIncome"),
                A("incomeTotal"), A("nonFiscalBalanceUsed"), A("incomeOpeningBalance"), A("incomeGrandTotal"),
                [.. classLines.Select(l => new ClassAmountContent(l.Code, l.Name, l.Amounts[0]))],
                A("expenditureTotal"), A("surplusDistribution"), A("expenditureClosingBalance"), A("expenditureGrandTotal"),
                emptyStatement),
        };
    }

    private static string Key(string line) => FormSource.CellKey(line, Amount);
}

/// <summary>
/// 公开04表 财政拨款收入支出决算总表: one amount on the income side; 小计 and the three funds on the
/// expenditure side; 行 1–32 and 33–64 (61–63 are blank on the expenditure side).
/// </summary>
internal sealed class AppropriationLayout : SummaryLayout
{
    private static readonly string Amount = TableDefinitions.AppropriationSummary.IncomeColumns[0].Key;
    // 小计, then the three funds, in the order of FundSplitContent's parameters.
    private static readonly string[] Funds = [.. TableDefinitions.AppropriationSummary.Columns.Select(c => c.Key)];

    protected override TableDefinition Definition => TableDefinitions.AppropriationSummary;

    protected override IReadOnlyList<(string Code, string? Name, IReadOnlyList<string?> Amounts)> ClassLinesOf(TablesContent tables) =>
        [.. (tables.T04?.Expenditure ?? []).Select(l => (l.Code, l.Name,
            (IReadOnlyList<string?>)[l.Subtotal, l.GeneralBudget, l.GovernmentFund, l.StateCapital]))];

    protected override IReadOnlyDictionary<string, string?> FixedCellsOf(TablesContent tables)
    {
        var s = tables.T04;
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [Income("generalBudgetIncome")] = s?.GeneralBudgetIncome,
            [Income("governmentFundIncome")] = s?.GovernmentFundIncome,
            [Income("stateCapitalIncome")] = s?.StateCapitalIncome,
            [Income("incomeTotal")] = s?.IncomeTotal,
            [Income("openingBalanceTotal")] = s?.OpeningBalanceTotal,
            [Income("openingGeneralBudget")] = s?.OpeningGeneralBudget,
            [Income("openingGovernmentFund")] = s?.OpeningGovernmentFund,
            [Income("openingStateCapital")] = s?.OpeningStateCapital,
            [Income("incomeGrandTotal")] = s?.IncomeGrandTotal,
        };
        foreach (var (line, split) in new[]
                 {
                     ("expenditureTotal", s?.ExpenditureTotal), ("closingBalance", s?.ClosingBalance),
                     ("expenditureGrandTotal", s?.ExpenditureGrandTotal),
                 })
        {
            string?[] amounts = [split?.Subtotal, split?.GeneralBudget, split?.GovernmentFund, split?.StateCapital];
            for (var i = 0; i < Funds.Length; i++)
            {
                cells[FormSource.CellKey(line, Funds[i])] = amounts[i];
            }
        }
        return cells;
    }

    public override string? EmptyStatementOf(TablesContent tables) => tables.T04?.EmptyStatement;

    protected override IEnumerable<SumCheck> FixedChecks(Func<string, string, string> cell, IReadOnlyList<FormRow> classLines)
    {
        yield return Sum(Income("incomeTotal"), "第1至3行之和",
            Income("generalBudgetIncome"), Income("governmentFundIncome"), Income("stateCapitalIncome"));
        yield return Sum(Income("openingBalanceTotal"), "第29至31行之和",
            Income("openingGeneralBudget"), Income("openingGovernmentFund"), Income("openingStateCapital"));
        yield return Sum(Income("incomeGrandTotal"), "第27、28行之和", Income("incomeTotal"), Income("openingBalanceTotal"));
        foreach (var line in classLines.Select(l => l.Key).Concat(["expenditureTotal", "closingBalance", "expenditureGrandTotal"]))
        {
            yield return Sum(cell(line, Funds[0]), "三项财政拨款之和", [.. Funds.Skip(1).Select(f => cell(line, f))]);
        }
        foreach (var fund in Funds)
        {
            yield return Sum(cell("expenditureTotal", fund), "各类之和", [.. classLines.Select(l => cell(l.Key, fund))]);
            yield return Sum(cell("expenditureGrandTotal", fund), "第59、60行之和",
                cell("expenditureTotal", fund), cell("closingBalance", fund));
        }
        yield return Sum(cell("expenditureGrandTotal", Funds[0]), "收入总计", Income("incomeGrandTotal"));
    }

    protected override TablesContent Write(TablesContent tables, Func<string, string, string?> amount,
        IReadOnlyList<(string Code, string Name, IReadOnlyList<string?> Amounts)> classLines, string? emptyStatement)
    {
        string? A(string line) => amount(line, Amount);
        FundSplitContent Split(string line) => new(amount(line, Funds[0]), amount(line, Funds[1]), amount(line, Funds[2]), amount(line, Funds[3]));
        return tables with
        {
            T04 = new AppropriationSummaryContent(
                A("generalBudgetIncome"), A("governmentFundIncome"), A("stateCapitalIncome"), A("incomeTotal"),
                A("openingBalanceTotal"), A("openingGeneralBudget"), A("openingGovernmentFund"), A("openingStateCapital"),
                A("incomeGrandTotal"),
                [.. classLines.Select(l => new FundSplitLineContent(l.Code, l.Name, l.Amounts[0], l.Amounts[1], l.Amounts[2], l.Amounts[3]))],
                Split("expenditureTotal"), Split("closingBalance"), Split("expenditureGrandTotal"),
                emptyStatement),
        };
    }

    private static string Income(string line) => FormSource.CellKey(line, Amount);
}
