using System.Text;

namespace FinalAccounts.Infrastructure.Search;

/// <summary>
/// How texts and queries are compared: folded the same way, and cut into the one- and two-character
/// grams the index holds. Chinese has no spaces between words, so any two neighbouring characters
/// may start a word; a text contains a query only if it holds every bigram of the query, which the
/// index answers, and the exact substring is then checked on the folded text.
/// </summary>
internal static class SearchText
{
    /// <summary>
    /// Folds full-width Latin letters, digits and signs to their ASCII forms, the ideographic space to
    /// a space, and letters to lower case. Each character maps to exactly one character, so an offset
    /// in the folded text is the same offset in the original — snippets rely on it.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                c = c switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    _ => c,
                };
                folded[i] = char.ToLowerInvariant(c);
            }
        });
    }

    /// <summary>
    /// The grams the index stores for a folded text: every character and every pair of neighbouring
    /// characters, leaving out whitespace (a query term never contains any), each once, in order of
    /// first appearance.
    /// </summary>
    public static IReadOnlyList<string> Grams(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var grams = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string gram)
        {
            if (seen.Add(gram))
            {
                grams.Add(gram);
            }
        }

        Rune? previous = null;
        foreach (var rune in folded.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                previous = null;
                continue;
            }
            Add(rune.ToString());
            if (previous is { } before)
            {
                Add(before.ToString() + rune.ToString());
            }
            previous = rune;
        }
        return grams;
    }

    /// <summary>
    /// The grams a text must hold to contain <paramref name="term"/> (folded, without whitespace): its
    /// bigrams, or the character itself for a one-character term.
    /// </summary>
    public static IReadOnlyList<string> TermGrams(string term)
    {
        ArgumentException.ThrowIfNullOrEmpty(term);
        var runes = term.EnumerateRunes().ToList();
        if (runes.Any(Rune.IsWhiteSpace))
        {
            throw new ArgumentException("A search term has no whitespace.", nameof(term));
        }
        if (runes.Count == 1)
        {
            return [runes[0].ToString()];
        }
        return runes.Zip(runes.Skip(1), (a, b) => a.ToString() + b.ToString()).Distinct(StringComparer.Ordinal).ToList();
    }
}
