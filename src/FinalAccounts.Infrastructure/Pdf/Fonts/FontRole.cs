namespace FinalAccounts.Infrastructure.Pdf.Fonts;

/// <summary>
/// The typographic role of a run of text, as Chinese government documents use them:
/// 宋 (serif) for body text and tables, 黑 (sans) for headings.
/// </summary>
public enum FontRole
{
    /// <summary>宋体-like: body text and table cells.</summary>
    Serif,

    /// <summary>黑体-like: headings and table titles.</summary>
    Sans,
}
