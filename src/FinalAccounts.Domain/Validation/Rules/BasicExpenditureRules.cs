using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Definitions;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>公开06表 adds up: 类 = Σ 款; 人员经费合计 = 301 + 303; 公用经费合计 = 302 + 310.</summary>
internal sealed class BasicExpenditureTotalsRule : IValidationRule
{
    private const PublishedTable Table = PublishedTable.BasicExpenditureDetail;

    public string Id => "T06-totals";

    public string Title => "公开06表：类 = 所属各款之和，人员经费合计、公用经费合计 = 各类之和";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var breakdown = context.Figures.BasicExpenditureDetail;
        foreach (var line in breakdown.Rows.Where(r => r.Code.IsClass))
        {
            var items = breakdown.ItemsOf(line.Code.Value).ToList();
            if (items.Count == 0)
            {
                continue;
            }
            var label = $"{line.Code} {line.Name}";
            var filled = items.Where(i => i.Amount is not null).Select(i => $"{i.Code} {i.Name} {i.Amount}").ToList();
            var finding = Checks.Sum(Id, FindingLocation.InTable(Table, label, "决算数"), $"公开06表“{label}”",
                line.Amount, items.Select(i => i.Amount).ToList(),
                filled.Count == 0 ? "所属各款之和" : $"所属各款（{string.Join("、", filled)}）之和");
            if (finding is not null)
            {
                yield return finding;
            }
        }

        var totals = context.Version.BasicExpenditureTotals;
        foreach (var (group, label, stated) in new[]
                 {
                     (BasicExpenditureGroup.Personnel, BasicExpenditureGroup.Personnel.TotalName(), totals.PersonnelTotal),
                     (BasicExpenditureGroup.Public, BasicExpenditureGroup.Public.TotalName(), totals.PublicTotal),
                 })
        {
            var classes = breakdown.ClassCodes(group).Select(breakdown.ClassAmount).ToList();
            var finding = Checks.Sum(Id, FindingLocation.InTable(Table, label, "决算数"), $"公开06表{label}", stated,
                classes, "各类之和");
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }
}

/// <summary>
/// 公开05表 基本支出 合计 = 公开06表 人员经费合计 + 公用经费合计, as 公开06表 prints them (by its 类 lines
/// where a 合计 is blank): the message quotes only figures a table prints; whether those totals add up is
/// <see cref="BasicExpenditureTotalsRule"/>'s question.
/// </summary>
internal sealed class GeneralBudgetBasicMatchesDetailRule : IValidationRule
{
    public string Id => "T05-T06-basic";

    public string Title => "公开05表基本支出合计 = 公开06表人员经费合计 + 公用经费合计";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var figures = context.Figures;
        if (figures.BasicExpenditureDetail.Rows.Count == 0 && figures.GeneralBudgetBasic is null)
        {
            return [];
        }
        Money?[] parts = [figures.PersonnelCosts, figures.PublicCosts];
        return Checks.Sum(Id, FindingLocation.InTable(PublishedTable.GeneralBudgetExpenditure, "合计", "基本支出"),
            "公开05表合计行的基本支出", figures.GeneralBudgetBasic, parts,
            parts.All(p => p is null)
                ? "公开06表人员经费合计与公用经费合计之和"
                : $"公开06表人员经费合计（{figures.PersonnelCosts.ToWanYuanString()} 万元）与公用经费合计（{figures.PublicCosts.ToWanYuanString()} 万元）之和")
            .AsFindings();
    }
}

/// <summary>
/// The 三公 lines of 公开06表 cannot exceed the 三公 决算 of 公开09表: 30212 因公出国（境）费用, 30217
/// 公务接待费, 30231 公务用车运行维护费 and 31013 公务用车购置. (公开09表 also counts project spending,
/// so the basic-expenditure line may be lower, never higher.)
/// </summary>
internal sealed class ThreePublicLinesWithinActualRule : IValidationRule
{
    public string Id => "T06-T09-three-public";

    public string Title => "公开06表的三公经费科目不超过公开09表的三公经费决算数";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var actual = context.Version.ThreePublicCosts.Actual;
        string Column(string key) => TableDefinitions.ThreePublicCosts.Column(key).Name;
        (string Code, Money? Limit, string Column)[] lines =
        [
            ("30212", actual.Abroad, Column("abroad")),
            ("30217", actual.Reception, Column("reception")),
            ("30231", actual.VehicleOperation, Column("vehicleOperation")),
            ("31013", actual.VehiclePurchase, Column("vehiclePurchase")),
        ];
        foreach (var (code, limit, column) in lines)
        {
            var row = context.Figures.BasicExpenditureDetail.Rows.FirstOrDefault(r => r.Code.Value == code);
            if (row is null)
            {
                continue;
            }
            foreach (var finding in Checks.AtMost(Id, FindingLocation.InTable(PublishedTable.BasicExpenditureDetail, $"{row.Code} {row.Name}", "决算数"),
                         $"公开06表“{row.Code} {row.Name}”", row.Amount, $"公开09表{column}决算数", limit).AsFindings())
            {
                yield return finding;
            }
        }
    }
}

/// <summary>公开09表: 合计 = 出国 + 车辆小计 + 接待; 车辆小计 = 购置 + 运行维护 — for the budget and the actual.</summary>
internal sealed class ThreePublicTotalsRule : IValidationRule
{
    private const PublishedTable Table = PublishedTable.ThreePublicCosts;

    public string Id => "T09-totals";

    public string Title => "公开09表：" + string.Join("；", TableDefinitions.ThreePublicCosts.RowSums.Select(sum =>
        $"{sum.Target.Name} = {string.Join(" + ", sum.Added.Select(c => c.Name))}"));

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var definition = TableDefinitions.ThreePublicCosts;
        var costs = context.Version.ThreePublicCosts;
        return definition.Sides.Zip([costs.Budget, costs.Actual])
            .SelectMany(side => definition.RowSums.Select(sum =>
            {
                var cells = side.Second.Cells;
                return Checks.Sum(Id, FindingLocation.InTable(Table, side.First.Name, sum.Target.Name),
                    $"公开09表{side.First.Name}{sum.Target.Name.Replace(" ", "", StringComparison.Ordinal)}",
                    cells[definition.IndexOf(sum.Target)], [.. sum.Added.Select(c => cells[definition.IndexOf(c)])], sum.PartsDescription);
            }))
            .WhereFound();
    }
}
