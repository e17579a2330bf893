using System.Text;

namespace FinalAccounts.Infrastructure.Search;

/// <summary>A piece of a snippet: plain text, or text that matched a search term. Pages encode both.</summary>
public sealed record SnippetSegment(string Text, bool IsMatch);

/// <summary>A short excerpt around the first match of a text, as segments, so that a page marks the matches without ever emitting the text as markup.</summary>
public sealed record Snippet(IReadOnlyList<SnippetSegment> Segments)
{
    public const int DefaultLength = 80;
    private const int LeadingContext = 24;
    private const string Ellipsis = "…";

    /// <summary>The excerpt as plain text, without marks.</summary>
    public string Text => string.Concat(Segments.Select(s => s.Text));

    /// <summary>
    /// About <paramref name="length"/> characters of <paramref name="text"/> around the first occurrence
    /// of any of <paramref name="terms"/> (folded, as <see cref="SearchText.Fold"/> makes them), every
    /// occurrence inside marked; runs of whitespace read as one space. Without any occurrence, the start
    /// of the text.
    /// </summary>
    public static Snippet Build(string text, IReadOnlyCollection<string> terms, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var folded = SearchText.Fold(text);
        var usable = terms.Where(t => t.Length > 0).ToList();

        var first = usable.Select(t => folded.IndexOf(t, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - LeadingContext);
        var end = Math.Min(text.Length, start + length);
        start = Math.Max(0, Math.Min(start, end - length));
        start = AvoidSplittingPair(text, start);
        end = AvoidSplittingPair(text, end);

        var segments = new List<SnippetSegment>();
        var plain = new StringBuilder();
        if (start > 0)
        {
            plain.Append(Ellipsis);
        }
        var i = start;
        while (i < end)
        {
            var match = LongestMatchAt(folded, i, usable);
            if (match == 0)
            {
                plain.Append(text[i]);
                i++;
                continue;
            }
            Flush(plain, segments);
            segments.Add(new SnippetSegment(Collapse(text.Substring(i, match)), true));
            i += match;
            end = Math.Max(end, i);
        }
        if (end < text.Length)
        {
            plain.Append(Ellipsis);
        }
        Flush(plain, segments);
        return new Snippet(Trim(segments));
    }

    private static int LongestMatchAt(string folded, int index, IReadOnlyList<string> terms)
    {
        var longest = 0;
        foreach (var term in terms)
        {
            if (term.Length > longest && folded.AsSpan(index).StartsWith(term, StringComparison.Ordinal))
            {
                longest = term.Length;
            }
        }
        return longest;
    }

    private static int AvoidSplittingPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1])
            ? index - 1
            : index;

    private static void Flush(StringBuilder plain, List<SnippetSegment> segments)
    {
        if (plain.Length > 0)
        {
            segments.Add(new SnippetSegment(Collapse(plain.ToString()), false));
            plain.Clear();
        }
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                }
                inSpace = true;
            }
            else
            {
                builder.Append(c);
                inSpace = false;
            }
        }
        return builder.ToString();
    }

    private static List<SnippetSegment> Trim(List<SnippetSegment> segments)
    {
        if (segments.Count > 0 && !segments[0].IsMatch)
        {
            segments[0] = segments[0] with { Text = segments[0].Text.TrimStart() };
        }
        if (segments.Count > 0 && !segments[^1].IsMatch)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text.TrimEnd() };
        }
        return segments.Where(s => s.Text.Length > 0).ToList();
    }
}
