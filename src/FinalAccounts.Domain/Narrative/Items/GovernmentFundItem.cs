using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>七、政府性基金预算财政拨款收入支出决算情况说明: the 合计 row of 公开07表, or the statement that there is none.</summary>
internal sealed class GovernmentFundItem(ExplanationContext context) : ItemWriter(context)
{
    public override int Number => 7;

    public override IEnumerable<ExplanationBlock> Blocks()
    {
        if (Version.GovernmentFundRows.FirstOrDefault(r => r.IsTotal) is { } total)
        {
            W.Text($"{Year}政府性基金预算财政拨款年初结转和结余").Amount(total.OpeningBalance)
                .Text("，本年收入").Amount(total.Income)
                .Text("，本年支出").Amount(total.ExpenditureSubtotal)
                .Text("，年末结转和结余").Amount(total.ClosingBalance).Text("。");
            yield return Block(null, W.Paragraph());
        }
        else if (NoneBlock(PublishedTable.GovernmentFund, $"本部门{Year}无政府性基金预算财政拨款收入支出。") is { } none)
        {
            yield return none;
        }
    }
}
