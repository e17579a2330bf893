using FinalAccounts.Domain.Figures;
using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>十一、政府采购支出说明: the total by kind and what was awarded to small and medium enterprises.</summary>
internal sealed class ProcurementItem(ExplanationContext context) : ItemWriter(context)
{
    public override int Number => 11;

    public override IEnumerable<ExplanationBlock> Blocks()
    {
        var p = Figures.Procurement;
        if (p.Total is not { } total)
        {
            yield break;
        }
        W.Text($"{Year}{Version.ReportingUnit}政府采购支出总额").Amount(total, Keys.ProcurementTotal);
        // The breakdown is left out when none of it was entered; a kind left blank reads 未填报, never 0.
        if (p.KindsTotal is not null)
        {
            W.Text("，其中：政府采购货物支出").AmountOrUnreported(p.Goods).Text("、政府采购工程支出").AmountOrUnreported(p.Works)
                .Text("、政府采购服务支出").AmountOrUnreported(p.Services);
        }
        W.Text("。");
        if (p.AwardedToSmes is { } smes)
        {
            W.Text("授予中小企业合同金额").Amount(smes);
            Share(smes, total, "，占政府采购支出总额的");
            if (p.AwardedToMicroAndSmall is { } micro)
            {
                W.Text("，其中：授予小微企业合同金额").Amount(micro);
                Share(micro, smes, "，占授予中小企业合同金额的");
            }
            var byKind = new[] { ("货物", p.GoodsToSmes, p.Goods), ("工程", p.WorksToSmes, p.Works), ("服务", p.ServicesToSmes, p.Services) }
                .Where(k => k.Item2 is not null && k.Item3 is { Yuan: not 0m })
                .ToList();
            foreach (var (kind, awarded, spent) in byKind)
            {
                W.Text(kind == byKind[0].Item1 ? "；" : "，").Text($"{kind}采购授予中小企业合同金额占{kind}支出金额的")
                    .Percent(Percentage.Of(awarded, spent, PercentKind.Share)!.Value);
            }
            W.Text("。");
        }
        yield return Block(null, W.Paragraph());
    }
}
