using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace FinalAccounts.Web.Rendering;

/// <summary>
/// HTML kept as UTF-8 bytes (a published article, ADR 0022), written to the page a chunk at a time. A
/// disclosure's article is some 300 KB: decoded into one string it would be a 600 KB object on the large
/// object heap for every uncached page, and under load those objects are what sets the garbage
/// collector's pace.
/// </summary>
public sealed class Utf8Html(byte[] utf8) : IHtmlContent
{
    private const int ChunkChars = 16 * 1024;

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = ArrayPool<char>.Shared.Rent(ChunkChars);
        try
        {
            var rest = utf8.AsSpan();
            var completed = false;
            while (!completed)
            {
                decoder.Convert(rest, chars, flush: true, out var bytesUsed, out var charsUsed, out completed);
                writer.Write(chars, 0, charsUsed);
                rest = rest[bytesUsed..];
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
