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
