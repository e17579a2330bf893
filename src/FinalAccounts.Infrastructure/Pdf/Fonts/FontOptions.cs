namespace FinalAccounts.Infrastructure.Pdf.Fonts;

/// <summary>
/// Where the PDF fonts come from, bound from configuration section "Pdf:Fonts". Each value is
/// "path" or "path#faceIndex". The defaults are the files of the Debian packages
/// fonts-arphic-uming, fonts-wqy-microhei and fonts-liberation, so a stock server needs no
/// configuration; another machine (or Windows) points these at its own TrueType-outline fonts.
/// </summary>
public sealed class FontOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Pdf:Fonts";

    /// <summary>宋-like serif for CJK body text and tables (AR PL UMing CN).</summary>
    public string SerifCjk { get; set; } = "/usr/share/fonts/truetype/arphic/uming.ttc";

    /// <summary>黑-like sans for CJK headings (WenQuanYi Micro Hei).</summary>
    public string SansCjk { get; set; } = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>Latin serif paired with <see cref="SerifCjk"/> for digits and Latin letters.</summary>
    public string SerifLatin { get; set; } = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf";

    /// <summary>Bold of <see cref="SerifLatin"/>; a real bold face, since simulated bold digits look smeared.</summary>
    public string SerifLatinBold { get; set; } = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf";

    /// <summary>Latin sans paired with <see cref="SansCjk"/>.</summary>
    public string SansLatin { get; set; } = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf";

    /// <summary>Bold of <see cref="SansLatin"/>.</summary>
    public string SansLatinBold { get; set; } = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf";
}
