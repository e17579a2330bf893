using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Figures;
using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>
/// 五、一般公共预算财政拨款支出决算情况说明: the total and its share, the 类 it went to, and every 项
/// against its 年初预算, each with the reason or use staff supply.
/// </summary>
internal sealed class GeneralBudgetItem(ExplanationContext context) : ItemWriter(context)
{
    public override int Number => 5;

    public override IEnumerable<ExplanationBlock> Blocks()
    {
        if (Figures.GeneralBudgetExpenditure is not { } total)
        {
            yield break;
        }
        W.Text($"{Year}一般公共预算财政拨款支出").Amount(total, Keys.GeneralBudgetExpenditure);
        if (Figures.GeneralBudgetShareOfExpenditure is { } share)
        {
            W.Text("，占本年支出合计的").Percent(share);
        }
        W.Text("。");
        ChangeSentence(Keys.GeneralBudgetExpenditure, total, "一般公共预算财政拨款支出", ExplanationTextKeys.GeneralBudgetChange);
        yield return Block("（一）一般公共预算财政拨款支出决算总体情况", W.Paragraph());

        var structure = new List<Paragraph>();
        W.Text($"{Year}一般公共预算财政拨款支出").Amount(total).Text("，主要用于以下方面：");
        structure.Add(W.Paragraph());
        var classRows = Version.GeneralBudgetRows.Where(r => r.Code is { Level: FunctionLevel.Class }).ToList();
        for (var i = 0; i < classRows.Count; i++)
        {
            var row = classRows[i];
            W.Text($"{i + 1}. {row.Name}（类）").Amount(row.Subtotal);
            if (Percentage.Of(row.Subtotal, total, PercentKind.ClassShare) is { } classShare)
            {
                W.Text("，占").Percent(classShare);
            }
            var useKey = ExplanationTextKeys.ClassUse(row.Code!.Value);
            W.Text("。").Staff(useKey, "主要用于").Text(W.HasText(useKey) ? "。" : "");
            structure.Add(W.Paragraph());
        }
        yield return new ExplanationBlock("（二）一般公共预算财政拨款支出决算结构情况", structure);
        yield return new ExplanationBlock("（三）一般公共预算财政拨款支出决算具体情况", BudgetDetailParagraphs(total).ToList());
    }

    private IEnumerable<Paragraph> BudgetDetailParagraphs(Money total)
    {
        W.Text($"{Year}一般公共预算财政拨款支出");
        if (Figures.GeneralBudgetInitialBudget is { } budget)
        {
            W.Text("年初预算为").Amount(budget, Keys.GeneralBudgetInitialBudget).Text("，");
        }
        W.Text("支出决算为").Amount(total);
        if (Percentage.Of(total, Figures.GeneralBudgetInitialBudget, PercentKind.Completion) is { } completion)
        {
            W.Text("，完成年初预算的").Percent(completion);
        }
        W.Text("。其中：基本支出").Amount(Figures.GeneralBudgetBasic, Keys.GeneralBudgetBasic)
            .Text("，项目支出").Amount(Figures.GeneralBudgetProject, Keys.GeneralBudgetProject).Text("。");
        var projectItems = Version.GeneralBudgetRows
            .Where(r => r.Code is { Level: FunctionLevel.Item } && r.Project is { Yuan: not 0m })
            .ToList();
        if (projectItems.Count > 0)
        {
            W.Text("项目支出主要用于");
            for (var i = 0; i < projectItems.Count; i++)
            {
                var row = projectItems[i];
                W.Text($"{row.Name}支出").Amount(row.Project).Staff(ExplanationTextKeys.ItemUse(row.Code!.Value), "，主要用于")
                    .Text(i == projectItems.Count - 1 ? "。" : "；");
            }
        }
        yield return W.Paragraph();

        var classRows = Version.GeneralBudgetRows.Where(r => r.Code is { Level: FunctionLevel.Class }).ToList();
        for (var c = 0; c < classRows.Count; c++)
        {
            var classRow = classRows[c];
            var items = Version.GeneralBudgetRows.Where(r => r.Code is { Level: FunctionLevel.Item } code && code.Class == classRow.Code).ToList();
            if (items.Count == 0)
            {
                continue;
            }
            W.Text($"{c + 1}. {classRow.Name}具体包括：");
            yield return W.Paragraph();
            for (var i = 0; i < items.Count; i++)
            {
                var row = items[i];
                var section = Version.GeneralBudgetRows.FirstOrDefault(r => r.Code == row.Code!.Value.Parent);
                W.Text($"（{i + 1}）{classRow.Name}（类）{section?.Name ?? row.Code!.Value.Parent!.Value.Value}（款）{row.Name}（项）。");
                if (row.InitialBudget is { } itemBudget)
                {
                    W.Text("年初预算为").Amount(itemBudget).Text("，");
                }
                W.Text("支出决算为").Amount(row.Subtotal);
                if (Percentage.Of(row.Subtotal, row.InitialBudget, PercentKind.Completion) is { } rate)
                {
                    W.Text("，完成年初预算的").Percent(rate);
                }
                if (row.InitialBudget is { } b && row.Subtotal is { } actual && b != actual)
                {
                    W.Text(actual > b ? "，支出决算数大于年初预算数" : "，支出决算数小于年初预算数")
                        .Staff(ExplanationTextKeys.BudgetReason(row.Code!.Value), "的主要原因：", row.Label);
                }
                W.Text("。");
                yield return W.Paragraph();
            }
        }
    }
}
