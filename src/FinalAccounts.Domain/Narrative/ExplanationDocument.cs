using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;

namespace FinalAccounts.Domain.Narrative;

/// <summary>A piece of a 说明 paragraph: plain text, a computed figure, or a text staff supply.</summary>
public abstract record Span(string Text);

public sealed record TextSpan(string Value) : Span(Value);

/// <summary>
/// A number of the 说明 as printed, with its value (万元 for amounts, percent, or a count) and unit.
/// The key, when set, names the figure (see <see cref="DisclosureFigures.Keys"/>).
/// </summary>
public sealed record FigureSpan(string? Key, decimal Value, string Unit, string Printed) : Span(Print(Printed, Unit))
{
    /// <summary>
    /// A number with its unit in the published style: a unit in words stands apart ("3,469.73 万元",
    /// "3 个"), a sign does not ("12.2%").
    /// </summary>
    public static string Print(string printed, string unit) =>
        unit.Length > 0 && NarrativeSpacing.IsIdeograph(unit[0]) ? $"{printed} {unit}" : printed + unit;
}

/// <summary>
/// A reason or "主要用于" text staff write. When it is missing the lead-in is dropped from the
/// published text and the validator asks for it.
/// </summary>
public sealed record StaffTextSpan(string Key, string Lead, string? Value) : Span(Value is null ? "" : Lead + Value)
{
    public bool IsMissing => Value is null;
}

public sealed record Paragraph(IReadOnlyList<Span> Spans)
{
    public string Text => string.Concat(Spans.Select(s => s.Text));
}

/// <summary>A sub-heading such as "（一）一般公共预算财政拨款支出决算总体情况" with its paragraphs and chart.</summary>
public sealed record ExplanationBlock(string? Heading, IReadOnlyList<Paragraph> Paragraphs, Chart? Chart = null);

/// <summary>One of the thirteen numbered items, e.g. "一、收入支出决算总体情况说明".</summary>
public sealed record ExplanationSection(int Item, string Heading, IReadOnlyList<ExplanationBlock> Blocks);

/// <summary>A text staff are expected to supply: where it goes and the sentence that needs it.</summary>
public sealed record StaffTextRequest(int Item, string Key, string Sentence, bool IsMissing);

/// <summary>第三部分 决算情况说明, computed from one version's data.</summary>
public sealed class ExplanationDocument(
    IReadOnlyList<ExplanationSection> sections, IReadOnlyList<StaffTextRequest> staffTexts)
{
    public IReadOnlyList<ExplanationSection> Sections { get; } = sections;

    /// <summary>Every reason or "主要用于" text the 说明 calls for, supplied or not.</summary>
    public IReadOnlyList<StaffTextRequest> StaffTexts { get; } = staffTexts;

    public IEnumerable<Chart> Charts =>
        Sections.SelectMany(s => s.Blocks).Select(b => b.Chart).OfType<Chart>();

    /// <summary>The item whose text states the figure of <paramref name="key"/>, if any.</summary>
    public int? ItemStating(string key) =>
        Sections.FirstOrDefault(s => s.Blocks.SelectMany(b => b.Paragraphs).SelectMany(p => p.Spans)
            .Any(span => span is FigureSpan f && f.Key == key))?.Item;

    /// <summary>The sentence that states the figure of <paramref name="key"/>, as printed.</summary>
    /// <param name="typed">
    /// A figure staff typed for the key, in the 说明's style ("2,260.18"): the sentence then quotes it in place
    /// of the computed figure, so that a finding about the typed figure shows the sentence as staff wrote it.
    /// </param>
    public string? SentenceStating(string key, string? typed = null)
    {
        foreach (var paragraph in Sections.SelectMany(s => s.Blocks).SelectMany(b => b.Paragraphs))
        {
            var offset = 0;
            foreach (var span in paragraph.Spans)
            {
                if (span is FigureSpan f && f.Key == key)
                {
                    var text = paragraph.Text;
                    if (typed is not null)
                    {
                        text = text[..offset] + FigureSpan.Print(typed, f.Unit) + text[(offset + f.Text.Length)..];
                    }
                    var start = text.LastIndexOfAny(['。', '；'], Math.Max(0, offset - 1)) + 1;
                    var end = text.IndexOfAny(['。', '；'], offset);
                    return text[start..(end < 0 ? text.Length : end + 1)];
                }
                offset += span.Text.Length;
            }
        }
        return null;
    }

    /// <summary>The 说明 as plain text, item by item, for comparison and search.</summary>
    public string PlainText(int item) =>
        string.Join("\n", Sections.Where(s => s.Item == item).SelectMany(s => s.Blocks)
            .SelectMany(b => (b.Heading is null ? [] : new[] { b.Heading }).Concat(b.Paragraphs.Select(p => p.Text))));
}

public enum ChartKind
{
    /// <summary>Grouped bars: categories (years) × series.</summary>
    Bars = 1,
    /// <summary>A pie of parts of a whole.</summary>
    Pie = 2,
    /// <summary>A line over the categories (years), broken where a year has no amount.</summary>
    Line = 3,
}

/// <summary>One bar or slice: its category (a year, or a part's name), its series, its amount and, for a pie, its share.</summary>
public sealed record ChartPoint(string Category, string? Series, Money Amount, Percentage? Share = null);

/// <summary>图1–图4 of the 说明, as data; pages and the PDF draw it.</summary>
public sealed record Chart(int Number, string Title, ChartKind Kind, IReadOnlyList<ChartPoint> Points)
{
    /// <summary>The unit of the amounts, printed in the caption: 万元, or 万元/人 for a per-staff figure.</summary>
    public string Unit { get; init; } = "万元";

    /// <summary>For a line chart, the categories (years) in order, those without an amount included.</summary>
    public IReadOnlyList<string>? AllCategories { get; init; }

    public IReadOnlyList<string> Categories => AllCategories ?? Points.Select(p => p.Category).Distinct().ToList();

    public IReadOnlyList<string> Series => Points.Select(p => p.Series).OfType<string>().Distinct().ToList();

    /// <summary>
    /// The top of a bar chart's axis in 万元: the largest amount rounded up to 1, 2, 2.5 or 5 times a
    /// power of ten, so that four equal ticks read as round numbers. Pages and the PDF draw to it.
    /// </summary>
    public decimal AxisMaximum
    {
        get
        {
            var value = Points.Count == 0 ? 0 : Points.Max(p => p.Amount.WanYuan);
            if (value <= 0)
            {
                return 1;
            }
            var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)));
            foreach (var step in new[] { 1m, 2m, 2.5m, 5m, 10m })
            {
                if (value <= step * magnitude)
                {
                    return step * magnitude;
                }
            }
            return 10 * magnitude;
        }
    }
}
