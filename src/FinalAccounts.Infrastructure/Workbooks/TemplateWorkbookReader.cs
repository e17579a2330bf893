using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// Reads a filled <see cref="TemplateWorkbook"/> (or a 决算 software export in the same layout)
/// back into the nine tables. Every problem is reported at its sheet and cell in words the person
/// filling the file can act on, all of them at once (up to 200); the tables are returned only when
/// there is none. The file is checked before it is parsed: its size, that it is a zip package and
/// what it unpacks to, so a large or crafted upload costs little.
/// </summary>
public static class TemplateWorkbookReader
{
    public const long MaxBytes = UploadedWorkbook.MaxBytes;

    private const string Noun = "模板";

    public static TemplateImport Read(Stream stream, TemplateCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new TemplateProblems();
        var parts = ReadFile(stream, catalog, problems);
        return new TemplateImport(problems.Any ? null : parts, problems.ToList());
    }

    private static TemplateParts? ReadFile(Stream stream, TemplateCatalog catalog, TemplateProblems problems)
    {
        using var workbook = UploadedWorkbook.Open(stream, Noun, problems.File);
        if (workbook is null)
        {
            return null;
        }
        try
        {
            return ReadWorkbook(workbook, catalog, problems);
        }
        catch (Exception e) when (UploadedWorkbook.IsUnreadable(e))
        {
            problems.File(UploadedWorkbook.NotASpreadsheet(Noun));
            return null;
        }
    }

    private static TemplateParts? ReadWorkbook(UploadedWorkbook workbook, TemplateCatalog catalog, TemplateProblems problems)
    {
        CheckMarker(workbook.Part.Workbook, catalog.Year, problems);
        var shapes = TemplateLayout.Sheets(catalog.Year);
        var sheets = workbook.Sheets;
        var expected = shapes.Select(s => s.Name).Append(TemplateLayout.InstructionsSheet).Append(BasicDataTemplateSheet.Name)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var sheet in sheets.Where(s => !expected.Contains(SheetName(s)) && !IsEvaluationSheet(s)))
        {
            problems.Sheet(SheetName(sheet),
                $"这不是模板中的工作表。请不要增加工作表或修改工作表名称（应为“公开01表”至“公开09表”、“{BasicDataTemplateSheet.Name}”、以“{EvaluationTemplateSheet.NamePrefix}”开头的自评表和“填表说明”），删除或改回名称后再上传。");
        }
        var tables = ReadTables(workbook, shapes, catalog, problems);
        var evaluationSheets = sheets.Where(IsEvaluationSheet).ToList();
        var evaluations = new List<EvaluationContent>();
        foreach (var sheet in evaluationSheets)
        {
            if (Cells(workbook, sheet, problems) is { } cells
                && EvaluationTemplateSheet.Read(SheetName(sheet), cells, problems) is { } evaluation)
            {
                evaluations.Add(evaluation);
            }
        }
        var basicDataSheet = sheets.FirstOrDefault(s => SheetName(s) == BasicDataTemplateSheet.Name);
        var basicData = basicDataSheet is not null && Cells(workbook, basicDataSheet, problems) is { } basicCells
            ? BasicDataTemplateSheet.Read(basicCells, problems)
            : null;
        return problems.Any || tables is null ? null
            : new TemplateParts(tables, evaluationSheets.Count > 0 ? evaluations : null, basicDataSheet is not null, basicData);
    }

    private static bool IsEvaluationSheet(Sheet sheet) =>
        SheetName(sheet).StartsWith(EvaluationTemplateSheet.NamePrefix, StringComparison.Ordinal);

    /// <summary>The cells of a worksheet; null, with the problem reported, when it is no worksheet or far too long.</summary>
    private static SheetCells? Cells(UploadedWorkbook workbook, Sheet sheet, TemplateProblems problems)
    {
        var name = SheetName(sheet);
        if (sheet.Id?.Value is not { } id || workbook.Part.GetPartById(id) is not WorksheetPart part)
        {
            problems.Sheet(name, "这不是一张普通的工作表（可能是图表）。请使用下载的模板。");
            return null;
        }
        var cells = SheetCells.Read(part, workbook.SharedStrings);
        if (cells.TooManyRows)
        {
            problems.Sheet(name,
                $"第{TemplateLayout.MaxRows.ToString(CultureInfo.InvariantCulture)}行以下还有内容，远超模板的范围。请删除表格下方多余的内容后再上传。");
            return null;
        }
        return cells;
    }

    private static TablesContent? ReadTables(UploadedWorkbook workbook, IReadOnlyList<SheetShape> shapes, TemplateCatalog catalog,
        TemplateProblems problems)
    {
        var sheets = workbook.Sheets;

        var read = new Dictionary<PublishedTable, object>();
        foreach (var shape in shapes)
        {
            var sheet = sheets.FirstOrDefault(s => SheetName(s) == shape.Name);
            if (sheet is null)
            {
                problems.Sheet(shape.Name, "工作簿中没有这张表。请使用下载的模板，不要删除工作表或修改工作表名称。");
                continue;
            }
            if (Cells(workbook, sheet, problems) is not { } cells)
            {
                continue;
            }
            if (ImportedSheet.Read(shape, cells, catalog, problems) is not { } imported)
            {
                continue;
            }
            read[shape.Table] = shape.Table switch
            {
                PublishedTable.IncomeExpenditureSummary => new SummarySheetReader(imported).Summary(),
                PublishedTable.Income => new CodedSheetReader(imported).Read(TemplateTables.Income),
                PublishedTable.Expenditure => new CodedSheetReader(imported).Read(TemplateTables.Expenditure),
                PublishedTable.AppropriationSummary => new SummarySheetReader(imported).Appropriation(),
                PublishedTable.GeneralBudgetExpenditure => new CodedSheetReader(imported).Read(TemplateTables.GeneralBudget),
                PublishedTable.BasicExpenditureDetail => new BasicExpenditureSheetReader(imported).Read(),
                PublishedTable.GovernmentFund => new CodedSheetReader(imported).Read(TemplateTables.GovernmentFund),
                PublishedTable.StateCapital => new CodedSheetReader(imported).Read(TemplateTables.StateCapital),
                PublishedTable.ThreePublicCosts => new ThreePublicSheetReader(imported).Read(),
                _ => throw new InvalidOperationException($"No reader for {shape.Table}."),
            };
        }
        if (problems.Any || read.Count != shapes.Count)
        {
            return null;
        }
        return new TablesContent(
            (SummaryContent)read[PublishedTable.IncomeExpenditureSummary],
            (TableContent<IncomeRowContent>)read[PublishedTable.Income],
            (TableContent<ExpenditureRowContent>)read[PublishedTable.Expenditure],
            (AppropriationSummaryContent)read[PublishedTable.AppropriationSummary],
            (TableContent<GeneralBudgetRowContent>)read[PublishedTable.GeneralBudgetExpenditure],
            (BasicExpenditureContent)read[PublishedTable.BasicExpenditureDetail],
            (TableContent<GovernmentFundRowContent>)read[PublishedTable.GovernmentFund],
            (TableContent<StateCapitalRowContent>)read[PublishedTable.StateCapital],
            (ThreePublicCostsContent)read[PublishedTable.ThreePublicCosts]);
    }

    private static string SheetName(Sheet sheet) => UploadedWorkbook.SheetName(sheet);

    /// <summary>
    /// A template from this portal names its layout version and year; a workbook without the names
    /// is read by its sheets and headings alone.
    /// </summary>
    private static void CheckMarker(Workbook workbook, int year, TemplateProblems problems)
    {
        var names = workbook.DefinedNames?.Elements<DefinedName>().ToList() ?? [];
        int? Value(string name) =>
            names.FirstOrDefault(n => n.Name?.Value == name)?.Text is { } text
            && int.TryParse(text.Trim().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;

        if (Value(TemplateLayout.VersionName) is { } version && version != TemplateLayout.Version)
        {
            problems.File($"这是第{version.ToString(CultureInfo.InvariantCulture)}版模板，系统现在使用第{TemplateLayout.Version.ToString(CultureInfo.InvariantCulture)}版。请重新下载模板，把数字复制过去后再上传。");
        }
        if (Value(TemplateLayout.YearName) is { } templateYear && templateYear != year)
        {
            problems.File($"这是{templateYear.ToString(CultureInfo.InvariantCulture)}年度的模板，而正在填报的是{year.ToString(CultureInfo.InvariantCulture)}年度。请下载{year.ToString(CultureInfo.InvariantCulture)}年度的模板填写后上传。");
        }
    }
}
