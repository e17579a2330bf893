using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>
/// 公开04表 adds up: the income side, 小计 = the three funds on every expenditure line, 本年支出合计 =
/// Σ 类 in every column, 总计 = 本年支出合计 + 年末结转和结余, and income 总计 = expenditure 总计.
/// </summary>
internal sealed class AppropriationTotalsRule : IValidationRule
{
    private const PublishedTable Table = PublishedTable.AppropriationSummary;
    private static readonly string[] Columns = ["小计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"];

    public string Id => "T04-totals";

    public string Title => "公开04表：收入合计、小计、本年支出合计和总计各等于其组成部分之和，收支总计相等";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var a = context.Version.AppropriationSummary;
        var findings = new List<Finding?>
        {
            Checks.Sum(Id, At("本年收入合计"), "公开04表本年收入合计", a.IncomeTotal,
                [a.GeneralBudgetIncome, a.GovernmentFundIncome, a.StateCapitalIncome], "三项财政拨款收入之和"),
            Checks.Sum(Id, At("年初财政拨款结转和结余"), "公开04表年初财政拨款结转和结余", a.OpeningBalanceTotal,
                [a.OpeningGeneralBudget, a.OpeningGovernmentFund, a.OpeningStateCapital], "三项年初结转和结余之和"),
            Checks.Sum(Id, At("收入总计"), "公开04表收入总计", a.IncomeGrandTotal,
                [a.IncomeTotal, a.OpeningBalanceTotal], "本年收入合计与年初财政拨款结转和结余之和"),
            Checks.Same(Id, At("总计"), "公开04表支出总计", a.ExpenditureGrandTotal.Subtotal, a.IncomeGrandTotal, "收入总计"),
        };

        var lines = context.Version.AppropriationExpenditure
            .Select(l => ($"{l.ClassCode} {l.Name}", l.Amounts))
            .Append(("本年支出合计", a.ExpenditureTotal))
            .Append(("年末财政拨款结转和结余", a.ClosingBalance))
            .Append(("总计", a.ExpenditureGrandTotal));
        foreach (var (label, split) in lines)
        {
            findings.Add(Checks.Sum(Id, At(label, "小计"), $"公开04表“{label}”的小计", split.Subtotal,
                [split.GeneralBudget, split.GovernmentFund, split.StateCapital], "三项财政拨款之和"));
        }

        for (var column = 0; column < Columns.Length; column++)
        {
            var c = column;
            findings.Add(Checks.Sum(Id, At("本年支出合计", Columns[c]), $"公开04表本年支出合计的{Columns[c]}",
                a.ExpenditureTotal.Cells[c], context.Version.AppropriationExpenditure.Select(l => l.Amounts.Cells[c]).ToList(),
                "各类支出之和"));
            findings.Add(Checks.Sum(Id, At("总计", Columns[c]), $"公开04表支出总计的{Columns[c]}",
                a.ExpenditureGrandTotal.Cells[c], [a.ExpenditureTotal.Cells[c], a.ClosingBalance.Cells[c]],
                "本年支出合计与年末财政拨款结转和结余之和"));
        }
        return findings.WhereFound();
    }

    private static FindingLocation At(string row, string? column = null) => FindingLocation.InTable(Table, row, column);
}

/// <summary>
/// A fund column of 公开04表 equals the table that details it: 一般公共预算 = 公开05表 小计, 政府性基金 =
/// 公开07表 本年支出小计 — for each 类 and for the total.
/// </summary>
internal sealed class AppropriationMatchesDetailRule(
    string id, PublishedTable detail, string fundColumn, Func<FundSplit, Money?> fund, Func<FunctionRow, Money?> detailAmount)
    : IValidationRule
{
    public string Id => id;

    public string Title => $"公开04表{fundColumn}栏 = {detail.Number()}各类及合计";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var detailRows = context.Version.FunctionTable(detail).Rows;
        var classLines = context.Version.AppropriationExpenditure.ToDictionary(l => l.ClassCode);
        var classCodes = classLines.Keys
            .Concat(detailRows.Where(r => r.Code is { Level: FunctionLevel.Class }).Select(r => r.Code!.Value))
            .Distinct()
            .Order();
        foreach (var code in classCodes)
        {
            var line = classLines.GetValueOrDefault(code);
            var row = detailRows.FirstOrDefault(r => r.Code == code);
            var label = row?.Label ?? $"{code} {line!.Name}";
            var finding = Checks.Same(Id, FindingLocation.InTable(PublishedTable.AppropriationSummary, label, fundColumn),
                $"公开04表“{label}”的{fundColumn}", line is null ? null : fund(line.Amounts),
                row is null ? null : detailAmount(row), $"{detail.Number()}同一类");
            if (finding is not null)
            {
                yield return finding;
            }
        }
        var total = detailRows.FirstOrDefault(r => r.IsTotal);
        var totalFinding = Checks.Same(Id, FindingLocation.InTable(PublishedTable.AppropriationSummary, "本年支出合计", fundColumn),
            $"公开04表本年支出合计的{fundColumn}", fund(context.Version.AppropriationSummary.ExpenditureTotal),
            total is null ? null : detailAmount(total), $"{detail.Number()}合计行");
        if (totalFinding is not null)
        {
            yield return totalFinding;
        }
    }
}

/// <summary>The three funds of 公开04表, with the amounts each fund column reads.</summary>
internal sealed record Fund(
    string Name, Func<IncomeExpenditureSummary, Money?> SummaryIncome, Func<AppropriationSummary, Money?> Income,
    Func<AppropriationSummary, Money?> Opening, Func<FundSplit, Money?> Column)
{
    public static IReadOnlyList<Fund> All { get; } =
    [
        new("一般公共预算财政拨款", s => s.GeneralBudgetAppropriation, a => a.GeneralBudgetIncome, a => a.OpeningGeneralBudget,
            f => f.GeneralBudget),
        new("政府性基金预算财政拨款", s => s.GovernmentFundAppropriation, a => a.GovernmentFundIncome, a => a.OpeningGovernmentFund,
            f => f.GovernmentFund),
        new("国有资本经营预算财政拨款", s => s.StateCapitalAppropriation, a => a.StateCapitalIncome, a => a.OpeningStateCapital,
            f => f.StateCapital),
    ];
}

/// <summary>
/// 公开04表's income per fund equals 公开01表 lines 1–3, and its 本年收入合计 equals the 财政拨款收入 of
/// 公开02表's 合计 row: the three tables state the same appropriations.
/// </summary>
internal sealed class AppropriationIncomeRule : IValidationRule
{
    public string Id => "T04-income";

    public string Title => "公开04表各项财政拨款收入 = 公开01表第1至3行；公开04表本年收入合计 = 公开02表合计行的财政拨款收入";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var a = context.Version.AppropriationSummary;
        var findings = Fund.All.Select(fund => Checks.Same(Id,
            FindingLocation.InTable(PublishedTable.AppropriationSummary, fund.Name, "本年收入"),
            $"公开04表{fund.Name}收入", fund.Income(a), fund.SummaryIncome(context.Version.Summary), $"公开01表{fund.Name}收入")).ToList();
        if (context.Version.IncomeRows.FirstOrDefault(r => r.IsTotal) is { } total)
        {
            findings.Add(Checks.Same(Id, FindingLocation.InTable(PublishedTable.AppropriationSummary, "本年收入合计", "本年收入"),
                "公开04表本年收入合计", a.IncomeTotal, total.FiscalAppropriation, "公开02表合计行的财政拨款收入"));
        }
        return findings.WhereFound();
    }
}

/// <summary>
/// Each fund of 公开04表 balances on its own, not only in 小计: 本年收入 + 年初结转和结余 = 本年支出 +
/// 年末结转和结余, judged on the closing balance as 公开07表's rule judges its rows.
/// </summary>
internal sealed class AppropriationFundBalanceRule : IValidationRule
{
    public string Id => "T04-fund-balance";

    public string Title => "公开04表每项财政拨款：年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var a = context.Version.AppropriationSummary;
        return Fund.All.Select(fund =>
            {
                var spent = fund.Column(a.ExpenditureTotal);
                var expected = new[] { fund.Opening(a), fund.Income(a), spent is { } s ? -s : null }.Sum();
                return Checks.Same(Id, FindingLocation.InTable(PublishedTable.AppropriationSummary, "年末财政拨款结转和结余", fund.Name),
                    $"公开04表{fund.Name}的年末结转和结余", fund.Column(a.ClosingBalance), expected,
                    "年初结转和结余加本年收入减本年支出", 3);
            })
            .WhereFound();
    }
}
