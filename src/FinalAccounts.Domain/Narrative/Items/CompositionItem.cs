using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;
using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>
/// 二、收入决算情况说明 and 三、支出决算情况说明, which the published documents word alike: a total, its
/// change against last year, its parts with their shares, and a pie of them (图2, 图3).
/// </summary>
internal sealed class CompositionItem : ItemWriter
{
    private CompositionItem(ExplanationContext context, int number) : base(context) => Number = number;

    public static CompositionItem Income(ExplanationContext context) => new(context, 2);

    public static CompositionItem Expenditure(ExplanationContext context) => new(context, 3);

    public override int Number { get; }

    public override IEnumerable<ExplanationBlock> Blocks() => Number == 2
        ? TotalWithParts(Figures.IncomeTotal, Keys.IncomeTotal, "收入合计", ExplanationTextKeys.IncomeChange,
            Figures.IncomeComposition, "占本年收入", 2, "收入决算结构")
        : TotalWithParts(Figures.ExpenditureTotal, Keys.ExpenditureTotal, "支出合计", ExplanationTextKeys.ExpenditureChange,
            Figures.ExpenditureComposition, "占本年支出", 3, "支出决算结构");

    private IEnumerable<ExplanationBlock> TotalWithParts(Money? amount, string key, string subject, string reasonKey,
        IReadOnlyList<FigurePart> parts, string shareOf, int chartNumber, string chartTitle)
    {
        if (amount is not { } total)
        {
            yield break;
        }
        W.Text($"{Year}{subject}").Amount(total, key);
        ChangeClause(key, total, subject, reasonKey);
        PartsSentence(parts, shareOf);
        yield return new ExplanationBlock(null, [W.Paragraph()], PieChart(chartNumber, chartTitle, parts));
    }
}
