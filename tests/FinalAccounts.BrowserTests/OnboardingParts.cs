using FinalAccounts.Domain.Figures;
using FinalAccounts.Web.Pages.Staff.Disclosures.Parts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FinalAccounts.BrowserTests;

/// <summary>The editor writes every part of the new year that the tables do not hold, form by form.</summary>
public sealed partial class OnboardingJourneyTests
{
    private static async Task FillPartsAsync(IPage page)
    {
        await OpenPartAsync(page, "封面");
        await Expect(page.GetByLabel("标题")).ToHaveValueAsync(Title);
        await page.GetByLabel("单位").FillAsync(Department + "本级");
        await SaveAsync(page);

        await OpenPartAsync(page, "第一部分 部门概况");
        string[] duties =
        [
            "（一）负责全区法治建设的统筹协调，承担区委全面依法治区委员会办公室日常工作。",
            "（二）负责全区普法宣传、人民调解、社区矫正和公共法律服务体系建设。",
        ];
        for (var i = 0; i < duties.Length; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "添加一条职能" }).ClickAsync();
            await page.GetByLabel($"第{i + 1}条职能").FillAsync(duties[i]);
        }
        await page.GetByLabel("机构设置").FillAsync("区司法局部门决算由本级和下陆区法律援助中心两家单位的决算组成。");
        await SaveAsync(page);

        await OpenPartAsync(page, "三公经费、运行经费、采购和资产情况");
        await FillFactsAsync(page);
        await SaveAsync(page);

        await OpenPartAsync(page, "第三部分 决算情况说明");
        await FillExplanationAsync(page);

        await OpenPartAsync(page, "第四部分 重点工作完成情况");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加一项重点工作" }).ClickAsync();
        var work = page.GetByRole(AriaRole.Group, new() { Name = "第1项重点工作" });
        await work.GetByLabel("重要事项").FillAsync("公共法律服务体系建设");
        await work.GetByLabel("工作内容及目标").FillAsync("建成区、街道、社区三级公共法律服务平台。");
        await work.GetByLabel("完成情况").FillAsync("三级平台全部建成，全年接待群众法律咨询 3,200 人次。");
        await SaveAsync(page);

        await OpenPartAsync(page, "第五部分 名词解释");
        (string Term, string Definition)[] glossary =
        [
            ("财政拨款收入", "指本级财政当年拨付的资金。"),
            ("“三公”经费", "指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。"),
        ];
        for (var i = 0; i < glossary.Length; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "添加一个名词" }).ClickAsync();
            var entry = page.GetByRole(AriaRole.Group, new() { Name = $"第{i + 1}个名词" });
            await entry.GetByLabel("名词").FillAsync(glossary[i].Term);
            await entry.GetByLabel("解释").FillAsync(glossary[i].Definition);
        }
        await SaveAsync(page);
    }

    /// <summary>
    /// The sample's tables are a real publication, printed with rounding differences between tables
    /// that the checks call errors; the editor follows each error from the workspace to its cell and
    /// makes the tables agree, as the department would before submitting.
    /// </summary>
    private static async Task CorrectTablesAsync(IPage page)
    {
        await FollowFindingAsync(page, "公开01表 · 204 公共安全支出 · 金额");
        await page.GetByLabel("204 公共安全支出 · 金额", new() { Exact = true }).FillAsync("2,761.28");
        await SaveTableAsync(page);
        // The 小计 beside the corrected 一般公共预算 column moves with it, or the row no longer adds up.
        await FollowFindingAsync(page, "公开04表 · 204 公共安全支出 · 一般公共预算财政拨款");
        await page.GetByLabel("204 公共安全支出 · 一般公共预算财政拨款", new() { Exact = true }).FillAsync("2,761.28");
        await page.GetByLabel("204 公共安全支出 · 小计", new() { Exact = true }).FillAsync("2,761.28");
        await SaveTableAsync(page);

        // 公开05表's 基本支出 is right; 公开06表's 工资福利支出 lost 0.07 to rounding, and with it the 人员经费 total.
        await page.GotoAsync(Workspace);
        await page.GetByRole(AriaRole.Link, new() { Name = "公开06表", Exact = true }).ClickAsync();
        await page.GetByLabel("301 工资福利支出 · 决算数").FillAsync("2,171.27");
        await page.GetByLabel("人员经费合计 · 决算数").FillAsync("2,260.18");
        await SaveTableAsync(page);
    }

    private static async Task FollowFindingAsync(IPage page, string finding)
    {
        await page.GotoAsync(Workspace);
        await page.GetByRole(AriaRole.Link, new() { Name = finding }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(finding[..5]);
    }

    private static async Task SaveTableAsync(IPage page)
    {
        await page.Locator("#table-form").GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("保存");
    }

    private static async Task OpenPartAsync(IPage page, string part)
    {
        await page.GotoAsync(Workspace);
        await page.GetByRole(AriaRole.Link, new() { Name = part, Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(part);
    }

    private static async Task SaveAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).Last.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("已保存");
    }

    /// <summary>The numbers of 说明 items 九 to 十二, as the department's records give them.</summary>
    private static async Task FillFactsAsync(IPage page)
    {
        var trips = OnboardingFiles.Sample.ThreePublicDetails!;
        await FillAsync(page, "团组数", trips.TripGroups ?? 0);
        await FillAsync(page, "累计人次", trips.TripPersons ?? 0);
        await FillAsync(page, "本年度购置公务用车", trips.VehiclesPurchased);
        await FillAsync(page, "年末公务用车保有量", trips.FleetAtYearEnd);
        await FillAsync(page, "公务用车运行维护费主要用于", trips.VehicleOperationUse);
        await FillAsync(page, "接待批次", trips.ReceptionBatches);
        await FillAsync(page, "接待人次", trips.ReceptionPersons);
        await FillAsync(page, "接待对象", "大冶市司法局");

        var costs = OnboardingFiles.Sample.OperatingCosts!;
        await FillAsync(page, "机关运行经费支出", costs.Amount);
        await FillAsync(page, "年初预算", costs.InitialBudget);

        var buying = OnboardingFiles.Sample.Procurement!;
        await FillAsync(page, "政府采购支出总额", buying.Total);
        await FillAsync(page, "货物支出", buying.Goods);
        await FillAsync(page, "工程支出", buying.Works);
        await FillAsync(page, "服务支出", buying.Services);
        await FillAsync(page, "授予中小企业合同金额", buying.AwardedToSmes);
        await FillAsync(page, "其中：授予小微企业合同金额", buying.AwardedToMicroAndSmall);
        await FillAsync(page, "货物采购授予中小企业", buying.GoodsToSmes);
        await FillAsync(page, "工程采购授予中小企业", buying.WorksToSmes ?? "0");
        await FillAsync(page, "服务采购授予中小企业", buying.ServicesToSmes);

        var assets = OnboardingFiles.Sample.Assets!;
        int?[] vehicles =
        [
            assets.SeniorLeaderVehicles, assets.PrincipalLeaderVehicles, assets.ConfidentialCommunicationVehicles, assets.EmergencyVehicles,
            assets.LawEnforcementVehicles, assets.SpecialTechnicalVehicles, assets.RetiredCadreVehicles, assets.OtherVehicles,
        ];
        for (var i = 0; i < vehicles.Length; i++)
        {
            await FillAsync(page, FactsModel.VehicleKinds[i].Label, vehicles[i] ?? 0);
        }
        await FillAsync(page, "单位价值50万元以上通用设备", assets.GeneralEquipmentOver500K ?? 0);
        await FillAsync(page, "单位价值100万元以上专用设备", assets.SpecialEquipmentOver1M ?? 0);
    }

    /// <summary>
    /// The portal has no published 2024 for this department, so the 说明 form offers last year's
    /// figures; once they are saved, the 说明 asks for the reasons of each change, which come next.
    /// </summary>
    private static async Task FillExplanationAsync(IPage page)
    {
        foreach (var figure in OnboardingFiles.Sample.Explanation!.Figures.Where(f => f.Kind == "prior-year"))
        {
            await FillAsync(page, $"上年（{Year - 1}年度）{DisclosureFigures.Keys.Label(figure.Key)}", figure.Amount);
        }
        await FillAsync(page, DisclosureFigures.Keys.Label(DisclosureFigures.Keys.PerformanceEvaluatedFunds), "1,001.87");
        await SaveAsync(page);

        var missing = page.Locator(".part-field").Filter(new() { HasText = "尚未填写" });
        var count = await missing.CountAsync();
        count.Should().BeGreaterThan(0, "last year's figures make the 说明 ask why the totals changed");
        for (var i = 0; i < count; i++)
        {
            var field = missing.Nth(i);
            var label = await field.Locator("label").InnerTextAsync();
            await field.GetByRole(AriaRole.Textbox).FillAsync(label switch
            {
                _ when label.Contains("主要用于") => "人员经费、公用经费及司法业务项目支出",
                _ when label.Contains("接待事由") => "开展业务交流调研",
                _ when label.Contains("年初预算") => "年中追加司法业务经费",
                _ => "人员增加、法律援助和社区矫正项目经费增加",
            });
        }
        await SaveAsync(page);
        await Expect(missing).ToHaveCountAsync(0);
    }

    private static Task FillAsync(IPage page, string label, object? value) =>
        page.GetByLabel(label, new() { Exact = false }).First.FillAsync(value?.ToString() ?? "");
}
