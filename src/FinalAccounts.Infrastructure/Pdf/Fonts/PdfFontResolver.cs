using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace FinalAccounts.Infrastructure.Pdf.Fonts;

/// <summary>
/// Serves the faces of a <see cref="DocumentFonts"/> to PDFsharp by their <see cref="FontFace.Key"/>.
/// On Linux PDFsharp finds no fonts by itself, and it accepts one resolver per process, set before
/// the first font is used; <see cref="Install"/> does that once. Bold on a Latin key gives the
/// designed bold face; bold on a CJK key gives the regular face with simulated bold, since the
/// CJK fonts have no bold. Italic is always simulated (Chinese documents hardly use it).
/// </summary>
internal sealed class PdfFontResolver(DocumentFonts fonts) : IFontResolver
{
    private static readonly Lock InstallLock = new();
    private static PdfFontResolver? s_installed;

    /// <summary>The fonts this resolver serves.</summary>
    public DocumentFonts Fonts { get; } = fonts ?? throw new ArgumentNullException(nameof(fonts));

    /// <summary>
    /// Makes this process's PDFsharp use <paramref name="fonts"/>.
    /// Repeated calls with the same fonts (or fonts loaded from the same files) do nothing;
    /// the first call wins and is thread-safe.
    /// </summary>
    /// <exception cref="InvalidOperationException">Different fonts were installed earlier; PDFsharp cannot switch resolvers.</exception>
    public static void Install(DocumentFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        lock (InstallLock)
        {
            if (s_installed is not null)
            {
                EnsureSameFonts(s_installed.Fonts, fonts);
                return;
            }

            var resolver = new PdfFontResolver(fonts);
            GlobalFontSettings.FontResolver = resolver;
            s_installed = resolver;
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = Fonts.FindByKey(familyName);
        if (face is null)
        {
            return null;
        }

        if (bold)
        {
            face = Fonts.BoldVariantOf(face);
        }

        var simulations = XStyleSimulations.None;
        if (bold && !face.IsBold)
        {
            simulations |= XStyleSimulations.BoldSimulation;
        }

        if (italic)
        {
            simulations |= XStyleSimulations.ItalicSimulation;
        }

        return new FontResolverInfo(face.Key, simulations);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => Fonts.FindByKey(faceName)?.Data;

    private static void EnsureSameFonts(DocumentFonts current, DocumentFonts requested)
    {
        if (!ReferenceEquals(current, requested) && !current.HasSameSourcesAs(requested))
        {
            throw new InvalidOperationException(
                "PDFsharp already uses other fonts in this process (" +
                string.Join(", ", current.Faces.Select(f => f.Source.ToString())) +
                "); its font resolver can be set only once.");
        }
    }
}
