using FinalAccounts.Domain.Figures;
using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>十、机关运行经费支出说明: the amount against last year and against 年初预算.</summary>
internal sealed class OperatingCostsItem(ExplanationContext context) : ItemWriter(context)
{
    public override int Number => 10;

    public override IEnumerable<ExplanationBlock> Blocks()
    {
        var costs = Figures.OperatingCosts;
        if (costs.Amount is not { } amount)
        {
            yield break;
        }
        W.Text($"{Year}{Version.ReportingUnit}机关运行经费支出").Amount(amount, Keys.OperatingCosts);
        var reasonAsked = false;
        if (Change.Between(amount, Prior[Keys.OperatingCosts]) is { } change)
        {
            W.Text("，比上年");
            if (change.IsUnchanged)
            {
                W.Text("持平");
            }
            else
            {
                W.Change(change);
                reasonAsked = true;
            }
        }
        if (Change.Between(amount, costs.InitialBudget) is { IsUnchanged: false } budgetChange)
        {
            W.Text("，比年初预算数").Change(budgetChange);
            reasonAsked = true;
        }
        if (reasonAsked)
        {
            W.Staff(ExplanationTextKeys.OperatingCostsChange, "。主要原因是：");
        }
        W.Text("。");
        yield return Block(null, W.Paragraph());
    }
}
