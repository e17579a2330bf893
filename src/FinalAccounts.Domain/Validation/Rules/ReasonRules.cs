using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Domain.Validation.Rules;

// Differences that may be right but that a checker asks about: each is a warning, which needs a
// written explanation before submission, and within rounding a note (ADR 0014).

/// <summary>
/// Without balances (公开01表 has no 年初结转和结余, 使用非财政拨款结余, 结余分配 or 年末结转和结余), what a
/// department received for a 科目 it spent on that 科目: 公开02表 and 公开03表 mirror row by row. Only the
/// lowest rows are compared; a 类 or 款 that differs because a 项 does is the hierarchy rules' business.
/// </summary>
internal sealed class IncomeMirrorsExpenditureRule : IValidationRule
{
    public string Id => "T02-T03-mirror";

    public string Title => "无结转结余时，公开02表与公开03表同一科目的本年收入合计与本年支出合计应相等，不等须说明原因";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var s = context.Version.Summary;
        if (new[] { s.IncomeOpeningBalance, s.NonFiscalBalanceUsed, s.SurplusDistribution, s.ExpenditureClosingBalance }
            .Any(a => a is { Yuan: not 0m }))
        {
            yield break;
        }
        var income = context.Version.FunctionTable(PublishedTable.Income);
        var expenditure = context.Version.FunctionTable(PublishedTable.Expenditure);
        var incomeRows = income.Rows.Where(r => r.Code is not null).ToDictionary(r => r.Code!.Value);
        var expenditureRows = expenditure.Rows.Where(r => r.Code is not null).ToDictionary(r => r.Code!.Value);
        foreach (var code in incomeRows.Keys.Union(expenditureRows.Keys).Order())
        {
            var received = incomeRows.GetValueOrDefault(code);
            var spent = expenditureRows.GetValueOrDefault(code);
            if ((received is not null && income.ChildrenOf(received).Any()) || (spent is not null && expenditure.ChildrenOf(spent).Any()))
            {
                continue;
            }
            var label = (spent ?? received)!.Label;
            foreach (var finding in Checks.Same(Id, FindingLocation.InTable(PublishedTable.Expenditure, label, "本年支出合计"),
                         $"公开03表“{label}”的本年支出合计", spent?.Cells[0], received?.Cells[0],
                         "公开02表同一科目的本年收入合计（本部门无结转结余，收支通常相等）", beyond: FindingSeverity.Warning).AsFindings())
            {
                yield return finding;
            }
        }
    }
}

/// <summary>
/// 机关运行经费 (说明 item 十) is the 公用经费 of the basic spending, so it normally equals 公开06表's
/// 公用经费合计; where it does not (a 事业单位's 公用经费, a different scope), the 说明 says why.
/// </summary>
internal sealed class OperatingCostsMatchPublicCostsRule : IValidationRule
{
    public string Id => "operating-costs";

    public string Title => "机关运行经费应与公开06表公用经费合计一致，不一致须说明原因";

    public IEnumerable<Finding> Check(ValidationContext context) =>
        context.Version.OperatingCosts.Amount is not { } amount
            ? []
            : Checks.Same(Id, FindingLocation.InExplanation(10, "机关运行经费支出"), "说明中的机关运行经费", amount,
                context.Figures.PublicCosts, "公开06表公用经费合计", beyond: FindingSeverity.Warning).AsFindings();
}

/// <summary>
/// A 三公 item of 公开09表 whose 决算数 exceeds its 预算数 (completion above 100%) asks for the reason;
/// an item whose 预算数 is blank is not compared (the form did not publish it).
/// </summary>
internal sealed class ThreePublicWithinBudgetRule : IValidationRule
{
    public string Id => "T09-over-budget";

    public string Title => "公开09表各项“三公”经费决算数不超过预算数，超过须说明原因";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var columns = TableDefinitions.ThreePublicCosts.Columns;
        return context.Figures.ThreePublicItems()
            .Select((item, i) => item.Budget is null ? null : Checks.AtMost(Id,
                FindingLocation.InTable(PublishedTable.ThreePublicCosts, "决算数", columns[i].Name),
                $"公开09表{columns[i].Name}决算数", item.Actual, "预算数", item.Budget, FindingSeverity.Warning))
            .WhereFound();
    }
}
