using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Figures;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>
/// What every item of the 说明 is written from: the version, its year's figures and last year's, and
/// the one writer all items write through, so that the texts staff are asked for keep their order.
/// </summary>
internal sealed class ExplanationContext(
    DisclosureVersion version, FiscalYear year, DisclosureFigures figures, PriorYearFigures prior, ExplanationWriter writer)
{
    public DisclosureVersion Version { get; } = version;

    public FiscalYear Year { get; } = year;

    public DisclosureFigures Figures { get; } = figures;

    public PriorYearFigures Prior { get; } = prior;

    public ExplanationWriter Writer { get; } = writer;

    /// <summary>Paragraphs staff wrote for an item ("text.5.1", "text.5.2" …), in key order.</summary>
    public List<Paragraph> StaffParagraphs(int item) =>
        Version.ExplanationTexts
            .Where(t => t.Item == item && ExplanationTextKeys.IsParagraph(t.Key))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .SelectMany(t => t.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(text => new Paragraph([new TextSpan(text)]))
            .ToList();
}
