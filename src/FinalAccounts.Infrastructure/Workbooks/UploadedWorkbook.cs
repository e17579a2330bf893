using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// An .xlsx file someone uploaded, checked before it is parsed: its size, that it is a zip package and
/// what it unpacks to, so a large or crafted upload costs little. Every portal import (the template,
/// a catalog, a list of accounts) opens its file here; a refusal names what should have been uploaded.
/// </summary>
internal sealed class UploadedWorkbook : IDisposable
{
    public const long MaxBytes = 20 * 1024 * 1024;

    // A filled file unpacks to well under a megabyte; these stop a zip bomb before it inflates.
    private const long MaxUnpackedBytes = 200L * 1024 * 1024;
    private const long MaxUnpackedPartBytes = 32L * 1024 * 1024;
    private const int MaxEntries = 1000;
    private const long MaxCharactersInPart = 10_000_000;

    private static readonly byte[] ZipSignature = [0x50, 0x4B];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly SpreadsheetDocument _document;
    private IReadOnlyList<string>? _sharedStrings;

    private UploadedWorkbook(SpreadsheetDocument document, WorkbookPart part)
    {
        _document = document;
        Part = part;
    }

    public WorkbookPart Part { get; }

    public IReadOnlyList<Sheet> Sheets => Part.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];

    /// <summary>
    /// Opens the upload, or reports through <paramref name="refuse"/> why it cannot be read and returns
    /// null. <paramref name="noun"/> names the file the person should upload: "模板", "科目表".
    /// </summary>
    public static UploadedWorkbook? Open(Stream stream, string noun, Action<string> refuse)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (ReadAtMost(stream, MaxBytes) is not { } bytes)
        {
            refuse($"文件超过20 MB，不是填好的{noun}。请上传从本系统下载、填好的{noun}文件（.xlsx）。");
            return null;
        }
        if (bytes.Length == 0)
        {
            refuse($"文件是空的。请上传填好的{noun}文件（.xlsx）。");
            return null;
        }
        if (!bytes.AsSpan().StartsWith(ZipSignature))
        {
            refuse(NotAWorkbook(bytes, noun));
            return null;
        }
        if (!UnpacksSafely(bytes, noun, refuse))
        {
            return null;
        }
        SpreadsheetDocument? document = null;
        try
        {
            document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            if (document.WorkbookPart is { Workbook: not null } part)
            {
                return new UploadedWorkbook(document, part);
            }
        }
        catch (Exception e) when (IsUnreadable(e))
        {
        }
        document?.Dispose();
        refuse(NotASpreadsheet(noun));
        return null;
    }

    /// <summary>What reading a part of a damaged or crafted package throws.</summary>
    public static bool IsUnreadable(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FormatException;

    public static string NotASpreadsheet(string noun) =>
        $"文件无法作为 Excel 工作簿读取：它可能已损坏，或者是其他文档（如 Word 文档、压缩包）。请上传填好的{noun}文件（.xlsx）。";

    public static string SheetName(Sheet sheet) => sheet.Name?.Value?.Trim() ?? "";

    /// <summary>The shared strings, read once.</summary>
    public IReadOnlyList<string> SharedStrings => _sharedStrings ??=
        Part.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => SheetCells.StringText(i)).ToList() ?? [];

    /// <summary>The worksheet of that name; null when there is none or it is not a worksheet (a chart).</summary>
    public WorksheetPart? Worksheet(string name) =>
        Sheets.FirstOrDefault(s => SheetName(s) == name)?.Id?.Value is { } id && Part.GetPartById(id) is WorksheetPart part ? part : null;

    public void Dispose() => _document.Dispose();

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

    private static string NotAWorkbook(byte[] bytes, string noun)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
        {
            return $"文件是旧版 Excel 格式（.xls）。请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再上传，或直接使用下载的{noun}。";
        }
        return LooksLikeText(bytes)
            ? $"文件是文本文件（如 CSV），不是 Excel 工作簿。请使用下载的{noun}（.xlsx）填写后上传。"
            : $"文件不是 Excel 工作簿（.xlsx）。请使用下载的{noun}填写后上传。";
    }

    private static bool LooksLikeText(byte[] bytes)
    {
        const int SampleLength = 4096;
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, SampleLength));
        try
        {
            // A sample cut from a longer file may end inside a character; without a flush, its start is held back, not refused.
            var chars = new char[sample.Length];
            var count = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder()
                .GetChars(sample, chars, flush: bytes.Length <= SampleLength);
            var text = chars.AsSpan(0, count).ToString();
            return text.All(c => !char.IsControl(c) || c is '\r' or '\n' or '\t');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Checks the zip's directory: how many entries, and how much they claim to unpack to.</summary>
    private static bool UnpacksSafely(byte[] bytes, string noun, Action<string> refuse)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxEntries || archive.Entries.Any(e => e.Length > MaxUnpackedPartBytes)
                || archive.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                refuse($"文件解压后内容过大，远超{noun}的范围，无法读取。请上传从本系统下载、填好的{noun}文件。");
                return false;
            }
            return true;
        }
        catch (InvalidDataException)
        {
            refuse(NotASpreadsheet(noun));
            return false;
        }
    }
}
