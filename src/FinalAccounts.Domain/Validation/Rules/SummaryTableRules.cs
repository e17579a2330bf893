using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>公开01表 adds up: 本年收入合计 = the eight income lines; 本年支出合计 = the 类 lines; each 总计.</summary>
internal sealed class SummaryTotalsRule : IValidationRule
{
    private const PublishedTable Table = PublishedTable.IncomeExpenditureSummary;

    public string Id => "T01-totals";

    public string Title => "公开01表：本年收入合计、本年支出合计、收入总计、支出总计各等于其组成部分之和";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var s = context.Version.Summary;
        return new[]
        {
            Checks.Sum(Id, At("本年收入合计"), "公开01表本年收入合计", s.IncomeTotal,
                [s.GeneralBudgetAppropriation, s.GovernmentFundAppropriation, s.StateCapitalAppropriation, s.SuperiorSubsidy,
                 s.BusinessIncome, s.OperatingIncome, s.AffiliatedRemittance, s.OtherIncome],
                "第1至8行各项收入之和"),
            Checks.Sum(Id, At("收入总计"), "公开01表收入总计", s.IncomeGrandTotal,
                [s.IncomeTotal, s.NonFiscalBalanceUsed, s.IncomeOpeningBalance],
                "本年收入合计、使用非财政拨款结余、年初结转和结余之和"),
            Checks.Sum(Id, At("本年支出合计"), "公开01表本年支出合计", s.ExpenditureTotal,
                context.Version.SummaryExpenditure.Select(l => l.Amount).ToList(), "各类支出之和"),
            Checks.Sum(Id, At("支出总计"), "公开01表支出总计", s.ExpenditureGrandTotal,
                [s.ExpenditureTotal, s.SurplusDistribution, s.ExpenditureClosingBalance],
                "本年支出合计、结余分配、年末结转和结余之和"),
        }.WhereFound();
    }

    private static FindingLocation At(string row) => FindingLocation.InTable(Table, row, "金额");
}

/// <summary>公开01表: 收入总计 = 支出总计.</summary>
internal sealed class SummaryBalancedRule : IValidationRule
{
    public string Id => "T01-balanced";

    public string Title => "公开01表：收入总计 = 支出总计";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var s = context.Version.Summary;
        var finding = Checks.Same(Id, FindingLocation.InTable(PublishedTable.IncomeExpenditureSummary, "总计"),
            "公开01表支出总计", s.ExpenditureGrandTotal, s.IncomeGrandTotal, "收入总计");
        return finding is null ? [] : [finding];
    }
}

/// <summary>公开01表's income lines equal the column totals of 公开02表's 合计 row.</summary>
internal sealed class SummaryIncomeMatchesIncomeTableRule : IValidationRule
{
    public string Id => "T01-T02-income";

    public string Title => "公开01表各项收入 = 公开02表合计行各栏";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Version.IncomeRows.FirstOrDefault(r => r.IsTotal) is not { } total)
        {
            return [];
        }
        var s = context.Version.Summary;
        Money? fiscal = new[] { s.GeneralBudgetAppropriation, s.GovernmentFundAppropriation, s.StateCapitalAppropriation }.Sum();
        (string Line, Money? Summary, Money? Income, string Column)[] pairs =
        [
            ("本年收入合计", s.IncomeTotal, total.Total, "本年收入合计"),
            ("财政拨款收入（第1至3行）", fiscal, total.FiscalAppropriation, "财政拨款收入"),
            ("上级补助收入", s.SuperiorSubsidy, total.SuperiorSubsidy, "上级补助收入"),
            ("事业收入", s.BusinessIncome, total.BusinessIncome, "事业收入"),
            ("经营收入", s.OperatingIncome, total.OperatingIncome, "经营收入"),
            ("附属单位上缴收入", s.AffiliatedRemittance, total.AffiliatedRemittance, "附属单位上缴收入"),
            ("其他收入", s.OtherIncome, total.OtherIncome, "其他收入"),
        ];
        return pairs
            .Select(p => Checks.Same(Id, FindingLocation.InTable(PublishedTable.IncomeExpenditureSummary, p.Line, "金额"),
                $"公开01表{p.Line}", p.Summary, p.Income, $"公开02表合计行的{p.Column}"))
            .WhereFound();
    }
}

/// <summary>公开01表's expenditure 类 lines equal 公开03表's 类 rows, and 本年支出合计 its 合计 row.</summary>
internal sealed class SummaryExpenditureMatchesExpenditureTableRule : IValidationRule
{
    public string Id => "T01-T03-expenditure";

    public string Title => "公开01表各类支出 = 公开03表同一类的本年支出合计";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var rows = context.Version.ExpenditureRows;
        if (rows.Count == 0)
        {
            yield break;
        }
        var summaryLines = context.Version.SummaryExpenditure.ToDictionary(l => l.ClassCode);
        foreach (var row in rows.Where(r => r.Code is { Level: Classification.FunctionLevel.Class }))
        {
            var line = summaryLines.GetValueOrDefault(row.Code!.Value);
            var finding = Checks.Same(Id, FindingLocation.InTable(PublishedTable.IncomeExpenditureSummary, row.Label, "金额"),
                $"公开01表“{row.Label}”", line?.Amount, row.Total, $"公开03表同一类的本年支出合计");
            if (finding is not null)
            {
                yield return finding;
            }
        }
        foreach (var line in summaryLines.Values.Where(l => rows.All(r => r.Code != l.ClassCode)))
        {
            var finding = Checks.Same(Id, FindingLocation.InTable(PublishedTable.IncomeExpenditureSummary, $"{line.ClassCode} {line.Name}", "金额"),
                $"公开01表“{line.ClassCode} {line.Name}”", line.Amount, null, "公开03表同一类");
            if (finding is not null)
            {
                yield return finding;
            }
        }
        var totalFinding = Checks.Same(Id, FindingLocation.InTable(PublishedTable.IncomeExpenditureSummary, "本年支出合计", "金额"),
            "公开01表本年支出合计", context.Version.Summary.ExpenditureTotal, rows.FirstOrDefault(r => r.IsTotal)?.Cells[0],
            "公开03表合计行的本年支出合计");
        if (totalFinding is not null)
        {
            yield return totalFinding;
        }
    }
}
