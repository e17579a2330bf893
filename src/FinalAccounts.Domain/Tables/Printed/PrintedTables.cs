using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;

namespace FinalAccounts.Domain.Tables.Printed;

/// <summary>
/// Lays out the nine tables of 第二部分 exactly as the department publishes them, once, so that the
/// web page, the PDF and the downloads print the same grid: same headings and spans, every stored
/// amount in the cell the publication puts it in, the same 注 lines and empty-table sentences.
/// </summary>
public static class PrintedTables
{
    /// <summary>The nine tables of 第二部分 in published order.</summary>
    /// <param name="functionClassNames">
    /// The year's catalog names of function 类 codes, for the 类 lines of 公开01表 and 公开04表
    /// (as <see cref="SummaryTableLayout.Build"/> takes them).
    /// </param>
    public static IReadOnlyList<PrintedTable> Build(DisclosureVersion version, FiscalYear year,
        IReadOnlyDictionary<string, string> functionClassNames)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(functionClassNames);
        return [.. PublishedTables.All.Select(table => Compose(version, year, table, Grid(version, table, functionClassNames)))];
    }

    private static TableGrid Grid(DisclosureVersion version, PublishedTable table,
        IReadOnlyDictionary<string, string> functionClassNames) => table switch
    {
        PublishedTable.IncomeExpenditureSummary => SummaryTablePrinter.IncomeExpenditure(version, functionClassNames),
        PublishedTable.AppropriationSummary => SummaryTablePrinter.Appropriation(version, functionClassNames),
        PublishedTable.BasicExpenditureDetail => BasicExpenditurePrinter.Print(version),
        PublishedTable.ThreePublicCosts => ThreePublicCostsPrinter.Print(version.ThreePublicCosts),
        _ => FunctionTablePrinter.Print(version.FunctionTable(table)),
    };

    private static PrintedTable Compose(DisclosureVersion version, FiscalYear year, PublishedTable table, TableGrid grid) =>
        new(table, $"{year.Value}年度{table.Title()}", version.ReportingUnit, grid.ColumnWidths,
            grid.HeaderRows, grid.BodyRows, grid.Notes, version.EmptyStatementFor(table));
}

/// <summary>What differs from table to table: the grid, its headings, its rows and its 注 lines.</summary>
internal sealed record TableGrid(
    IReadOnlyList<double> ColumnWidths,
    IReadOnlyList<IReadOnlyList<PrintedCell>> HeaderRows,
    IReadOnlyList<IReadOnlyList<PrintedCell>> BodyRows,
    IReadOnlyList<string> Notes);
