using System.Globalization;

namespace FinalAccounts.Infrastructure.Pdf.Fonts;

/// <summary>
/// A font file and the face to take from it, written in configuration as "path" or
/// "path#faceIndex" (the fontconfig way of naming a member of a .ttc collection).
/// </summary>
public readonly record struct FontSource(string Path, int FaceIndex)
{
    /// <summary>
    /// Splits "path#n". A '#' followed by anything other than digits is part of the path,
    /// so unusual file names still work.
    /// </summary>
    public static FontSource Parse(string spec)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        string trimmed = spec.Trim();
        int hash = trimmed.LastIndexOf('#');
        if (hash > 0 && int.TryParse(trimmed.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
        {
            return new FontSource(trimmed[..hash], index);
        }

        return new FontSource(trimmed, 0);
    }

    /// <inheritdoc />
    public override string ToString() => FaceIndex == 0 ? Path : $"{Path}#{FaceIndex.ToString(CultureInfo.InvariantCulture)}";
}
