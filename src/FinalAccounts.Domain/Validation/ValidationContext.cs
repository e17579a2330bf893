using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Narrative;

namespace FinalAccounts.Domain.Validation;

/// <summary>
/// Everything a rule may read: the version, its year's catalog, its computed figures and 说明, last
/// year's figures, and when the year was approved and first published (null when not known).
/// </summary>
public sealed class ValidationContext(
    DisclosureVersion version,
    ClassificationCatalog catalog,
    DisclosureFigures figures,
    PriorYearFigures priorYear,
    ExplanationDocument explanation,
    PublicationTimeliness? timeliness = null)
{
    public DisclosureVersion Version { get; } = version;
    public ClassificationCatalog Catalog { get; } = catalog;
    public FiscalYear Year => Catalog.Year;
    public DisclosureFigures Figures { get; } = figures;
    public PriorYearFigures PriorYear { get; } = priorYear;
    public ExplanationDocument Explanation { get; } = explanation;
    public PublicationTimeliness? Timeliness { get; } = timeliness;
}
