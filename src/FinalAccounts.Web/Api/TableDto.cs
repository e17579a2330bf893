using System.ComponentModel;
using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Web.Api;

[Description("公开01–09表之一：结构化的行（金额为元）与公开时的表格（万元）。One of the nine tables: its lines as data, and the grid as published.")]
public sealed record TableDto(
    [property: Description("\"01\" … \"09\"")] string Table,
    [property: Description("公开01表 …")] string Number,
    [property: Description("e.g. 收入支出决算总表")] string Name,
    [property: Description("e.g. 2024年度收入支出决算总表")] string Title,
    [property: Description("The 单位 line.")] string ReportingUnit,
    [property: Description("The table's lines with codes, names and amounts.")] IReadOnlyList<TableLineDto> Lines,
    [property: Description("The 注 lines under the table.")] IReadOnlyList<string> Notes,
    [property: Description("The sentence an empty table is published with, e.g. 本部门2024年度无政府性基金预算财政拨款收入支出。")] string? EmptyStatement,
    [property: Description("The table as printed, to reproduce the published grid.")] PrintedGridDto Printed,
    string Self);

[Description("表中的一行。A line of a table.")]
public sealed record TableLineDto(
    [property: Description("公开01表、04表: 收入 or 支出.")] string? Side,
    [property: Description("公开01表、04表: 行次.")] int? LineNumber,
    [property: Description("公开06表: 人员经费 or 公用经费.")] string? Group,
    [property: Description("功能分类 code (类 3, 款 5, 项 7 digits), or 经济分类 code in 公开06表; absent on other lines.")] string? Code,
    [property: Description("类, 款, 项, or 合计.")] string? Level,
    [property: Description("科目名称 or the line's label as printed.")] string Name,
    [property: Description("The line's amounts, column by column in published order.")] IReadOnlyList<LineAmountDto> Amounts,
    [property: Description("公开05表: 年初预算, which the explanation compares against; not a printed column.")] AmountDto? InitialBudget = null);

[Description("一栏的金额；空栏无 yuan/wanYuan。An amount in a column; both absent for a blank cell.")]
public sealed record LineAmountDto(
    [property: Description("The column heading, e.g. 本年收入合计.")] string Column,
    [property: Description("Exact, in yuan (元).")] decimal? Yuan,
    [property: Description("In 10,000 yuan (万元), rounded to two decimals as printed.")] decimal? WanYuan)
{
    internal static LineAmountDto From(string column, Money? amount) => new(column, amount?.Yuan, amount?.DisplayWanYuan);
}

[Description("公开时的表格：表头行与表体行，单元格按 HTML 的跨行跨列规则排列，金额文本为万元。The printed grid, cells listed as HTML lists them.")]
public sealed record PrintedGridDto(
    [property: Description("万元: the unit of the printed amounts.")] string Unit,
    [property: Description("Relative column widths; their count is the grid's width.")] IReadOnlyList<double> ColumnWidths,
    IReadOnlyList<IReadOnlyList<PrintedCellDto>> HeaderRows,
    IReadOnlyList<IReadOnlyList<PrintedCellDto>> BodyRows);

public sealed record PrintedCellDto(
    [property: Description("As printed: a label, a code, or an amount in 万元 (\"3,469.73\").")] string Text,
    [property: Description("Absent when 1.")] int? ColumnSpan,
    [property: Description("Absent when 1.")] int? RowSpan,
    [property: Description("\"center\" or \"right\"; absent for left.")] string? Align,
    [property: Description("True for a heading cell.")] bool? Heading,
    [property: Description("The exact amount behind an amount cell, in yuan.")] decimal? Yuan)
{
    internal static PrintedCellDto From(PrintedCell cell) => new(
        cell.Text,
        cell.ColumnSpan > 1 ? cell.ColumnSpan : null,
        cell.RowSpan > 1 ? cell.RowSpan : null,
        cell.Alignment == CellAlignment.Left ? null : cell.Alignment.ToString().ToLowerInvariant(),
        cell.IsHeading ? true : null,
        cell.Amount?.Yuan);
}

/// <summary>
/// Turns the domain's tables into open data. Lines are read from the typed rows where a table has
/// them; 公开01表 and 04表 are read from their printed layout, which already places every fixed line
/// and 类 line with its 行次.
/// </summary>
internal static class OpenDataTables
{
    private const string Income = "收入";
    private const string Expenditure = "支出";
    private const string Total = "合计";

    public static TableDto From(DisclosureAnalysis analysis, PrintedTable printed)
    {
        var h = analysis.Header;
        return new TableDto(
            printed.Table.Key(), printed.Number, printed.Table.Title(), printed.Title, printed.ReportingUnit,
            Lines(analysis.Version, printed), printed.Notes, printed.EmptyStatement,
            new PrintedGridDto(PrintedTable.Unit, printed.ColumnWidths, Cells(printed.HeaderRows), Cells(printed.BodyRows)),
            ApiLinks.Table(h.DepartmentCode, h.Year, h.Version, printed.Table));
    }

    /// <summary>Whether <paramref name="code"/> has the form of a line code of <paramref name="table"/>.</summary>
    public static bool IsLineCode(PublishedTable table, string code) => table switch
    {
        PublishedTable.IncomeExpenditureSummary or PublishedTable.AppropriationSummary =>
            FunctionCode.TryParse(code, out var c) && c.Level == FunctionLevel.Class && c.Value == code,
        PublishedTable.BasicExpenditureDetail => EconomicCode.TryParse(code, out var e) && e.Value == code,
        PublishedTable.ThreePublicCosts => false,
        _ => FunctionCode.TryParse(code, out var f) && f.Value == code,
    };

    private static IReadOnlyList<TableLineDto> Lines(DisclosureVersion version, PrintedTable printed) => printed.Table switch
    {
        PublishedTable.IncomeExpenditureSummary or PublishedTable.AppropriationSummary => SideBySide(printed, TableDefinitions.Of(printed.Table)),
        PublishedTable.BasicExpenditureDetail => BasicExpenditure(version),
        PublishedTable.ThreePublicCosts => ThreePublic(version.ThreePublicCosts),
        _ => Function(version.FunctionTable(printed.Table)),
    };

    /// <summary>
    /// 公开01表 and 04表 print (项目, 行次, amount) for income beside (项目, 行次, amounts) for
    /// expenditure; the first rows' expenditure lines are the standard 类 in order. Income lines come
    /// first, then expenditure lines; a side left blank on a printed row is not a line.
    /// </summary>
    private static IReadOnlyList<TableLineDto> SideBySide(PrintedTable printed, TableDefinition definition)
    {
        IReadOnlyList<string> incomeColumns = [.. definition.IncomeColumns.Select(c => c.Name)];
        var expenditureColumns = definition.ColumnNames;
        var classes = SummaryTableLayout.StandardClasses;
        var income = new List<TableLineDto>();
        var expenditure = new List<TableLineDto>();
        for (var i = 0; i < printed.BodyRows.Count; i++)
        {
            var row = printed.BodyRows[i];
            if (row[0].Text.Length > 0)
            {
                income.Add(new TableLineDto(Income, LineNumber(row[1]), null, null, null, row[0].Text,
                    Amounts(incomeColumns, row.Skip(2).Select(c => c.Amount))));
            }
            if (row[3].Text.Length > 0)
            {
                var code = i < classes.Count ? classes[i].Code : null;
                expenditure.Add(new TableLineDto(Expenditure, LineNumber(row[4]), null, code, code is null ? null : "类", row[3].Text,
                    Amounts(expenditureColumns, row.Skip(5).Select(c => c.Amount))));
            }
        }
        return [.. income, .. expenditure];
    }

    private static int LineNumber(PrintedCell cell) => int.Parse(cell.Text, CultureInfo.InvariantCulture);

    /// <summary>The 合计 row first, then the coded rows in code order: the printed order.</summary>
    private static IReadOnlyList<TableLineDto> Function(FunctionTable table) =>
    [
        .. table.Rows.Where(r => r.IsTotal)
            .Concat(table.Rows.Where(r => !r.IsTotal).OrderBy(r => r.Code!.Value.Value, StringComparer.Ordinal))
            .Select(row => new TableLineDto(null, null, null, row.Code?.Value, Level(row.Code), row.IsTotal ? Total : row.Name,
                Amounts(table.Columns, row.Cells), (row as GeneralBudgetRow)?.InitialBudget is { } budget ? AmountDto.From(budget) : null)),
    ];

    private static string Level(FunctionCode? code) => code?.Level switch
    {
        null => Total,
        FunctionLevel.Class => "类",
        FunctionLevel.Section => "款",
        _ => "项",
    };

    private static IReadOnlyList<TableLineDto> BasicExpenditure(DisclosureVersion version)
    {
        var personnel = BasicExpenditureGroup.Personnel.Name();
        var @public = BasicExpenditureGroup.Public.Name();
        var columns = TableDefinitions.BasicExpenditure.ColumnNames;
        var totals = version.BasicExpenditureTotals;
        return
        [
            .. version.BasicExpenditureRows.OrderBy(r => r.Code.Value, StringComparer.Ordinal)
                .Select(r => new TableLineDto(null, null, r.Group == BasicExpenditureGroup.Personnel ? personnel : @public,
                    r.Code.Value, r.Code.IsClass ? "类" : "款", r.Name, Amounts(columns, [r.Amount]))),
            new TableLineDto(null, null, personnel, null, Total, personnel + Total, Amounts(columns, [totals.PersonnelTotal])),
            new TableLineDto(null, null, @public, null, Total, @public + Total, Amounts(columns, [totals.PublicTotal])),
        ];
    }

    private static IReadOnlyList<TableLineDto> ThreePublic(ThreePublicCosts costs)
    {
        var definition = TableDefinitions.ThreePublicCosts;
        return
        [
            .. definition.Sides.Zip([costs.Budget, costs.Actual])
                .Select(side => new TableLineDto(null, null, null, null, null, side.First.Name, Amounts(definition.ColumnNames, side.Second.Cells))),
        ];
    }

    private static IReadOnlyList<LineAmountDto> Amounts(IReadOnlyList<string> columns, IEnumerable<Money?> amounts) =>
        [.. columns.Zip(amounts, LineAmountDto.From)];

    private static IReadOnlyList<IReadOnlyList<PrintedCellDto>> Cells(IReadOnlyList<IReadOnlyList<PrintedCell>> rows) =>
        [.. rows.Select(row => (IReadOnlyList<PrintedCellDto>)[.. row.Select(PrintedCellDto.From)])];
}
