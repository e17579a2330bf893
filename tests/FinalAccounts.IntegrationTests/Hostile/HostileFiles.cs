using System.IO.Compression;
using System.Text;
using FinalAccounts.Infrastructure.Exports;

namespace FinalAccounts.IntegrationTests.Hostile;

/// <summary>
/// Files that are not the workbook an import asks for: nothing, text, noise, a zip that would unpack
/// to far more than it weighs (or says so falsely), an old .xls, a workbook with the wrong sheets or
/// none the import knows, and a sheet of a hundred thousand rows. Built the same way every run.
/// </summary>
public static class HostileFiles
{
    public static readonly DateTimeOffset Timestamp = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<(string Name, byte[] Bytes)> All { get; } = Build();

    private static List<(string, byte[])> Build()
    {
        var noise = new byte[4096];
        new Random(20_241_204).NextBytes(noise);
        return
        [
            ("empty file", []),
            ("text, not a zip", "这不是工作簿"u8.ToArray()),
            ("random bytes", noise),
            ("CSV", Encoding.UTF8.GetBytes("科目编码,科目名称,金额\r\n2040601,行政运行,12.00\r\n")),
            (".xls header", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]),
            ("zip bomb (200 MB of zeros)", ZipBomb()),
            ("zip claiming a 4 GB entry", LyingZip()),
            ("empty zip", Zip([])),
            ("zip of text", Zip([("readme.txt", "说明"u8.ToArray())])),
            ("workbook with a sheet no import knows", Sheets(("Sheet1", 2))),
            ("workbook with no rows", ListWorkbook.Write([new ListSheetData("Sheet1", ["甲"], [])], Timestamp)),
            ("100000-row sheet", Sheets(("Sheet1", 100_000))),
        ];
    }

    /// <summary>One entry of zeros that deflates from 200 MB to a few hundred KB.</summary>
    private static byte[] ZipBomb()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 200; i++)
            {
                entry.Write(zeros);
            }
        }
        return memory.ToArray();
    }

    /// <summary>A small zip whose directory says its entry unpacks to 4 GB.</summary>
    private static byte[] LyingZip()
    {
        var bytes = Zip([("[Content_Types].xml", "<Types/>"u8.ToArray())]);
        for (var i = bytes.Length - 22; i >= 0; i--)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02)
            {
                BitConverter.GetBytes(uint.MaxValue).CopyTo(bytes, i + 24);
                break;
            }
        }
        return bytes;
    }

    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }
        return memory.ToArray();
    }

    private static byte[] Sheets(params (string Name, int Rows)[] sheets) =>
        ListWorkbook.Write(sheets.Select(s => new ListSheetData(s.Name, ["编码", "名称"],
            Enumerable.Range(0, s.Rows).Select(i => (IReadOnlyList<object?>)[i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), "名称"]).ToList())).ToList(),
            Timestamp);

    /// <summary>
    /// The value as a spreadsheet cell can hold it: characters XML cannot carry written the way Excel
    /// writes them (_x0001_), which the reader turns back into the character.
    /// </summary>
    public static string CellText(string value)
    {
        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            if (pair)
            {
                text.Append(c).Append(value[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c < '\uFFFE'))
            {
                text.Append(c);
            }
            else
            {
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            }
        }
        return text.ToString();
    }
}
