namespace FinalAccounts.Infrastructure.Pdf.Fonts;

/// <summary>
/// One font face ready for PDFsharp: standalone TrueType bytes (extracted from a collection when
/// needed), the internal family name PDFsharp knows it by, and its character coverage so the
/// layout can avoid PDFsharp's silent dropping of missing glyphs.
/// </summary>
public sealed class FontFace
{
    /// <summary>Parses standalone font bytes; use <see cref="Load"/> to read a file or collection member.</summary>
    public FontFace(string key, FontSource source, byte[] data, bool isBold)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(data);
        var file = OpenTypeFile.Parse(data);
        Key = key;
        Source = source;
        Data = data;
        IsBold = isBold;
        FamilyName = file.FamilyName;
        CharacterMap = CharacterMap.Of(file);
    }

    /// <summary>
    /// The internal family name given to PDFsharp, e.g. "FA Serif CJK". Internal names keep the
    /// document independent of what the installed font calls itself.
    /// </summary>
    public string Key { get; }

    /// <summary>The file and face the bytes came from.</summary>
    public FontSource Source { get; }

    /// <summary>The font file path, for diagnostics.</summary>
    public string SourcePath => Source.Path;

    /// <summary>The family name the font gives itself, e.g. "AR PL UMing CN".</summary>
    public string FamilyName { get; }

    /// <summary>True for a designed bold face; other faces get bold simulated by PDFsharp.</summary>
    public bool IsBold { get; }

    /// <summary>A standalone TrueType font (not a collection), as PDFsharp requires.</summary>
    public byte[] Data { get; }

    /// <summary>The code points the face has glyphs for.</summary>
    public CharacterMap CharacterMap { get; }

    /// <summary>Whether the face can draw the code point; PDFsharp would draw nothing otherwise.</summary>
    public bool Covers(int codePoint) => CharacterMap.Covers(codePoint);

    /// <summary>Reads the file, extracts the face and parses its coverage.</summary>
    /// <exception cref="InvalidDataException">The file is not a usable TrueType-outline face; the message names the file.</exception>
    public static FontFace Load(string key, FontSource source, bool isBold)
    {
        byte[] data = File.ReadAllBytes(source.Path);
        try
        {
            return new FontFace(key, source, OpenTypeFile.ExtractFace(data, source.FaceIndex), isBold);
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException($"字体不可用 / Font not usable: {source} ({key}): {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Key} = {FamilyName} ({Source})";
}
