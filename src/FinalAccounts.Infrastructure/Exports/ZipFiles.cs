using System.IO.Compression;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// Writes zip files whose bytes depend only on their entries: entries in the order given, each
/// stamped with the same fixed time, never the clock's.
/// </summary>
internal static class ZipFiles
{
    public const string ContentType = "application/zip";

    public static byte[] Write(IEnumerable<(string Name, byte[] Content)> entries, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = timestamp;
                using var target = entry.Open();
                target.Write(content);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The bytes of the entry named <paramref name="name"/>, or null when the zip has none.</summary>
    public static byte[]? Read(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        if (archive.GetEntry(name) is not { } entry)
        {
            return null;
        }
        using var source = entry.Open();
        using var target = new MemoryStream();
        source.CopyTo(target);
        return target.ToArray();
    }
}
