using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Performance;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>
/// The 整体支出绩效评价基础数据表's 本年决算数 are the nine tables' figures: its 三公 lines are 公开09表's
/// 决算, its 公用经费 is 公开06表's 公用经费合计 and its 项目支出 is 公开05表's 项目支出 (合计). A line the
/// form leaves out is not checked; a line it has is compared, blanks included.
/// </summary>
internal sealed class BasicDataMatchesTablesRule : IValidationRule
{
    public string Id => "basic-data-tables";

    public string Title => "基础数据表的本年决算数与公开05、06、09表一致";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var actual = context.Version.ThreePublicCosts.Actual;
        var figures = context.Figures;
        (BasicDataLine Line, Money? Expected, string Source)[] pairs =
        [
            (BasicDataLine.ThreePublic, actual.Total, "公开09表三公经费决算合计"),
            (BasicDataLine.Vehicles, actual.VehicleSubtotal, "公开09表公务用车购置及运行维护费决算"),
            (BasicDataLine.VehiclePurchase, actual.VehiclePurchase, "公开09表公务用车购置费决算"),
            (BasicDataLine.VehicleOperation, actual.VehicleOperation, "公开09表公务用车运行维护费决算"),
            (BasicDataLine.Abroad, actual.Abroad, "公开09表因公出国（境）费决算"),
            (BasicDataLine.Reception, actual.Reception, "公开09表公务接待费决算"),
            (BasicDataLine.PublicCosts, figures.PublicCosts, "公开06表公用经费合计"),
            (BasicDataLine.Projects, figures.GeneralBudgetProject, "公开05表项目支出合计"),
        ];
        foreach (var (line, expected, source) in pairs)
        {
            if (context.Version.BasicDataLines.FirstOrDefault(l => l.Line == line) is not { } entered)
            {
                continue;
            }
            var finding = Checks.Same(Id, FindingLocation.InBasicData(line.Label(), "本年决算数"),
                $"基础数据表“{line.Label()}”的本年决算数", entered.Actual, expected, source);
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }
}

/// <summary>控制率 as printed agrees with 实际在职人数 / 编制数.</summary>
internal sealed class BasicDataStaffRateRule : IValidationRule
{
    public string Id => "basic-data-staff-rate";

    public string Title => "基础数据表的控制率等于实际在职人数除以编制数";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var data = context.Version.BasicData;
        if (data.StaffControlRate is not { } printed || EvaluationScoring.StaffControlRate(data) is not { } computed
            || EvaluationScoring.AgreesAsPrinted(printed, computed))
        {
            yield break;
        }
        yield return new Finding(FindingSeverity.Error, Id, FindingLocation.InBasicData("财政供养人员", "控制率"),
            EvaluationScoring.RateText(computed), printed,
            $"基础数据表的控制率填写为 {printed}，按实际在职人数 {data.ActualStaff} 人除以编制数 {data.AuthorizedStaff} 人计算为 " +
            $"{EvaluationScoring.RateText(computed)}，请核对。");
    }
}

/// <summary>
/// What a self-evaluation says was spent is what the rest of the disclosure says: a project evaluation's
/// 全年执行数 is the 本年决算数 of the project of the same name in the 基础数据表, and the overall form's
/// 按支出性质 基本支出 and 项目支出 are 公开03表's — or 公开05表's, for a form that covers the 财政拨款
/// alone. A difference is a warning that asks for the reason: the forms may count funds differently.
/// </summary>
internal sealed class EvaluationSpendingRule : IValidationRule
{
    public string Id => "evaluation-spending";

    public string Title => "自评表的全年执行数与基础数据表、公开03表或公开05表的支出一致";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var figures = context.Figures;
        var projects = context.Version.BasicDataLines.Where(l => l.Line == BasicDataLine.Project && l.Actual is not null).ToList();
        var attachment = 0;
        foreach (var evaluation in context.Version.Evaluations.OrderBy(e => e.Sequence))
        {
            attachment++;
            var name = EvaluationRule.Name(evaluation, attachment);
            if (evaluation.Kind == EvaluationKind.Project)
            {
                var line = projects.FirstOrDefault(p => SameProject(p.Name, evaluation.Name));
                if (line is not null && Checks.Same(Id, At(attachment, FundLine.Total), $"{name}的全年执行数", evaluation.Executed,
                        line.Actual, $"基础数据表项目“{line.Name}”的本年决算数", beyond: FindingSeverity.Warning) is { } finding)
                {
                    yield return finding;
                }
                continue;
            }
            foreach (var (line, all, fiscal) in new[]
                     {
                         (FundLine.Basic, (figures.BasicExpenditure, "公开03表基本支出合计"), (figures.GeneralBudgetBasic, "公开05表基本支出合计")),
                         (FundLine.Project, (figures.ProjectExpenditure, "公开03表项目支出合计"), (figures.GeneralBudgetProject, "公开05表项目支出合计")),
                     })
            {
                if (evaluation.Fund(line)?.Executed is not { } executed)
                {
                    continue;
                }
                var what = $"{name}{line.Label()}的全年执行数";
                var againstAll = Checks.Same(Id, At(attachment, line), what, executed, all.Item1, all.Item2, beyond: FindingSeverity.Warning);
                var againstFiscal = Checks.Same(Id, At(attachment, line), what, executed, fiscal.Item1, fiscal.Item2, beyond: FindingSeverity.Warning);
                if (againstAll is not null && againstFiscal is not null)
                {
                    yield return againstFiscal.Severity < againstAll.Severity ? againstFiscal : againstAll;
                }
            }
        }
    }

    private static FindingLocation At(int attachment, FundLine line) => FindingLocation.InEvaluation(attachment, line.Label(), "全年执行数");

    private static bool SameProject(string? a, string b) => Bare(a) == Bare(b);

    private static string Bare(string? name)
    {
        var trimmed = (name ?? "").Trim();
        return trimmed.EndsWith("项目", StringComparison.Ordinal) ? trimmed[..^2] : trimmed;
    }
}
