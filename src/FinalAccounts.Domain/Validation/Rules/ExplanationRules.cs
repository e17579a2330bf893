using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>A number staff typed into the 说明 equals the figure the tables give for the same thing.</summary>
internal sealed class StatedFigureMatchesTablesRule : IValidationRule
{
    public string Id => "explanation-figure";

    public string Title => "说明中填写的数字须与表格一致";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var stated in context.Version.NarrativeFigures.Where(f => f.Kind == NarrativeFigureKind.Stated))
        {
            var item = context.Explanation.ItemStating(stated.Key);
            // The sentence quotes the figure staff typed, not the table's: shown the table's, it would look right.
            var sentence = context.Explanation.SentenceStating(stated.Key, ExplanationWriter.Printed(stated.Amount))
                           ?? Figures.DisclosureFigures.Keys.Label(stated.Key);
            var at = item is { } i ? FindingLocation.InExplanation(i, sentence) : new FindingLocation(null, Sentence: sentence);
            var label = Figures.DisclosureFigures.Keys.Label(stated.Key);
            if (!Figures.DisclosureFigures.IsKnownKey(stated.Key))
            {
                yield return new Finding(FindingSeverity.Warning, Id, at, null, stated.Amount.ToWanYuanString(),
                    $"说明中的数字“{stated.Key}”（{stated.Amount.ToWanYuanString()} 万元）没有对应的表格数字，无法核对，请确认或改为其他说明数字。");
                continue;
            }
            var finding = Checks.Same(Id, at, $"说明中填写的{label}", stated.Amount, context.Figures[stated.Key],
                "按表格计算");
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }
}

/// <summary>
/// Where the 说明 customarily gives a reason or a "主要用于" text — a change, a deviation from budget — staff
/// have written one for this year. A text carried from last year that staff have neither changed nor
/// confirmed (<see cref="ExplanationText.IsUnchecked"/>) does not count: it is asked about, with any amounts
/// it states, which are last year's. So are carried texts the 说明 prints without asking for them (own
/// paragraphs, 绩效自评结果应用情况). Once a version is published the marks no longer matter: its warnings
/// were explained or its texts checked before it was submitted.
/// </summary>
internal sealed class ReasonSuppliedRule : IValidationRule
{
    private const int OpeningLength = 30;

    public string Id => "explanation-reason";

    public string Title => "变动和预决算差异须说明原因，支出须说明主要用途，沿用上年的文字须核对";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var carriedTexts = context.Version.Status is DisclosureStatus.Draft or DisclosureStatus.Submitted
            ? context.Version.ExplanationTexts.Where(t => t.IsUnchecked).ToDictionary(t => t.Key, StringComparer.Ordinal)
            : new Dictionary<string, ExplanationText>(StringComparer.Ordinal);
        foreach (var request in context.Explanation.StaffTexts)
        {
            if (request.IsMissing)
            {
                yield return new Finding(FindingSeverity.Warning, Id, FindingLocation.InExplanation(request.Item, request.Sentence), null, null,
                    ExplanationTextKeys.AsksForUse(request.Key)
                        ? $"说明第{ChineseNumerals.Ordinal(request.Item)}项“{request.Sentence}”须写明主要用途。"
                        : $"说明第{ChineseNumerals.Ordinal(request.Item)}项“{request.Sentence}”须写明主要原因。");
            }
            else if (carriedTexts.TryGetValue(request.Key, out var carried))
            {
                yield return Carried(request.Item, request.Sentence, carried);
            }
        }
        foreach (var own in carriedTexts.Values.Where(t => ExplanationTextKeys.IsOwnText(t.Key))
                     .OrderBy(t => t.Item).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            yield return Carried(own.Item, Opening(own), own);
        }
    }

    private Finding Carried(int item, string sentence, ExplanationText text)
    {
        var year = text.CarriedFromYear!.Value;
        var amounts = AmountMentions.In(text.Text);
        var message = $"说明第{ChineseNumerals.Ordinal(item)}项“{sentence}”沿用了{year}年度的文字，须核对后修改或确认沿用。"
                      + (amounts.Count == 0 ? "" : $"其中的金额{string.Join("、", amounts.Select(a => $"“{a}”"))}是{year}年度的数字。");
        return new Finding(FindingSeverity.Warning, Id, FindingLocation.InExplanation(item, sentence), null, null, message);
    }

    /// <summary>What names a text no sentence asks for: its heading, or its first sentence, shortened.</summary>
    private static string Opening(ExplanationText text)
    {
        if (text.Key == ExplanationTextKeys.PerformanceUse)
        {
            return "（四）绩效自评结果应用情况";
        }
        var first = text.Text.Split('\n', 2)[0];
        var end = first.IndexOfAny(['。', '；']);
        first = (end < 0 ? first : first[..end]).Trim();
        return first.Length == 0 ? text.Text[..Math.Min(OpeningLength, text.Text.Length)]
            : first.Length <= OpeningLength ? first : first[..OpeningLength] + "…";
    }
}

/// <summary>Last-year figures staff entered agree with last year's published disclosure, where the portal has it.</summary>
internal sealed class PriorYearMatchesPublishedRule : IValidationRule
{
    public string Id => "prior-year";

    public string Title => "填写的上年数须与上年公开的决算一致";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var prior = context.PriorYear;
        if (!prior.HasPublishedDisclosure)
        {
            yield break;
        }
        foreach (var (key, entered) in prior.Entered)
        {
            if (!prior.Published.TryGetValue(key, out var published))
            {
                continue;
            }
            var label = Figures.DisclosureFigures.Keys.Label(key);
            var at = context.Explanation.ItemStating(key) is { } item
                ? FindingLocation.InExplanation(item, $"上年{label}")
                : new FindingLocation(null, Sentence: $"上年{label}");
            // A break beyond rounding needs an explanation, not a correction: last year is already public.
            var finding = Checks.Same(Id, at, $"填写的上年{label}", entered, published, $"{prior.Year}年度已公开的决算",
                beyond: FindingSeverity.Warning);
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }
}
