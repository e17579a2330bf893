using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Narrative;

namespace FinalAccounts.Domain.Figures;

/// <summary>
/// Last year's figures for the year-over-year changes of the 说明: from the department's previous
/// published disclosure when the portal has it, and otherwise from what staff entered. Where both
/// exist the published disclosure wins, and the validator reports any disagreement.
/// </summary>
public sealed class PriorYearFigures
{
    private readonly IReadOnlyDictionary<string, Money> _published;
    private readonly IReadOnlyDictionary<string, Money> _entered;

    private PriorYearFigures(FiscalYear year, IReadOnlyDictionary<string, Money> published,
        IReadOnlyDictionary<string, Money> entered)
    {
        Year = year;
        _published = published;
        _entered = entered;
    }

    /// <param name="year">The year of the disclosure being explained; last year is the one before.</param>
    /// <param name="previous">The figures of last year's published disclosure, if the portal has one.</param>
    /// <param name="entered">The version's figures; its prior-year ones are used.</param>
    public static PriorYearFigures For(FiscalYear year, DisclosureFigures? previous, IEnumerable<NarrativeFigure> entered) =>
        new(year.Previous,
            previous?.Keyed ?? new Dictionary<string, Money>(),
            entered.Where(f => f.Kind == NarrativeFigureKind.PriorYear)
                .GroupBy(f => f.Key)
                .ToDictionary(g => g.Key, g => g.First().Amount, StringComparer.Ordinal));

    public FiscalYear Year { get; }

    public bool HasPublishedDisclosure => _published.Count > 0;

    public IReadOnlyDictionary<string, Money> Entered => _entered;

    public IReadOnlyDictionary<string, Money> Published => _published;

    public Money? this[string key] =>
        _published.TryGetValue(key, out var published) ? published
        : _entered.TryGetValue(key, out var entered) ? entered
        : null;
}
