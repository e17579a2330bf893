namespace FinalAccounts.Domain.Figures;

/// <summary>
/// The figures a list of disclosures shows for each: 收支总计, the 三公 经费 actually spent, and
/// 收支总计 against last year. Read from <see cref="DisclosureFigures"/> and
/// <see cref="PriorYearFigures"/>, never computed a second way.
/// </summary>
public sealed record DisclosureHeadline(Amounts.Money? GrandTotal, Amounts.Money? ThreePublicCosts, Change? GrandTotalChange)
{
    public static DisclosureHeadline From(DisclosureFigures figures, PriorYearFigures prior) =>
        new(figures.GrandTotal, figures.ThreePublicActual.Total,
            Change.Between(figures.GrandTotal, prior[DisclosureFigures.Keys.GrandTotal]));
}
