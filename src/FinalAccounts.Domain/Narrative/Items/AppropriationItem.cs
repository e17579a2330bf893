using FinalAccounts.Domain.Figures;
using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>四、财政拨款收入支出决算总体情况说明: the appropriation totals, the general-budget income, and 图4.</summary>
internal sealed class AppropriationItem(ExplanationContext context) : ItemWriter(context)
{
    public override int Number => 4;

    public override IEnumerable<ExplanationBlock> Blocks()
    {
        if (Figures.AppropriationGrandTotal is not { } total)
        {
            yield break;
        }
        W.Text($"{Year}财政拨款收、支总计均为").Amount(total, Keys.AppropriationGrandTotal).Text("。");
        ChangeSentence(Keys.AppropriationGrandTotal, total, "财政拨款收、支总计各", ExplanationTextKeys.AppropriationChange);
        var first = W.Paragraph();

        Paragraph? second = null;
        if (Figures.GeneralBudgetIncome is { } income)
        {
            W.Text($"{Year}财政拨款收入中，一般公共预算财政拨款收入").Amount(income, Keys.GeneralBudgetIncome);
            if (Change.Between(income, Prior[Keys.GeneralBudgetIncome]) is { IsUnchanged: false } change)
            {
                W.Text($"，比{PriorYearLabel}决算数").Change(change, withRate: false)
                    .Staff(ExplanationTextKeys.GeneralBudgetIncomeChange, "，主要原因是");
            }
            W.Text("。");
            second = W.Paragraph();
        }
        yield return new ExplanationBlock(null, new[] { first, second }.OfType<Paragraph>().ToList(),
            TwoYearChart(4, "财政拨款收、支决算总计变动情况", Keys.AppropriationGrandTotal, "财政拨款收入总计", "财政拨款支出总计"));
    }
}
