using System.IO.Compression;
using System.Xml.Linq;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// Finishes an .xlsx the packaging library wrote: every internal relationship target is made relative
/// to its source part ("worksheets/sheet1.xml", not "/xl/worksheets/sheet1.xml"), as Excel writes
/// them and as some readers require; and every entry gets the same fixed time, so the same content
/// always gives the same bytes.
/// </summary>
internal static class OfficePackage
{
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static byte[] Finish(byte[] package, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(package);
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return ZipFiles.Write([.. source.Entries.Select(e => (e.FullName, Content(e)))], timestamp);
    }

    private static byte[] Content(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return entry.FullName.EndsWith(".rels", StringComparison.Ordinal) ? RelativeTargets(entry.FullName, copy.ToArray()) : copy.ToArray();
    }

    private static byte[] RelativeTargets(string relsName, byte[] xml)
    {
        var document = XDocument.Load(new MemoryStream(xml));
        // "xl/_rels/workbook.xml.rels" describes "xl/workbook.xml": its targets are relative to "xl/".
        var sourceFolder = relsName[..relsName.LastIndexOf("_rels/", StringComparison.Ordinal)];
        foreach (var relationship in document.Root?.Elements(Relationships + "Relationship") ?? [])
        {
            if ((string?)relationship.Attribute("TargetMode") != "External"
                && relationship.Attribute("Target") is { Value: ['/', ..] } target)
            {
                target.Value = Relative(sourceFolder, target.Value[1..]);
            }
        }
        using var output = new MemoryStream();
        document.Save(output, SaveOptions.DisableFormatting);
        return output.ToArray();
    }

    /// <summary>"worksheets/sheet1.xml" for "xl/worksheets/sheet1.xml" from "xl/"; "../media/a.png" for "xl/media/a.png" from "xl/drawings/".</summary>
    internal static string Relative(string fromFolder, string path)
    {
        var from = fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }
        return string.Join('/', Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common)));
    }
}
