using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Figures;

/// <summary>
/// A figure against an earlier one (last year's, or the budget): the difference in 元 and as a
/// percentage of the earlier figure, with the words the 说明 uses for each direction.
/// </summary>
public sealed record Change(Money Current, Money Previous)
{
    public Money Difference => Current - Previous;

    /// <summary>The size of the change, always positive; the verbs carry the direction.</summary>
    public Money Magnitude => Difference.IsNegative ? -Difference : Difference;

    public bool IsUnchanged => Difference.Yuan == 0m;

    /// <summary>Null when the earlier figure is zero.</summary>
    public Percentage? Rate => Percentage.Of(Magnitude, Previous, PercentKind.Change);

    /// <summary>增加 / 减少 for the amount.</summary>
    public string AmountVerb => Difference.IsNegative ? "减少" : "增加";

    /// <summary>增长 / 下降 for the rate.</summary>
    public string RateVerb => Difference.IsNegative ? "下降" : "增长";

    public static Change? Between(Money? current, Money? previous) =>
        current is { } c && previous is { } p ? new Change(c, p) : null;
}
