using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Infrastructure.Exports;
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

    public static byte[] Write(TablesContent tables, TemplateTitle title)
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
            definedNames.Append(
                new DefinedName(TemplateLayout.Version.ToString(CultureInfo.InvariantCulture)) { Name = TemplateLayout.VersionName, Hidden = true },
                new DefinedName(title.Year.ToString(CultureInfo.InvariantCulture)) { Name = TemplateLayout.YearName, Hidden = true });
            workbookPart.AddNewPart<WorkbookStylesPart>($"rId{shapes.Count + 2}").Stylesheet = WorkbookStyles.Stylesheet();
            workbookPart.AddNewPart<SharedStringTablePart>($"rId{shapes.Count + 3}").SharedStringTable = strings.Table();
            workbookPart.Workbook = new Workbook(sheets, definedNames);
        }
        // Parts are stamped with a time that depends on the year alone, never the clock's.
        return OfficePackage.Finish(stream.ToArray(), new DateTimeOffset(title.Year + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)));
    }

    /// <summary>Codes are written as text, which Excel would otherwise flag on every row as a number stored as text.</summary>
    private static IgnoredErrors CodesAsText(SheetShape shape) => new(new IgnoredError
    {
        SequenceOfReferences = new ListValue<StringValue>([new($"A1:{CellAddress.Of(TemplateLayout.MaxRows, shape.ColumnCount - 1)}")]),
        NumberStoredAsText = true,
    });
}
