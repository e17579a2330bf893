namespace FinalAccounts.Domain.Narrative;

/// <summary>
/// The published 说明 sets a number apart from the Chinese words around it: "收入合计 3,469.73 万元，下降 12.2%".
/// </summary>
public static class NarrativeSpacing
{
    /// <summary>A CJK ideograph: a word a number is set apart from (not punctuation such as "（" or "：").</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
