using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
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
    public const long MaxBytes = 20 * 1024 * 1024;

    // A filled template unpacks to well under a megabyte; these stop a zip bomb before it inflates.
    private const long MaxUnpackedBytes = 200L * 1024 * 1024;
    private const long MaxUnpackedPartBytes = 32L * 1024 * 1024;
    private const int MaxEntries = 1000;
    private const long MaxCharactersInPart = 10_000_000;

    private static readonly byte[] ZipSignature = [0x50, 0x4B];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static TemplateImport Read(Stream stream, TemplateCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new TemplateProblems();
        var tables = ReadFile(stream, catalog, problems);
        return new TemplateImport(problems.Any ? null : tables, problems.ToList());
    }

    private static TablesContent? ReadFile(Stream stream, TemplateCatalog catalog, TemplateProblems problems)
    {
        if (ReadAtMost(stream, MaxBytes) is not { } bytes)
        {
            problems.File("文件超过20 MB，不是填好的模板。请上传从本系统下载、填好的模板文件（.xlsx）。");
            return null;
        }
        if (bytes.Length == 0)
        {
            problems.File("文件是空的。请上传填好的模板文件（.xlsx）。");
            return null;
        }
        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            problems.File(NotAWorkbook(bytes));
            return null;
        }
        if (!UnpacksSafely(bytes, problems))
        {
            return null;
        }
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            if (document.WorkbookPart?.Workbook is null)
            {
                problems.File(NotASpreadsheet);
                return null;
            }
            return ReadWorkbook(document.WorkbookPart, catalog, problems);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException
                                      or FormatException)
        {
            problems.File(NotASpreadsheet);
            return null;
        }
    }

    private const string NotASpreadsheet =
        "文件无法作为 Excel 工作簿读取：它可能已损坏，或者是其他文档（如 Word 文档、压缩包）。请上传填好的模板文件（.xlsx）。";

    /// <summary>The whole stream if it is no longer than the limit, else null; a seekable stream is refused unread.</summary>
    private static byte[]? ReadAtMost(Stream stream, long limit)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            return null;
        }
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > limit)
            {
                return null;
            }
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }

    private static string NotAWorkbook(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            return "文件是旧版 Excel 格式（.xls）。请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再上传，或直接使用下载的模板。";
        }
        return LooksLikeText(bytes)
            ? "文件是文本文件（如 CSV），不是 Excel 工作簿。请使用下载的模板（.xlsx）填写后上传。"
            : "文件不是 Excel 工作簿（.xlsx）。请使用下载的模板填写后上传。";
    }

    private static bool LooksLikeText(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(sample[..^Math.Min(3, sample.Length - 1)]);
            return text.All(c => !char.IsControl(c) || c is '\r' or '\n' or '\t');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Checks the zip's directory: how many entries, and how much they claim to unpack to.</summary>
    private static bool UnpacksSafely(byte[] bytes, TemplateProblems problems)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries || archive.Entries.Any(e => e.Length > MaxUnpackedPartBytes)
                || archive.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                problems.File("文件解压后内容过大，远超模板的范围，无法读取。请上传从本系统下载、填好的模板文件。");
                return false;
            }
            return true;
        }
        catch (InvalidDataException)
        {
            problems.File(NotASpreadsheet);
            return false;
        }
    }

    private static TablesContent? ReadWorkbook(WorkbookPart workbookPart, TemplateCatalog catalog, TemplateProblems problems)
    {
        CheckMarker(workbookPart.Workbook, catalog.Year, problems);
        var shapes = TemplateLayout.Sheets(catalog.Year);
        var sheets = workbookPart.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var expected = shapes.Select(s => s.Name).Append(TemplateLayout.InstructionsSheet).ToHashSet(StringComparer.Ordinal);
        foreach (var sheet in sheets.Where(s => !expected.Contains(SheetName(s))))
        {
            problems.Sheet(SheetName(sheet),
                "这不是模板中的工作表。请不要增加工作表或修改工作表名称（应为“公开01表”至“公开09表”和“填表说明”），删除或改回名称后再上传。");
        }

        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(i => SheetCells.StringText(i)).ToList() ?? [];
        var read = new Dictionary<PublishedTable, object>();
        foreach (var shape in shapes)
        {
            var sheet = sheets.FirstOrDefault(s => SheetName(s) == shape.Name);
            if (sheet?.Id?.Value is not { } id)
            {
                problems.Sheet(shape.Name, "工作簿中没有这张表。请使用下载的模板，不要删除工作表或修改工作表名称。");
                continue;
            }
            if (workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                problems.Sheet(shape.Name, "这不是一张普通的工作表（可能是图表）。请使用下载的模板。");
                continue;
            }
            var cells = SheetCells.Read(part, sharedStrings);
            if (cells.TooManyRows)
            {
                problems.Sheet(shape.Name,
                    $"第{TemplateLayout.MaxRows.ToString(CultureInfo.InvariantCulture)}行以下还有内容，远超模板的范围。请删除表格下方多余的内容后再上传。");
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

    private static string SheetName(Sheet sheet) => sheet.Name?.Value?.Trim() ?? "";

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
