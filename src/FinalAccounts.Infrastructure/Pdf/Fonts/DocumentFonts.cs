namespace FinalAccounts.Infrastructure.Pdf.Fonts;

/// <summary>
/// The six faces a disclosure PDF is drawn with: a CJK face and a Latin face (regular and bold)
/// for each <see cref="FontRole"/>. The CJK fonts' digits and Latin letters look poor, so each
/// character is drawn with the face <see cref="FaceFor"/> picks, the way Word pairs an East Asian
/// font with a Latin one. Loading reads about 27 MB of font files; do it once per process.
/// </summary>
public sealed class DocumentFonts
{
    /// <summary>Internal PDFsharp family names; stable across machines whatever the installed fonts are called.</summary>
    public const string SerifCjkKey = "FA Serif CJK";
    public const string SansCjkKey = "FA Sans CJK";
    public const string SerifLatinKey = "FA Serif Latin";
    public const string SerifLatinBoldKey = "FA Serif Latin Bold";
    public const string SansLatinKey = "FA Sans Latin";
    public const string SansLatinBoldKey = "FA Sans Latin Bold";

    /// <summary>Below this code point a character the Latin face has is drawn with it (Word's rule of thumb).</summary>
    private const int LatinPreferredBelow = 0x2000;

    private static readonly Slot[] Slots =
    [
        new(nameof(FontOptions.SerifCjk), SerifCjkKey, "fonts-arphic-uming", false, o => o.SerifCjk),
        new(nameof(FontOptions.SansCjk), SansCjkKey, "fonts-wqy-microhei", false, o => o.SansCjk),
        new(nameof(FontOptions.SerifLatin), SerifLatinKey, "fonts-liberation", false, o => o.SerifLatin),
        new(nameof(FontOptions.SerifLatinBold), SerifLatinBoldKey, "fonts-liberation", true, o => o.SerifLatinBold),
        new(nameof(FontOptions.SansLatin), SansLatinKey, "fonts-liberation", false, o => o.SansLatin),
        new(nameof(FontOptions.SansLatinBold), SansLatinBoldKey, "fonts-liberation", true, o => o.SansLatinBold),
    ];

    private readonly Dictionary<string, FontFace> _byKey;

    private DocumentFonts(IReadOnlyList<FontFace> faces)
    {
        Faces = faces;
        _byKey = faces.ToDictionary(f => f.Key, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>宋-like CJK face for body text and tables.</summary>
    public FontFace SerifCjk => _byKey[SerifCjkKey];

    /// <summary>黑-like CJK face for headings.</summary>
    public FontFace SansCjk => _byKey[SansCjkKey];

    /// <summary>Latin face paired with <see cref="SerifCjk"/>.</summary>
    public FontFace SerifLatin => _byKey[SerifLatinKey];

    /// <summary>Bold of <see cref="SerifLatin"/>.</summary>
    public FontFace SerifLatinBold => _byKey[SerifLatinBoldKey];

    /// <summary>Latin face paired with <see cref="SansCjk"/>.</summary>
    public FontFace SansLatin => _byKey[SansLatinKey];

    /// <summary>Bold of <see cref="SansLatin"/>.</summary>
    public FontFace SansLatinBold => _byKey[SansLatinBoldKey];

    /// <summary>All six faces.</summary>
    public IReadOnlyList<FontFace> Faces { get; }

    /// <summary>
    /// Checks that every configured file exists, then loads the faces in parallel (the CJK
    /// collections dominate the time).
    /// </summary>
    /// <exception cref="FontsNotFoundException">A file is missing; the message names it and its Debian package.</exception>
    /// <exception cref="InvalidDataException">A file is not a usable TrueType-outline face.</exception>
    public static DocumentFonts Load(FontOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sources = Slots.Select(s => FontSource.Parse(s.Spec(options))).ToArray();
        ThrowIfMissing(sources);
        var faces = new FontFace[Slots.Length];
        Parallel.For(0, Slots.Length, i => faces[i] = FontFace.Load(Slots[i].Key, sources[i], Slots[i].IsBold));
        return new DocumentFonts(faces);
    }

    /// <summary>
    /// The face to draw one character with: a character below U+2000 that the Latin face has
    /// goes to the Latin face (its bold when <paramref name="bold"/>); anything else to the
    /// role's CJK face if it has it, else to the Latin face if that has it.
    /// </summary>
    /// <returns>The face, or null when no face has the character; the caller reports it, since PDFsharp would silently drop it.</returns>
    public FontFace? FaceFor(FontRole role, bool bold, int codePoint)
    {
        var latin = LatinFace(role, bold);
        if (codePoint < LatinPreferredBelow && latin.Covers(codePoint))
        {
            return latin;
        }

        var cjk = CjkFace(role);
        if (cjk.Covers(codePoint))
        {
            return cjk;
        }

        return latin.Covers(codePoint) ? latin : null;
    }

    /// <summary>The CJK face of a role; bold CJK is simulated, there is no bold CJK file.</summary>
    public FontFace CjkFace(FontRole role) => role == FontRole.Sans ? SansCjk : SerifCjk;

    /// <summary>The Latin face of a role.</summary>
    public FontFace LatinFace(FontRole role, bool bold) => (role, bold) switch
    {
        (FontRole.Sans, true) => SansLatinBold,
        (FontRole.Sans, false) => SansLatin,
        (_, true) => SerifLatinBold,
        _ => SerifLatin,
    };

    /// <summary>The face with this <see cref="FontFace.Key"/> (case-insensitive), or null.</summary>
    public FontFace? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The designed bold of a regular Latin face; any other face is returned as is.</summary>
    public FontFace BoldVariantOf(FontFace face)
    {
        ArgumentNullException.ThrowIfNull(face);
        return face.Key switch
        {
            SerifLatinKey => SerifLatinBold,
            SansLatinKey => SansLatinBold,
            _ => face,
        };
    }

    /// <summary>True when both were loaded from the same files and faces, so either may serve PDFsharp.</summary>
    public bool HasSameSourcesAs(DocumentFonts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Faces.Select(f => (f.Key, f.Source)).SequenceEqual(other.Faces.Select(f => (f.Key, f.Source)));
    }

    private static void ThrowIfMissing(FontSource[] sources)
    {
        var missing = Slots
            .Select((slot, i) => new MissingFontFile(slot.Setting, sources[i].Path, slot.DebianPackage))
            .Where(m => !File.Exists(m.Path))
            .ToList();
        if (missing.Count > 0)
        {
            throw new FontsNotFoundException(missing);
        }
    }

    private sealed record Slot(string Setting, string Key, string DebianPackage, bool IsBold, Func<FontOptions, string> Spec);
}
