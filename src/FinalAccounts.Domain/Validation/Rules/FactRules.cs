using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Facts;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Printed;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>
/// 政府采购 (说明 item 十一) adds up and nests: 货物 + 工程 + 服务 = 总额 (and the kinds' SME awards = the
/// SME awards, where staff give them by kind); awarded to SMEs ≤ 总额; to micro and small firms ≤ SMEs;
/// each kind's SME award ≤ that kind. Each nesting keeps its printed share at or below 100%.
/// </summary>
internal sealed class ProcurementRule : IValidationRule
{
    private const int Item = 11;

    public string Id => "procurement";

    public string Title => "政府采购：货物 + 工程 + 服务 = 采购总额；授予中小企业 ≤ 总额；其中小微企业 ≤ 中小企业；各类授予中小企业 ≤ 该类（占比均不超过100%）";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var p = context.Version.Procurement;
        var findings = new List<Finding?>();
        if (p.Total is not null || p.KindsTotal is not null)
        {
            findings.Add(Checks.Sum(Id, At("政府采购支出总额"), "政府采购支出总额", p.Total, [p.Goods, p.Works, p.Services],
                "货物、工程、服务采购支出之和"));
        }
        if (p.KindsAwardedToSmes is not null)
        {
            findings.Add(Checks.Sum(Id, At("授予中小企业合同金额"), "授予中小企业合同金额", p.AwardedToSmes,
                [p.GoodsToSmes, p.WorksToSmes, p.ServicesToSmes], "货物、工程、服务授予中小企业合同金额之和"));
        }
        findings.Add(Checks.AtMost(Id, At("授予中小企业合同金额"), "授予中小企业合同金额", p.AwardedToSmes, "政府采购支出总额", p.Total));
        findings.Add(Checks.AtMost(Id, At("授予小微企业合同金额"), "授予小微企业合同金额", p.AwardedToMicroAndSmall,
            "授予中小企业合同金额", p.AwardedToSmes));
        foreach (var (kind, spent, awarded) in new[] { ("货物", p.Goods, p.GoodsToSmes), ("工程", p.Works, p.WorksToSmes), ("服务", p.Services, p.ServicesToSmes) })
        {
            findings.Add(Checks.AtMost(Id, At($"{kind}授予中小企业合同金额"), $"{kind}授予中小企业合同金额", awarded,
                $"{kind}采购支出", spent));
        }
        return findings.WhereFound();
    }

    private static FindingLocation At(string figure) => FindingLocation.InExplanation(Item, figure);
}

/// <summary>
/// Figures no department can have: an amount above 100 亿元 (almost always a figure typed in 元 where
/// the tables are in 万元), or a share of a whole above 100% in the 说明's compositions.
/// </summary>
internal sealed class PlausibleFiguresRule : IValidationRule
{
    /// <summary>100 亿元: more than any one department spends in a year.</summary>
    public static Money Largest { get; } = Money.FromWanYuan(1_000_000m);

    public string Id => "plausible-figures";

    public string Title => "任何金额不超过 100 亿元（1,000,000.00 万元），说明中任何部分占整体的比例不超过 100%";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var table in PrintedTables.Build(context.Version, context.Year, context.Catalog.FunctionClassNames()))
        {
            foreach (var row in table.BodyRows)
            {
                // An amount belongs to the nearest label before it: 公开01/04表 print two sides in one row,
                // and a 行次 or a code is not a label.
                string? label = null;
                foreach (var cell in row)
                {
                    if (cell.Amount is { } amount && TooLarge(amount))
                    {
                        yield return TooLargeFinding(FindingLocation.InTable(table.Table, label), $"{table.Number}“{label}”", amount);
                    }
                    else if (cell.Amount is null && cell.Text.Length > 0 && !cell.Text.All(char.IsAsciiDigit))
                    {
                        label = cell.Text;
                    }
                }
            }
        }
        var version = context.Version;
        (int Item, string Name, Money? Amount)[] facts =
        [
            (10, "机关运行经费", version.OperatingCosts.Amount), (11, "政府采购支出总额", version.Procurement.Total),
            (11, "授予中小企业合同金额", version.Procurement.AwardedToSmes),
        ];
        foreach (var (item, name, amount) in facts.Where(f => f.Amount is { } a && TooLarge(a)))
        {
            yield return TooLargeFinding(FindingLocation.InExplanation(item, name), $"说明中的{name}", amount!.Value);
        }

        var figures = context.Figures;
        (int Item, string Whole, IReadOnlyList<FigurePart> Parts)[] compositions =
        [
            (2, "本年收入合计", figures.IncomeComposition), (3, "本年支出合计", figures.ExpenditureComposition),
            (5, "一般公共预算财政拨款支出", figures.GeneralBudgetClasses),
        ];
        foreach (var (item, whole, parts) in compositions)
        {
            foreach (var part in parts.Where(p => p.Share is { Rounded: > 100m }))
            {
                yield return new Finding(FindingSeverity.Error, Id, FindingLocation.InExplanation(item, part.Label), "≤ 100%",
                    part.Share!.Value.ToString(),
                    $"说明中{part.Label}（{part.Amount}）占{whole}的 {part.Share}，超过 100%，部分不能大于整体，请核对两个金额。");
            }
        }
    }

    private static bool TooLarge(Money amount) => (amount.IsNegative ? -amount : amount) > Largest;

    private Finding TooLargeFinding(FindingLocation at, string where, Money amount) =>
        new(FindingSeverity.Error, Id, at, null, amount.ToWanYuanString(),
            $"{where}的金额 {amount} 超过 100 亿元，超出一个部门一年的收支规模，请核对单位（万元）和位数。");
}
