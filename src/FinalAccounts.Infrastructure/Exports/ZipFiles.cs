using System.IO.Compression;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// Writes zip files whose bytes depend only on their entries: entries in the order given, each
/// stamped with the same fixed time, never the clock's.
/// </summary>
internal static class ZipFiles
{
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

    /// <summary>
    /// Rewrites a zip-based package (an .xlsx) entry by entry with a fixed time: the packaging library
    /// stamps every part with the moment it was written.
    /// </summary>
    public static byte[] Restamp(byte[] package, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(package);
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return Write([.. source.Entries.Select(e => (e.FullName, ReadAll(e)))], timestamp);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var content = entry.Open();
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }
}
