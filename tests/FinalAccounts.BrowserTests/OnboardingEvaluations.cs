using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FinalAccounts.BrowserTests;

/// <summary>
/// The new department's self-evaluations, from nothing, through the forms: an overall and two project
/// evaluations with fund rows, group weights and scores, and the 基础数据表; printed with every decimal;
/// and a later correction that changes one score, told its 总分 no longer equals Σ得分.
/// </summary>
public sealed partial class OnboardingJourneyTests
{
    /// <summary>An evaluation as typed: every figure consistent, so the draft has no error to block it.</summary>
    private sealed record Typed(
        string Kind, string Name, string Budget, string Executed, string Rate, string FundScore,
        (string Level1, string Level2, string Level3, string Weight, string Score)[] Indicators, string Total, string Grade);

    private static readonly Typed Overall = new("整体", Department, "520.00", "473.20", "91.00%", "9.10",
    [
        ("产出指标", "数量指标", "法律援助案件数", "50", "45.50"),
        ("效益指标", "社会效益指标", "矛盾纠纷化解率", "30", "30"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "10", "9.50"),
    ], "94.10", "优");

    private static readonly Typed Corrections = new("项目", "社区矫正工作经费", "80.00", "80.00", "100.00%", "10",
    [
        ("产出指标", "质量指标", "社区矫正对象再犯罪率", "50", "48.50"),
        ("效益指标", "社会效益指标", "社区安全感", "30", "30"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "10", "9.25"),
    ], "97.75", "优");

    private static readonly Typed Mediation = new("项目", "人民调解工作经费", "45.60", "41.04", "90.00%", "9.00",
    [
        ("产出指标", "数量指标", "调解案件数", "50", "40"),
        ("效益指标", "社会效益指标", "调解成功率", "30", "25.50"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "10", "8"),
    ], "82.50", "良");

    /// <summary>Scores and rates as the page and the PDF must print them, decimals as typed.</summary>
    private static readonly string[] PrintedScores =
        ["9.10", "45.50", "9.50", "94.10", "48.50", "9.25", "97.75", "25.50", "82.50", "91.00%", "90.00%", "473.20", "41.04"];

    private async Task AddEvaluationsAsync(IPage page)
    {
        await OpenPartAsync(page, "绩效自评");
        await Expect(page.GetByText("本版没有绩效自评表")).ToBeVisibleAsync();
        foreach (var evaluation in new[] { Overall, Corrections, Mediation })
        {
            await AddEvaluationAsync(page, evaluation);
        }
    }

    private async Task AddEvaluationAsync(IPage page, Typed e)
    {
        if (!await page.Locator("#add-evaluation").IsVisibleAsync())
        {
            await page.Locator(".evaluation-admin summary").ClickAsync();
        }
        await page.GetByLabel("种类").SelectOptionAsync(e.Kind);
        await page.GetByLabel("项目名称（整体自评表填单位名称）").FillAsync(e.Name);
        await page.GetByRole(AriaRole.Button, new() { Name = "新增自评表" }).ClickAsync();
        await Expect(page.GetByLabel(e.Kind == "整体" ? "单位名称（必填）" : "项目名称（必填）", new() { Exact = true })).ToHaveValueAsync(e.Name);

        // The structure first — each button shows the form again with what was typed — then the figures.
        for (var i = 0; i < 3; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "添加一个一级指标分值" }).ClickAsync();
        }
        for (var i = 0; i < e.Indicators.Length; i++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "在第1个年度目标中添加一个指标" }).ClickAsync();
        }
        var total = page.Locator("#fund-total");
        await total.GetByLabel("年初预算数").FillAsync(e.Budget);
        await total.GetByLabel("全年预算数").FillAsync(e.Budget);
        await total.GetByLabel("全年执行数").FillAsync(e.Executed);
        await page.GetByLabel("预算执行的分值").FillAsync("10");
        await page.GetByLabel("执行率").FillAsync(e.Rate);
        await page.GetByLabel("预算执行的得分").FillAsync(e.FundScore);
        for (var i = 0; i < e.Indicators.Length; i++)
        {
            var (level1, level2, level3, weight, score) = e.Indicators[i];
            var group = page.Locator($"#group-{i}");
            await group.GetByLabel($"第{i + 1}个一级指标分值：一级指标").FillAsync(level1);
            await group.GetByLabel($"第{i + 1}个一级指标分值：分值").FillAsync(weight);
            var indicator = page.Locator($"#goal-0-indicator-{i}");
            await indicator.GetByLabel("一级指标").FillAsync(level1);
            await indicator.GetByLabel("二级指标").FillAsync(level2);
            await indicator.GetByLabel("三级指标").FillAsync(level3);
            await indicator.GetByLabel("年度指标值").FillAsync("达到年度计划");
            await indicator.GetByLabel("实际完成值").FillAsync("已完成");
            await indicator.GetByLabel("分值").FillAsync(weight);
            await indicator.GetByLabel("得分").FillAsync(score);
        }
        var goal = page.Locator("#goal-0");
        await goal.GetByLabel("预期目标").FillAsync($"{e.Name}：完成年度工作任务。");
        await goal.GetByLabel("实际完成情况").FillAsync("已按计划完成。");
        await page.GetByLabel("总分").FillAsync(e.Total);
        await page.GetByLabel("自评等级").FillAsync(e.Grade);
        await SaveAsync(page);
        await SaveScreenshotAsync(page, $"onboarding-evaluation-{e.Kind}.png");
    }

    private static async Task FillBasicDataAsync(IPage page)
    {
        await OpenPartAsync(page, "整体支出绩效评价基础数据表");
        await page.GetByLabel("编制数").FillAsync("30");
        await page.GetByLabel("实际在职人数").FillAsync("28");
        await page.GetByLabel("控制率", new() { Exact = true }).FillAsync("93.33%");
        await page.GetByLabel("厉行节约保障措施").FillAsync("严格执行公务接待和会议费管理规定。");
        await SaveAsync(page);
    }

    /// <summary>A correction that lowers one score: the workspace says 总分 no longer equals Σ得分.</summary>
    private static async Task CorrectOneScoreAsync(IPage page)
    {
        await page.GotoAsync(Workspace);
        await page.GetByLabel("更正说明（随更正版本公开）").FillAsync("更正人民调解项目的得分");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建更正版本" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已新建第 2 版");
        await page.GotoAsync($"{Workspace}/v2/evaluations?evaluation=3");
        await Expect(page.GetByLabel("项目名称（必填）", new() { Exact = true })).ToHaveValueAsync(Mediation.Name);
        await page.Locator("#goal-0-indicator-0").GetByLabel("得分").FillAsync("38");
        await SaveAsync(page);
        await page.GotoAsync(Workspace);
        await Expect(page.Locator("ol.findings")).ToContainTextAsync("附件3“人民调解工作经费”的总分填写为 82.50 分，预算执行得分与各指标得分之和为 80.5 分，相差 2 分");
    }
}
