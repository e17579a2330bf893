using System.Buffers;

namespace FinalAccounts.Infrastructure.Pdf.Text;

/// <summary>
/// The two character classes behind Chinese line-breaking rules (禁则, GB/T 15834 and the W3C
/// "Requirements for Chinese Text Layout"): a closing mark belongs to the character before it and an
/// opening mark to the character after it, so a printed line never opens with "，" or closes with "（".
/// Kept apart from <see cref="LineBreaker"/> so the rules can be read, tested and extended on their own.
/// </summary>
internal static class ChinesePunctuation
{
    // Full-width marks first, then the half-width ones the seeds mix in ("(一)", "12.2%"), then the
    // iteration marks and small kana that Japanese-influenced names and loanwords bring.
    private static readonly SearchValues<char> Closing = SearchValues.Create(
        "，。、；：？！．" + "）］｝〕〉》」』】〗〙〛｠" + "”’〞〟" +
        "…‥⋯—―–～〜" + "·・" + "％‰℃°′″" +
        "﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞" + "｡､｣" +
        ",.;:?!)]}%" +
        "々〻ゝゞヽヾーｰ" +
        "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ" +
        "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯ");

    // Currency signs are prefixes: "￥" left at a line end would be read apart from its amount.
    private static readonly SearchValues<char> Opening = SearchValues.Create(
        "（［｛〔〈《「『【〖〘〚｟" + "“‘〝" + "﹙﹛﹝" + "｢" +
        "([{" +
        "￥＄￡$¥£€");

    /// <summary>
    /// True for closing punctuation, enumeration and pause marks, ellipsis and dash halves, postfix
    /// signs such as "%" and "℃", and kana marks that cannot stand first on a line.
    /// </summary>
    public static bool CannotStartLine(char c) => Closing.Contains(c);

    /// <summary>True for opening brackets and quotation marks and for currency prefixes.</summary>
    public static bool CannotEndLine(char c) => Opening.Contains(c);
}
