using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;
using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>
/// 九、财政拨款“三公”经费支出决算情况说明: the total and each item of 公开09表 against its budget and
/// last year, with the trips, vehicles and receptions staff report.
/// </summary>
internal sealed class ThreePublicCostsItem(ExplanationContext context) : ItemWriter(context)
{
    public override int Number => 9;

    public override IEnumerable<ExplanationBlock> Blocks()
    {
        var budget = Figures.ThreePublicBudget;
        var actual = Figures.ThreePublicActual;
        if (actual.Total is null && budget.Total is null)
        {
            yield break;
        }
        ThreePublicItem("total", $"{Year}“三公”经费财政拨款支出", "“三公”经费", "。较上年", ExplanationTextKeys.ThreePublicChange,
            "，决算数较上年{0}的主要原因：");
        W.Text("。");
        yield return Block("（一）“三公”经费财政拨款支出决算总体情况说明", W.Paragraph());

        var details = Version.ThreePublicDetails;
        var paragraphs = new List<Paragraph>();
        ThreePublicItem("abroad", "1. 因公出国（境）费", "因公出国（境）费", "，较上年", ExplanationTextKeys.AbroadChange,
            "，决算数较上年{0}的主要原因：");
        W.Text("。");
        if (details.TripGroups is { } groups)
        {
            W.Text("全年安排因公出国（境）团组").Count(groups, "个");
            if (details.TripPersons is { } persons)
            {
                W.Text("，累计").Count(persons, "人次");
            }
            W.Text("。");
        }
        paragraphs.Add(W.Paragraph());

        ThreePublicItem("vehicle", "2. 公务用车购置及运行费", "公务用车购置及运行费", "；较上年", ExplanationTextKeys.VehicleChange,
            "。决算数较上年{0}的主要原因：");
        W.Text("。其中：");
        paragraphs.Add(W.Paragraph());
        W.Text("（1）公务用车购置费支出").Amount(actual.VehiclePurchase, Keys.ThreePublic("vehicle-purchase"));
        if (details.VehiclesPurchased is { } purchased)
        {
            W.Text("，本年度购置公务用车").Count(purchased, "辆");
        }
        W.Text("。");
        paragraphs.Add(W.Paragraph());
        W.Text("（2）公务用车运行费支出").Amount(actual.VehicleOperation, Keys.ThreePublic("vehicle-operation"));
        if (details.VehicleOperationUse is { } use)
        {
            W.Text($"，主要用于{use}");
        }
        W.Text("。");
        if (details.FleetAtYearEnd is { } fleet)
        {
            W.Text($"截至{FiscalYear}年12月31日，开支财政拨款的公务用车保有量为").Count(fleet, "辆").Text("。");
        }
        paragraphs.Add(W.Paragraph());

        ThreePublicItem("reception", "3. 公务接待费", "公务接待费", "，较上年", ExplanationTextKeys.ReceptionChange,
            "，决算数较上年{0}的主要原因：");
        W.Text("。");
        paragraphs.Add(W.Paragraph());
        if (actual.Reception is { Yuan: > 0m })
        {
            W.Text("国内公务接待支出").Amount(actual.Reception);
            if (details.ReceptionVisitors is { } visitors)
            {
                W.Text($"，接待对象主要是{visitors}");
            }
            W.Staff(ExplanationTextKeys.ReceptionPurpose, "，主要是").Text("。");
            if (details.ReceptionBatches is { } batches)
            {
                W.Text($"{FiscalYear}年共接待国内来访团组").Count(batches, "个");
                if (details.ReceptionPersons is { } persons)
                {
                    W.Text("，").Count(persons, "人次").Text("（不包括陪同人员）");
                }
                W.Text("。");
            }
            paragraphs.Add(W.Paragraph());
        }
        yield return new ExplanationBlock("（二）“三公”经费财政拨款支出决算具体情况说明", paragraphs);
    }

    /// <summary>
    /// "…全年预算为X万元，支出决算为Y万元，完成全年预算的Z%，较上年减少…的主要原因：…" for one column of 公开09表
    /// (<paramref name="item"/> as in <see cref="Keys.ThreePublicItems"/>).
    /// </summary>
    private void ThreePublicItem(string item, string opening, string subject, string changeLead, string reasonKey, string reasonLead)
    {
        var (_, budget, actual) = Figures.ThreePublicItems().Single(i => i.Item == item);
        W.Text(opening + "全年预算为").Amount(budget, Keys.ThreePublicBudget(item))
            .Text("，支出决算为").Amount(actual, Keys.ThreePublic(item));
        Completion(actual, budget, "，完成全年预算的");
        PriorChange(item, actual, changeLead, reasonKey, reasonLead, subject);
    }

    /// <summary>The change of a 三公 item against last year, with its reason; nothing when last year is unknown or both are zero.</summary>
    private void PriorChange(string item, Money? actual, string lead, string reasonKey, string reasonLead, string subject)
    {
        var previous = Prior[Keys.ThreePublic(item)];
        if (previous is null || Change.Between(actual ?? Money.Zero, previous) is not { } change)
        {
            return;
        }
        if (change.IsUnchanged)
        {
            if (change.Current.Yuan != 0m)
            {
                W.Text(lead + "持平");
            }
            return;
        }
        W.Text(lead).Change(change)
            .Staff(reasonKey, string.Format(System.Globalization.CultureInfo.InvariantCulture, reasonLead, change.AmountVerb), subject);
    }
}
