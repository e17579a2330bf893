using FinalAccounts.Domain.Disclosures;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>
/// The figures staff enter for the 概况, 说明 十 to 十二 and the project summaries of 十三 are asked
/// for where they were left blank.
/// A blank is never printed as 0: a count or amount left blank beside others reads 未填报, and an
/// item whose data are all blank is left out of the 说明 — either way staff are told here, so that
/// nothing vanishes or reads 未填报 without their knowing. A department that has none enters 0.
/// 人员构成 is optional as a whole and is asked about only when it is entered in part.
/// </summary>
internal sealed class UnreportedFactsRule : IValidationRule
{
    private const string EnterZero = "没有的请填 0。";

    public string Id => "facts-unreported";

    public string Title => "人员构成、机关运行经费、政府采购、国有资产和项目自评综述的数字须填报，没有的填 0";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var version = context.Version;
        if (version.Profile.Staffing.Unstated() is { Count: > 0 } counts)
        {
            yield return Ask(new FindingLocation(null, Sentence: DisclosureHeadings.Staffing, Form: EntryForm.Profile),
                $"部门人员构成的{string.Join("、", counts)}未填报，公开时写作“{Unreported.Text}”。{EnterZero}");
        }
        if (version.OperatingCosts.Amount is null)
        {
            yield return Ask(FindingLocation.InFacts(10, "机关运行经费支出"),
                $"机关运行经费支出未填报，说明第十项（机关运行经费支出说明）因此不会公开。{EnterZero}");
        }
        var procurement = version.Procurement;
        if (procurement.Total is null)
        {
            yield return Ask(FindingLocation.InFacts(11, "政府采购支出总额"),
                $"政府采购支出总额未填报，说明第十一项（政府采购支出说明）因此不会公开。{EnterZero}");
        }
        else if (new[] { ("货物", procurement.Goods), ("工程", procurement.Works), ("服务", procurement.Services) }
                     .Where(k => k.Item2 is null).Select(k => k.Item1).ToList() is { Count: > 0 } blank)
        {
            yield return Ask(FindingLocation.InFacts(11, "政府采购支出"),
                $"政府采购{string.Join("、", blank)}支出未填报，"
                + (procurement.KindsTotal is null ? "说明中不列其构成。" : $"说明中写作“{Unreported.Text}”。") + EnterZero);
        }
        foreach (var project in version.ProjectSummaries.Where(p => p.Budget is null || p.Executed is null))
        {
            var blank = string.Join("、", new[] { ("全年预算数", project.Budget), ("执行数", project.Executed) }
                .Where(f => f.Item2 is null).Select(f => f.Item1));
            yield return Ask(FindingLocation.InExplanation(13, project.Name),
                $"项目“{project.Name}”的{blank}未填报，说明第十三项中写作“{Unreported.Text}”。{EnterZero}");
        }
        var assets = version.Assets;
        if (assets.TotalVehicles is null && assets.GeneralEquipmentOver500K is null && assets.SpecialEquipmentOver1M is null)
        {
            yield return Ask(FindingLocation.InFacts(12, "国有资产占用情况"),
                $"车辆和单位价值50万元以上通用设备、100万元以上专用设备均未填报，说明第十二项（国有资产占用情况说明）因此不会公开。{EnterZero}");
        }
    }

    private Finding Ask(FindingLocation at, string message) =>
        new(FindingSeverity.Warning, Id, at, null, Unreported.Text, message);
}
