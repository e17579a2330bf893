using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// Lays a version's tables out as the template's sheets: the published grid with every stored
/// amount exact, the coded tables' rows in stored order under their 合计 row, and one 空表说明 row
/// at the bottom of each table for the sentence an empty table is published with.
/// </summary>
internal static class TemplateSheets
{
    public static PrintedTable Table(SheetShape shape, TablesContent tables, string reportingUnit)
    {
        var (body, emptyStatement) = shape.Table switch
        {
            PublishedTable.IncomeExpenditureSummary => Summary(tables.T01),
            PublishedTable.Income => Coded(TemplateTables.Income, tables, shape),
            PublishedTable.Expenditure => Coded(TemplateTables.Expenditure, tables, shape),
            PublishedTable.AppropriationSummary => Appropriation(tables.T04),
            PublishedTable.GeneralBudgetExpenditure => Coded(TemplateTables.GeneralBudget, tables, shape),
            PublishedTable.BasicExpenditureDetail => BasicExpenditure(tables.T06),
            PublishedTable.GovernmentFund => Coded(TemplateTables.GovernmentFund, tables, shape),
            PublishedTable.StateCapital => Coded(TemplateTables.StateCapital, tables, shape),
            PublishedTable.ThreePublicCosts => ThreePublicCosts(tables.T09),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape.Table, null),
        };
        IReadOnlyList<PrintedCell> emptyStatementRow =
        [
            PrintedCell.Label(TemplateLayout.EmptyStatementLabel, shape.LabelColumns),
            PrintedCell.Label(emptyStatement ?? "", shape.ColumnCount - shape.LabelColumns),
        ];
        return new PrintedTable(shape.Table, shape.Title, reportingUnit, shape.ColumnWidths, shape.HeaderRows,
            [.. body, emptyStatementRow], shape.Notes, EmptyStatement: null);
    }

    private static (IReadOnlyList<IReadOnlyList<PrintedCell>>, string?) Coded<TRow>(CodedTable<TRow> table, TablesContent tables, SheetShape shape)
    {
        var seed = table.Of(tables);
        var rows = seed?.Rows ?? [];
        var total = rows.FirstOrDefault(r => table.Code(r) is null);
        var amountCount = shape.ColumnCount - TemplateLayout.CodeColumns - 1;
        IReadOnlyList<PrintedCell> totalRow = total is null
            ? Row("", TemplateLayout.TotalRowName, Enumerable.Repeat<string?>(null, amountCount))
            : Row("", TemplateLayout.TotalRowName, table.Amounts(total));
        return ([totalRow, .. rows.Where(r => table.Code(r) is not null).Select(r => Row(table.Code(r)!, table.Name(r), table.Amounts(r)))],
            seed?.EmptyStatement);

        static IReadOnlyList<PrintedCell> Row(string code, string name, IEnumerable<string?> amounts) =>
            [PrintedCell.Label(code, TemplateLayout.CodeColumns), PrintedCell.Label(name), .. amounts.Select(Money)];
    }

    private static (IReadOnlyList<IReadOnlyList<PrintedCell>>, string?) Summary(SummaryContent? table)
    {
        var seed = table ?? TemplateTables.EmptySummary;
        var expenditure = seed.Expenditure;
        var lines = TemplateTables.SummaryLines(NamesOf(expenditure.Select(l => (l.Code, l.Name))));
        var amounts = expenditure.GroupBy(l => l.Code).ToDictionary(g => g.Key, g => g.First().Amount);
        var income = new Queue<string?>(TemplateTables.SummaryIncome(seed));
        var closing = new Queue<string?>(TemplateTables.SummaryExpenditure(seed));
        var rows = new List<IReadOnlyList<PrintedCell>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == TemplateTables.ClassLineCount)
            {
                rows.AddRange(ExtraClassLines(expenditure.Select(l => (l.Code, l.Name)), code => [amounts[code]]));
            }
            var line = lines[i];
            var expenditureAmount = i < TemplateTables.ClassLineCount
                ? amounts.GetValueOrDefault(SummaryTableLayout.StandardClasses[i].Code)
                : Next(closing, line.ExpenditureLabel);
            rows.Add(
            [
                PrintedCell.Label(line.IncomeLabel), LineNumber(line.IncomeLineNumber), Money(Next(income, line.IncomeLabel)),
                PrintedCell.Label(line.ExpenditureLabel), LineNumber(line.ExpenditureLineNumber), Money(expenditureAmount),
            ]);
        }
        return (rows, seed.EmptyStatement);
    }

    private static (IReadOnlyList<IReadOnlyList<PrintedCell>>, string?) Appropriation(AppropriationSummaryContent? table)
    {
        var seed = table ?? TemplateTables.EmptyAppropriation;
        var expenditure = seed.Expenditure;
        var lines = TemplateTables.AppropriationLines(NamesOf(expenditure.Select(l => (l.Code, l.Name))));
        var amounts = expenditure.GroupBy(l => l.Code).ToDictionary(g => g.Key,
            g => TemplateTables.Cells(new FundSplitContent(g.First().Subtotal, g.First().GeneralBudget, g.First().GovernmentFund, g.First().StateCapital)));
        var income = new Queue<string?>(TemplateTables.AppropriationIncome(seed));
        var closing = new Queue<FundSplitContent?>(TemplateTables.AppropriationExpenditure(seed));
        var rows = new List<IReadOnlyList<PrintedCell>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == TemplateTables.ClassLineCount)
            {
                rows.AddRange(ExtraClassLines(expenditure.Select(l => (l.Code, l.Name)), code => amounts[code]));
            }
            var line = lines[i];
            var expenditureAmounts = i < TemplateTables.ClassLineCount
                ? amounts.GetValueOrDefault(SummaryTableLayout.StandardClasses[i].Code) ?? TemplateTables.Cells((FundSplitContent?)null)
                : TemplateTables.Cells(line.ExpenditureLabel.Length == 0 ? null : closing.Dequeue());
            rows.Add(
            [
                PrintedCell.Label(line.IncomeLabel), LineNumber(line.IncomeLineNumber), Money(Next(income, line.IncomeLabel)),
                PrintedCell.Label(line.ExpenditureLabel), LineNumber(line.ExpenditureLineNumber), .. expenditureAmounts.Select(Money),
            ]);
        }
        return (rows, seed.EmptyStatement);
    }

    /// <summary>
    /// 类 lines the 26 printed ones do not include, after them and labelled "227 预备费", the way a
    /// person adds one; their income side is blank.
    /// </summary>
    private static IEnumerable<IReadOnlyList<PrintedCell>> ExtraClassLines(IEnumerable<(string Code, string? Name)> lines,
        Func<string, IReadOnlyList<string?>> amounts)
    {
        var standard = SummaryTableLayout.StandardClasses.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        return lines.Where(l => !standard.Contains(l.Code)).DistinctBy(l => l.Code).Select(l => (IReadOnlyList<PrintedCell>)
        [
            PrintedCell.Label(""), PrintedCell.Centered(""), Money(null),
            PrintedCell.Label($"{l.Code} {l.Name}".Trim()), PrintedCell.Centered(""), .. amounts(l.Code).Select(Money),
        ]);
    }

    /// <summary>
    /// Three blocks filled down their own columns, as published: 人员经费 on the left, 302 and its 款
    /// in the middle, the other 公用经费 on the right; each block keeps the stored order.
    /// </summary>
    private static (IReadOnlyList<IReadOnlyList<PrintedCell>>, string?) BasicExpenditure(BasicExpenditureContent? seed)
    {
        var rows = seed?.Rows ?? [];
        IReadOnlyList<EconomicRowContent>[] blocks =
        [
            [.. rows.Where(r => r.Group == TemplateLayout.PersonnelGroup)],
            [.. rows.Where(r => r.Group != TemplateLayout.PersonnelGroup && IsGoodsAndServices(r.Code))],
            [.. rows.Where(r => r.Group != TemplateLayout.PersonnelGroup && !IsGoodsAndServices(r.Code))],
        ];
        var body = Enumerable.Range(0, blocks.Max(b => b.Count))
            .Select(i => (IReadOnlyList<PrintedCell>)[.. blocks.SelectMany(block => i < block.Count
                ? [PrintedCell.Label(block[i].Code), PrintedCell.Label(block[i].Name), Money(block[i].Amount)]
                : new[] { PrintedCell.Label(""), PrintedCell.Label(""), Money(null) })])
            .ToList();
        body.Add(
        [
            PrintedCell.Label(TemplateLayout.PersonnelTotalLabel, TemplateLayout.BlockColumns - 1), Money(seed?.PersonnelTotal),
            PrintedCell.Label(TemplateLayout.PublicTotalLabel, 2 * TemplateLayout.BlockColumns - 1), Money(seed?.PublicTotal),
        ]);
        return (body, seed?.EmptyStatement);
    }

    public static bool IsGoodsAndServices(string code) => code.StartsWith("302", StringComparison.Ordinal);

    private static (IReadOnlyList<IReadOnlyList<PrintedCell>>, string?) ThreePublicCosts(ThreePublicCostsContent? seed) =>
        ([[.. TemplateTables.Cells(seed?.Budget).Concat(TemplateTables.Cells(seed?.Actual)).Select(Money)]], seed?.EmptyStatement);

    /// <summary>The 类 names a table prints its lines with: its own where it has them, else the standard ones.</summary>
    private static Dictionary<string, string> NamesOf(IEnumerable<(string Code, string? Name)> lines) =>
        lines.Where(l => !string.IsNullOrWhiteSpace(l.Name)).DistinctBy(l => l.Code).ToDictionary(l => l.Code, l => l.Name!);

    private static string? Next(Queue<string?> figures, string label) => label.Length == 0 ? null : figures.Dequeue();

    private static PrintedCell LineNumber(int number) =>
        PrintedCell.Centered(number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static PrintedCell Money(string? amount) => PrintedCell.Money(Amount(amount));

    private static Money? Amount(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : Domain.Amounts.Money.TryParseWanYuan(text, out var money) ? money
        : throw new ArgumentException($"金额“{text}”不是有效的万元金额。", nameof(text));
}
