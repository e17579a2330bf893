using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Narrative.Items;

namespace FinalAccounts.Domain.Narrative;

/// <summary>
/// Builds 第三部分 决算情况说明 from a version's tables and facts: every number is computed, staff
/// supply only the reasons and "主要用于" texts (by key), and paragraphs they wrote themselves
/// ("text.&lt;item&gt;.&lt;n&gt;") follow the generated ones. Wording follows the published documents;
/// each item has its writer in <c>Items/</c>.
/// </summary>
public static class ExplanationBuilder
{
    public static ExplanationDocument Build(DisclosureVersion version, FiscalYear year, DisclosureFigures figures,
        PriorYearFigures prior)
    {
        var writer = new ExplanationWriter(version.ExplanationTexts.ToDictionary(t => t.Key, t => t.Text, StringComparer.Ordinal));
        var context = new ExplanationContext(version, year, figures, prior, writer);
        var sections = new List<ExplanationSection>();
        foreach (var item in Items(context))
        {
            if (Section(item, context) is { } section)
            {
                sections.Add(section);
            }
        }
        return new ExplanationDocument(sections, writer.Requests);
    }

    /// <summary>The thirteen items in published order; the texts staff are asked for follow this order.</summary>
    private static ItemWriter[] Items(ExplanationContext context) =>
    [
        new IncomeExpenditureItem(context),
        CompositionItem.Income(context),
        CompositionItem.Expenditure(context),
        new AppropriationItem(context),
        new GeneralBudgetItem(context),
        new BasicExpenditureItem(context),
        new GovernmentFundItem(context),
        new StateCapitalItem(context),
        new ThreePublicCostsItem(context),
        new OperatingCostsItem(context),
        new ProcurementItem(context),
        new AssetsItem(context),
        new PerformanceItem(context),
    ];

    private static ExplanationSection? Section(ItemWriter item, ExplanationContext context)
    {
        context.Writer.StartItem(item.Number);
        var list = item.Blocks().Where(b => b.Paragraphs.Count > 0 || b.Chart is not null).ToList();
        var ownParagraphs = context.StaffParagraphs(item.Number);
        if (ownParagraphs.Count > 0 && item.EndsWithStaffParagraphs)
        {
            list.Add(new ExplanationBlock(null, ownParagraphs));
        }
        return list.Count > 0 ? new ExplanationSection(item.Number, ExplanationItems.Heading(item.Number), list) : null;
    }
}
