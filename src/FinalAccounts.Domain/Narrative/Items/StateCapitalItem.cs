using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>八、国有资本经营预算财政拨款支出决算情况说明: the 合计 row of 公开08表, or the statement that there is none.</summary>
internal sealed class StateCapitalItem(ExplanationContext context) : ItemWriter(context)
{
    public override int Number => 8;

    public override IEnumerable<ExplanationBlock> Blocks()
    {
        if (Version.StateCapitalRows.FirstOrDefault(r => r.IsTotal) is { } total)
        {
            W.Text($"{Year}国有资本经营预算财政拨款支出").Amount(total.Total)
                .Text("，其中：基本支出").Amount(total.Basic).Text("，项目支出").Amount(total.Project).Text("。");
            yield return Block(null, W.Paragraph());
        }
        else if (NoneBlock(PublishedTable.StateCapital, $"本部门{Year}无国有资本经营预算财政拨款支出。") is { } none)
        {
            yield return none;
        }
    }
}
