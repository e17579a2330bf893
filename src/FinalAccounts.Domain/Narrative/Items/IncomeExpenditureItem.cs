using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>一、收入支出决算总体情况说明: the grand totals, their change against last year, and 图1.</summary>
internal sealed class IncomeExpenditureItem(ExplanationContext context) : ItemWriter(context)
{
    public override int Number => 1;

    public override IEnumerable<ExplanationBlock> Blocks()
    {
        if (Figures.GrandTotal is not { } total)
        {
            yield break;
        }
        var summary = Version.Summary;
        if (summary.IncomeGrandTotal == summary.ExpenditureGrandTotal || summary.ExpenditureGrandTotal is null)
        {
            W.Text($"{Year}收、支总计均为").Amount(total, Keys.GrandTotal).Text("。");
        }
        else
        {
            W.Text($"{Year}收入总计").Amount(summary.IncomeGrandTotal, Keys.GrandTotal)
                .Text("，支出总计").Amount(summary.ExpenditureGrandTotal).Text("。");
        }
        ChangeSentence(Keys.GrandTotal, total, "收、支总计", ExplanationTextKeys.TotalChange);
        yield return new ExplanationBlock(null, [W.Paragraph()], TwoYearChart(1, "收、支决算总计变动情况", Keys.GrandTotal, "收入总计", "支出总计"));
    }
}
