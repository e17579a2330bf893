using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;

namespace FinalAccounts.Domain.Narrative;

/// <summary>
/// Writes the paragraphs of the 说明 span by span, so that every number stays a figure (with its
/// value, unit and key) and every reason stays a request for staff text.
/// </summary>
internal sealed class ExplanationWriter(IReadOnlyDictionary<string, string> staffTexts)
{
    private readonly List<Span> _spans = [];
    private readonly List<StaffTextRequest> _requests = [];
    private int _item;

    public IReadOnlyList<StaffTextRequest> Requests => _requests;

    public void StartItem(int item) => _item = item;

    public ExplanationWriter Text(string text)
    {
        _spans.Add(new TextSpan(text));
        return this;
    }

    /// <summary>An amount in 万元, two decimals; a blank prints as 0.</summary>
    public ExplanationWriter Amount(Money? amount, string? key = null)
    {
        var value = amount ?? Money.Zero;
        return Figure(new FigureSpan(key, value.DisplayWanYuan, "万元", Printed(value)));
    }

    /// <summary>An amount staff enter: in 万元 when stated, "未填报" when left blank (never 0).</summary>
    public ExplanationWriter AmountOrUnreported(Money? amount, string? key = null) =>
        amount is null ? Text(Unreported.Text) : Amount(amount, key);

    /// <summary>An amount as the 说明 prints it, before its unit: "2,260.10", as the tables and the findings do.</summary>
    public static string Printed(Money amount) => amount.ToWanYuanString();

    private ExplanationWriter Figure(FigureSpan figure)
    {
        // A number stands apart from the word before it ("合计 3,469.73 万元"), not from punctuation ("（12.2%）").
        if (_spans.Count > 0 && _spans[^1].Text is { Length: > 0 } before && NarrativeSpacing.IsIdeograph(before[^1]))
        {
            _spans.Add(new TextSpan(" "));
        }
        _spans.Add(figure);
        return this;
    }

    public ExplanationWriter Percent(Percentage percentage)
    {
        var printed = percentage.ToString().TrimEnd('%');
        return Figure(new FigureSpan(null, percentage.Rounded, "%", printed));
    }

    /// <summary>A score or a rate exactly as the form prints it: "95.5" 分, "91.00" %.</summary>
    public ExplanationWriter AsPrinted(decimal value, string printed, string unit)
    {
        return Figure(new FigureSpan(null, value, unit, printed));
    }

    public ExplanationWriter Count(int count, string unit)
    {
        return Figure(new FigureSpan(null, count, unit, count.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>A text staff supply under <paramref name="key"/>, printed after <paramref name="lead"/>.</summary>
    /// <param name="subject">What the sentence is about, where the sentence alone does not say (a 项, a 三公 item).</param>
    public ExplanationWriter Staff(string key, string lead, string? subject = null)
    {
        var value = staffTexts.GetValueOrDefault(key);
        // The sentence is taken before the text is added, so it reads the same whether the text is written or not.
        var sentence = CurrentSentence();
        _spans.Add(new StaffTextSpan(key, lead, value));
        var named = subject is null || sentence.Contains(subject, StringComparison.Ordinal) ? sentence : $"{subject}：{sentence}";
        _requests.Add(new StaffTextRequest(_item, key, named, value is null));
        return this;
    }

    /// <summary>"减少 483.25万元，下降 12.2%": a change in amount and rate.</summary>
    public ExplanationWriter Change(Change change, bool withRate = true)
    {
        Text(change.AmountVerb).Amount(change.Magnitude);
        if (withRate && change.Rate is { } rate)
        {
            Text("，" + change.RateVerb).Percent(rate);
        }
        return this;
    }

    public bool HasText(string key) => staffTexts.ContainsKey(key);

    public string? StaffTextOf(string key) => staffTexts.GetValueOrDefault(key);

    public Paragraph Paragraph()
    {
        var paragraph = new Paragraph(_spans.ToList());
        _spans.Clear();
        return paragraph;
    }

    private string CurrentSentence()
    {
        // The sentence the text belongs to: the last one written, even when it has just been closed.
        var text = string.Concat(_spans.Select(s => s.Text)).TrimEnd('。', '；', '，');
        var start = text.LastIndexOfAny(['。', '；']) + 1;
        return text[start..].TrimStart('，');
    }
}
