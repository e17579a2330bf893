using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Exports;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// What the template's writer and reader agree on: sheet names, the rows the headings sit on, the
/// labels that mark the end of a table, and the hidden names that identify the template. Headings,
/// column widths and 注 lines are the published ones, printed from an empty version, so the
/// template follows the published layout when it changes.
/// </summary>
internal static class TemplateLayout
{
    public const string InstructionsSheet = "填表说明";

    /// <summary>Raised when the layout changes in a way an older template cannot be read by.</summary>
    public const int Version = 1;

    // Hidden defined names: a template from the portal says which layout and year it is; a workbook
    // without them (a 决算 software export in the same layout) is read by its sheets and headings alone.
    public const string VersionName = "FinalAccounts.TemplateVersion";
    public const string YearName = "FinalAccounts.TemplateYear";

    public const string EmptyStatementLabel = "空表说明：";
    public const string TotalRowName = "合计";
    public static readonly string PersonnelTotalLabel = BasicExpenditureGroup.Personnel.TotalName();
    public static readonly string PublicTotalLabel = BasicExpenditureGroup.Public.TotalName();
    public static readonly string PersonnelGroup = BasicExpenditureGroup.Personnel.Name();
    public static readonly string PublicGroup = BasicExpenditureGroup.Public.Name();

    /// <summary>公开05表's 年初预算 is no printed column; the 说明 needs it, so the template carries it at the right.</summary>
    public static readonly string InitialBudgetHeading = TableDefinitions.GeneralBudget.Columns.Single(c => !c.Printed).Name;

    /// <summary>类, 款 and 项 of the tables keyed by 功能分类 code; the name follows them.</summary>
    public const int CodeColumns = 3;

    /// <summary>Code, name and amount of each of 公开06表's three blocks.</summary>
    public const int BlockColumns = 3;

    /// <summary>Far more than any department's table has; beyond it the file is not a filled template.</summary>
    public const int MaxRows = 5000;

    private const double InitialBudgetWidth = 1.5;

    public static int FirstHeaderRow => DisclosureWorkbook.SheetWriter.FirstTableRow;

    /// <summary>The nine table sheets in published order.</summary>
    public static IReadOnlyList<SheetShape> Sheets(int year)
    {
        var fiscalYear = new FiscalYear(year);
        var empty = new Disclosure(0, fiscalYear).StartVersion("模板", "模板");
        return [.. PrintedTables.Build(empty, fiscalYear, new Dictionary<string, string>()).Select(Shape)];
    }

    private static SheetShape Shape(PrintedTable printed)
    {
        if (printed.Table != PublishedTable.GeneralBudgetExpenditure)
        {
            return new SheetShape(printed.Table, printed.Title, printed.ColumnWidths, printed.HeaderRows, printed.Notes);
        }
        // 年初预算 stands beside the amount columns from the top heading row down to the 栏次 row,
        // which numbers it after them.
        var header = printed.HeaderRows;
        var columnNumber = (printed.ColumnCount - CodeColumns).ToString(System.Globalization.CultureInfo.InvariantCulture);
        IReadOnlyList<IReadOnlyList<PrintedCell>> rows =
        [
            [.. header[0], PrintedCell.Heading(InitialBudgetHeading, rowSpan: header.Count - 1)],
            .. header.Skip(1).Take(header.Count - 2),
            [.. header[^1], PrintedCell.Heading(columnNumber)],
        ];
        return new SheetShape(printed.Table, printed.Title, [.. printed.ColumnWidths, InitialBudgetWidth], rows, printed.Notes);
    }
}

/// <summary>One table's sheet: its title, grid width, heading rows and 注 lines.</summary>
internal sealed record SheetShape(
    PublishedTable Table,
    string Title,
    IReadOnlyList<double> ColumnWidths,
    IReadOnlyList<IReadOnlyList<PrintedCell>> HeaderRows,
    IReadOnlyList<string> Notes)
{
    /// <summary>"公开01表", the sheet's name.</summary>
    public string Name => Table.Number();

    public int ColumnCount => ColumnWidths.Count;

    public int FirstBodyRow => TemplateLayout.FirstHeaderRow + HeaderRows.Count;

    /// <summary>The columns the 空表说明 label covers: the table's label columns, so its text gets the amounts' width.</summary>
    public int LabelColumns => Table switch
    {
        PublishedTable.IncomeExpenditureSummary or PublishedTable.AppropriationSummary => 1,
        PublishedTable.BasicExpenditureDetail or PublishedTable.ThreePublicCosts => 2,
        _ => TemplateLayout.CodeColumns + 1,
    };
}
