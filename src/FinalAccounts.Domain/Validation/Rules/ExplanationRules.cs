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
            var sentence = context.Explanation.SentenceStating(stated.Key) ?? Figures.DisclosureFigures.Keys.Label(stated.Key);
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

/// <summary>Where the 说明 customarily gives a reason or a "主要用于" text — a change, a deviation from budget — staff have written one.</summary>
internal sealed class ReasonSuppliedRule : IValidationRule
{
    public string Id => "explanation-reason";

    public string Title => "变动和预决算差异须说明原因，支出须说明主要用途";

    public IEnumerable<Finding> Check(ValidationContext context) =>
        context.Explanation.StaffTexts
            .Where(r => r.IsMissing)
            .Select(r => new Finding(FindingSeverity.Warning, Id, FindingLocation.InExplanation(r.Item, r.Sentence), null, null,
                ExplanationTextKeys.AsksForUse(r.Key)
                    ? $"说明第{ChineseNumerals.Ordinal(r.Item)}项“{r.Sentence}”须写明主要用途。"
                    : $"说明第{ChineseNumerals.Ordinal(r.Item)}项“{r.Sentence}”须写明主要原因。"));
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
            var finding = Checks.Same(Id, at, $"填写的上年{label}", entered, published, $"{prior.Year}年度已公开的决算");
            if (finding is not null)
            {
                // A break beyond rounding needs an explanation, not a correction: last year is already public.
                yield return finding.Severity == FindingSeverity.Error ? finding with { Severity = FindingSeverity.Warning } : finding;
            }
        }
    }
}
