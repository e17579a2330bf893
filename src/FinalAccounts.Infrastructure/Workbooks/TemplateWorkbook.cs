using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// The nine tables as a workbook to fill in and upload: a 填表说明 sheet, then one sheet per table
/// named "公开01表" … "公开09表" in the published layout (title, 单位 lines, headings with their merged
/// cells, body) with every amount an exact number in 万元, a 空表说明 row under each table, and
/// hidden names that tell <see cref="TemplateWorkbookReader"/> the template's version and year.
/// Reading the file back gives the same tables.
/// </summary>
public static class TemplateWorkbook
{
    public const string ContentType = DisclosureWorkbook.ContentType;

    /// <summary>The nine tables alone: reading it back leaves a version's evaluations and 基础数据表 as they are.</summary>
    public static byte[] Write(TablesContent tables, TemplateTitle title) => Write(tables, null, null, title);

    /// <summary>
    /// The nine tables, then — unless <paramref name="evaluations"/> is null — the 基础数据表, one sheet
    /// per self-evaluation and a blank form of each kind, filled in to add an evaluation.
    /// </summary>
    public static byte[] Write(TablesContent tables, IReadOnlyList<EvaluationContent>? evaluations, BasicDataContent? basicData,
        TemplateTitle title)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(title);
        var shapes = TemplateLayout.Sheets(title.Year);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Relationship ids are given everywhere, as the published download does, so that the
            // same tables always give the same bytes.
            var workbookPart = document.AddNewPart<WorkbookPart>(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var strings = new DisclosureWorkbook.SharedStrings();
            workbookPart.AddNewPart<WorksheetPart>("rId1").Worksheet = TemplateInstructions.Worksheet(title, strings);
            var sheets = new Sheets(new Sheet { Name = TemplateLayout.InstructionsSheet, SheetId = 1, Id = "rId1" });
            var definedNames = new DefinedNames();
            for (var i = 0; i < shapes.Count; i++)
            {
                var id = $"rId{i + 2}";
                var table = TemplateSheets.Table(shapes[i], tables, title.ReportingUnit);
                var sheet = new DisclosureWorkbook.SheetWriter(table, strings).Write();
                sheet.Worksheet.Append(CodesAsText(shapes[i]));
                workbookPart.AddNewPart<WorksheetPart>(id).Worksheet = sheet.Worksheet;
                sheets.Append(new Sheet { Name = shapes[i].Name, SheetId = (uint)(i + 2), Id = id });
                definedNames.Append(new DefinedName($"'{shapes[i].Name}'!${sheet.FirstHeaderRow}:${sheet.LastHeaderRow}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)(i + 1),
                });
            }
            var forms = evaluations is null ? [] : Forms(evaluations, basicData, title.Year, strings);
            for (var i = 0; i < forms.Count; i++)
            {
                var id = $"rId{shapes.Count + i + 2}";
                workbookPart.AddNewPart<WorksheetPart>(id).Worksheet = forms[i].Worksheet;
                sheets.Append(new Sheet { Name = forms[i].Name, SheetId = (uint)(shapes.Count + i + 2), Id = id });
            }
            var parts = shapes.Count + forms.Count;
            definedNames.Append(
                new DefinedName(TemplateLayout.Version.ToString(CultureInfo.InvariantCulture)) { Name = TemplateLayout.VersionName, Hidden = true },
                new DefinedName(title.Year.ToString(CultureInfo.InvariantCulture)) { Name = TemplateLayout.YearName, Hidden = true });
            workbookPart.AddNewPart<WorkbookStylesPart>($"rId{parts + 2}").Stylesheet = WorkbookStyles.Stylesheet();
            workbookPart.AddNewPart<SharedStringTablePart>($"rId{parts + 3}").SharedStringTable = strings.Table();
            workbookPart.Workbook = new Workbook(sheets, definedNames);
        }
        // Parts are stamped with a time that depends on the year alone, never the clock's.
        return OfficePackage.Finish(stream.ToArray(), new DateTimeOffset(title.Year + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)));
    }

    private static List<(string Name, Worksheet Worksheet)> Forms(IReadOnlyList<EvaluationContent> evaluations, BasicDataContent? basicData,
        int year, DisclosureWorkbook.SharedStrings strings)
    {
        var forms = new List<(string, Worksheet)> { (BasicDataTemplateSheet.Name, BasicDataTemplateSheet.Write(basicData, year, strings)) };
        for (var i = 0; i < evaluations.Count; i++)
        {
            var kind = EvaluationKindText.Parse(evaluations[i].Kind) ?? EvaluationKind.Project;
            forms.Add(($"{EvaluationTemplateSheet.NamePrefix}{(i + 1).ToString(CultureInfo.InvariantCulture)}",
                EvaluationTemplateSheet.Write(evaluations[i], kind, year, strings)));
        }
        forms.AddRange(EvaluationTemplateSheet.BlankSheets.Select(b => (b.Name, EvaluationTemplateSheet.Write(null, b.Kind, year, strings))));
        return forms;
    }

    /// <summary>Codes are written as text, which Excel would otherwise flag on every row as a number stored as text.</summary>
    private static IgnoredErrors CodesAsText(SheetShape shape) => new(new IgnoredError
    {
        SequenceOfReferences = new ListValue<StringValue>([new($"A1:{CellAddress.Of(TemplateLayout.MaxRows, shape.ColumnCount - 1)}")]),
        NumberStoredAsText = true,
    });
}
