namespace FinalAccounts.Infrastructure.Pdf.Fonts;

/// <summary>
/// One or more configured font files do not exist. The message, in Chinese for the operators and
/// English for the logs, names each file, its setting and the Debian package that provides the
/// default font for that setting, because the usual cause is a server built without those packages.
/// </summary>
public sealed class FontsNotFoundException(IReadOnlyList<MissingFontFile> missing) : Exception(Describe(missing))
{
    /// <summary>The missing files, in the order of the settings.</summary>
    public IReadOnlyList<MissingFontFile> Missing { get; } = missing;

    private static string Describe(IReadOnlyList<MissingFontFile> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        string packages = string.Join(' ', missing.Select(m => m.DebianPackage).Distinct(StringComparer.Ordinal));
        var lines = new List<string> { "找不到 PDF 字体文件 / PDF font files not found:" };
        lines.AddRange(missing.Select(m =>
            $"  {m.Path}（配置项 / setting {FontOptions.SectionName}:{m.Setting}；Debian 软件包 / package {m.DebianPackage}）"));
        lines.Add($"请安装软件包：apt-get install {packages}，或在配置 {FontOptions.SectionName} 中指定其他 TrueType 字体。");
        lines.Add($"Install the packages with apt-get install {packages}, or point {FontOptions.SectionName} at other TrueType fonts.");
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>A configured font file that is absent, with the Debian package that installs the default one.</summary>
public sealed record MissingFontFile(string Setting, string Path, string DebianPackage);
