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
}
