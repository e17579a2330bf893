using FinalAccounts.Domain.Tables;
using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>六、一般公共预算财政拨款基本支出决算情况说明: 人员经费 and 公用经费 with the items they mainly went to.</summary>
internal sealed class BasicExpenditureItem(ExplanationContext context) : ItemWriter(context)
{
    public override int Number => 6;

    public override IEnumerable<ExplanationBlock> Blocks()
    {
        if (Figures.GeneralBudgetBasic is not { } basic)
        {
            yield break;
        }
        var detail = Figures.BasicExpenditureDetail;
        W.Text($"{Year}一般公共预算财政拨款基本支出").Amount(basic).Text("，其中：人员经费")
            .Amount(Figures.PersonnelCosts, Keys.PersonnelCosts);
        UsedItems(detail.UsedItems(BasicExpenditureGroup.Personnel));
        var personnel = W.Paragraph();
        W.Text("公用经费").Amount(Figures.PublicCosts, Keys.PublicCosts);
        UsedItems(detail.UsedItems(BasicExpenditureGroup.Public));
        yield return Block(null, personnel, W.Paragraph());
    }

    private void UsedItems(IReadOnlyList<BasicExpenditureRow> items)
    {
        W.Text(items.Count == 0 ? "。" : "，主要包括：" + string.Join("、", items.Select(i => i.Name)) + "。");
    }
}
