using System.Globalization;

namespace FinalAccounts.Domain;

/// <summary>
/// What the portal accepts as text from a person: tab and line breaks in a paragraph, nothing else
/// invisible. A control character (U+0001, Word's manual line break U+000B, U+001F, U+FFFF, a lone
/// surrogate) would break the workbooks and CSV files made from the text, so it is refused where it
/// was typed, saying which character and where, rather than dropped unseen.
/// </summary>
public static class TextInput
{
    /// <summary>Why the text cannot be taken as it is, or null when it can. A one-line text takes no line break either.</summary>
    public static string? Problem(string? text, bool multiline = true)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            var lineBreak = c is '\n' or '\r';
            if (lineBreak && !multiline)
            {
                return $"第 {Position(text, i)} 个字处有换行，这里只能填一行文字，请删除换行后再保存。";
            }
            if (!IsAllowed(c))
            {
                var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                var hint = c == '\u000B' ? "（Word 中的手动换行符，请改用回车换行）" : "（可能是从其他软件复制带来的）";
                return $"第 {Position(text, i)} 个字是不可见的控制字符 U+{code}{hint}，请删除后再保存。";
            }
        }
        return null;
    }

    /// <summary>
    /// Why a required one-line name (a region's, a department's, a unit's) cannot be kept, or null when
    /// it can: blank, longer than its limit, or holding a line break or an invisible character.
    /// </summary>
    public static string? NameProblem(string? name, string label, int maxLength) =>
        string.IsNullOrWhiteSpace(name) ? $"请填写{label}。"
        : name.Trim().Length > maxLength ? $"{label}共 {name.Trim().Length} 个字，超过上限 {maxLength} 个字。"
        : Problem(name, multiline: false) is { } problem ? $"{label}：{problem}"
        : null;

    /// <summary>
    /// What a list's search box looks for: the text with control characters read as spaces (NUL among
    /// them, which PostgreSQL refuses in text), trimmed; null when nothing is left. A filter is not kept,
    /// so it is cleaned rather than refused.
    /// </summary>
    public static string? Filter(string? text) =>
        new string([.. (text ?? "").Select(c => char.IsControl(c) && !char.IsWhiteSpace(c) ? ' ' : c)]).Trim() is { Length: > 0 } filter
            ? filter : null;

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r'
        || (c >= ' ' && c < '\u007F')
        || (c > '\u009F' && c < '\uD800')
        || (c > '\uDFFF' && c < '\uFFFE');

    /// <summary>The 1-based position a person counts: characters, a surrogate pair being one.</summary>
    private static int Position(string text, int index) => new StringInfo(text[..index]).LengthInTextElements + 1;
}
