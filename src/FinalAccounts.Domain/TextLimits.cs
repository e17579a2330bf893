namespace FinalAccounts.Domain;

/// <summary>
/// Lengths shared by several kinds of text. Each type states its own limits as constants (for
/// example <c>KeyWorkItem.MaxTitleLength</c>), which the database configuration, the forms and the
/// imports all read; a paragraph-sized text takes this one.
/// </summary>
public static class TextLimits
{
    /// <summary>A text of several paragraphs: a duty, a 说明 text, a definition, a goal.</summary>
    public const int LongText = 20_000;
}
