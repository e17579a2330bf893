using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FinalAccounts.Infrastructure.Pdf;

/// <summary>
/// Makes a saved PDF depend on its content alone. PDFsharp tags every embedded font subset with six
/// random letters ("OQVMCJ+WenQuanYi Micro Hei") and gives the file a random /ID and XMP uuids; all are replaced
/// here by values derived from the content, in place and at the same length, so that the
/// cross-reference offsets stay valid. A published version then has one set of bytes, one hash and
/// one ETag however often it is rendered.
/// </summary>
internal static partial class ReproduciblePdf
{
    private const int TagLength = 6;

    public static byte[] Stabilize(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        // Latin-1 maps every byte to one char and back, so offsets in the text are offsets in the file.
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        text = SubsetName().Replace(text, match =>
        {
            var random = match.Groups["tag"].Value;
            if (!tags.TryGetValue(random, out var stable))
            {
                stable = Tag($"{tags.Count}:{match.Groups["font"].Value}");
                tags[random] = stable;
            }
            return $"{match.Groups["key"].Value}/{stable}+{match.Groups["font"].Value}";
        });
        // The file's /ID and the XMP metadata's uuids become a hash of everything else in the file.
        var identifiers = DocumentId().Matches(text).SelectMany(m => new[] { m.Groups["first"], m.Groups["second"] })
            .Concat(XmpUuid().Matches(text).Select(m => m.Groups["hex"]))
            .ToList();
        var chars = text.ToCharArray();
        foreach (var identifier in identifiers)
        {
            Array.Fill(chars, '0', identifier.Index, identifier.Length);
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(chars)));
        for (var i = 0; i < identifiers.Count; i++)
        {
            var identifier = identifiers[i];
            var value = identifier.Value.Contains('-', StringComparison.Ordinal)
                ? Uuid(hash, i)
                : hash[..Math.Min(identifier.Length, hash.Length)];
            value.CopyTo(0, chars, identifier.Index, Math.Min(identifier.Length, value.Length));
        }
        text = new string(chars);
        return Encoding.Latin1.GetBytes(text);
    }

    // A uuid's form (8-4-4-4-12 lower-case hex digits), different for each one in the file.
    private static string Uuid(string hash, int index)
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes($"{hash}:{index}")));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    // Six capital letters, as the PDF specification asks of a subset tag (ISO 32000-1, 9.6.4).
    private static string Tag(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return string.Concat(hash.Take(TagLength).Select(b => (char)('A' + b % 26)));
    }

    [GeneratedRegex(@"(?<key>/FontName|/BaseFont)/(?<tag>[A-Z]{6})\+(?<font>[^/\s\[\]<>()]+)")]
    private static partial Regex SubsetName();

    [GeneratedRegex(@"/ID\s*\[\s*<(?<first>[0-9A-Fa-f]+)>\s*<(?<second>[0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex DocumentId();

    [GeneratedRegex(@"uuid:(?<hex>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex XmpUuid();
}
