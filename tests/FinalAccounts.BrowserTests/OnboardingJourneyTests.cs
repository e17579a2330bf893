using System.Text;
using System.Text.RegularExpressions;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Pdf;
using FinalAccounts.Web.Staff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FinalAccounts.BrowserTests;

/// <summary>
/// A department no seed knows, from nothing to its first published year, through the pages people
/// use: the administrator sets up its region, the department, the year's catalog and its staff; the
/// editor starts a blank year, imports the tables and writes the rest, self-evaluations included; the
/// reviewer publishes; the public finds it by region, reads it, downloads its PDF and sees it on the
/// on-time table; a later correction of one score is told that 总分 no longer equals Σ得分.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class OnboardingJourneyTests(BrowserPortal portal, ITestOutputHelper output)
{
    private const string Code = "420222-sfj";
    private const string Department = "黄石市下陆区司法局";
    private const int Year = 2025;
    private const string Title = "2025年度黄石市下陆区司法局部门决算公开";
    private const string RenamedCode = "207";
    private const string NewName = "文化和旅游体育与传媒支出";
    private const string Editor = "xialu-editor";
    private const string Reviewer = "xialu-reviewer";

    static OnboardingJourneyTests() => SetDefaultExpectTimeout(20_000);

    [Fact]
    public async Task ANewDepartmentGoesFromItsRegionToItsFirstPublishedYearThroughThePages()
    {
        var adminPassword = StaffAccounts.NewPassword();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
                .CreateAsync("onboarding-admin", "省财政厅管理员", adminPassword, [StaffRoles.Administrator], []);
            created.Succeeded.Should().BeTrue();
        }

        Dictionary<string, string> passwords;
        await using (var admin = await portal.NewContextAsync(1280, 900))
        {
            var page = await admin.NewPageAsync();
            await SignInAsync(page, "onboarding-admin", adminPassword);
            await CreateRegionsAsync(page);
            await CreateDepartmentAsync(page);
            await ImportCatalogAsync(page);
            passwords = await ImportAccountsAsync(page);
        }

        // Approved a few days ago, so publishing today is on time; never before the year closed.
        var today = FinalAccounts.Domain.ChinaTime.DateOf(DateTimeOffset.UtcNow);
        var approvedOn = new[] { today.AddDays(-3), new DateOnly(Year + 1, 1, 1) }.Max();
        await using (var editor = await portal.NewContextAsync(1280, 900))
        {
            var page = await editor.NewPageAsync();
            await SignInAsync(page, Editor, passwords[Editor]);
            await StartBlankYearAsync(page, approvedOn);
            await ImportTablesAsync(page);
            await CorrectTablesAsync(page);
            await FillPartsAsync(page);
            await AddEvaluationsAsync(page);
            await FillBasicDataAsync(page);
            await SubmitAsync(page);
        }

        await using (var reviewer = await portal.NewContextAsync(1280, 900))
        {
            var page = await reviewer.NewPageAsync();
            await SignInAsync(page, Reviewer, passwords[Reviewer]);
            await page.GotoAsync(Workspace);
            await page.GetByRole(AriaRole.Button, new() { Name = "审核通过并公开" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Row, new() { Name = "第 1 版" })).ToContainTextAsync("已公开");
        }

        await using (var reader = await portal.NewContextAsync(1280, 900))
        {
            var page = await reader.NewPageAsync();
            await FindByRegionAsync(page);
            await ReadDisclosureAsync(page);
            await CheckTimelinessAsync(page, approvedOn);
        }

        await using (var editor = await portal.NewContextAsync(1280, 900))
        {
            var page = await editor.NewPageAsync();
            await SignInAsync(page, Editor, passwords[Editor]);
            await CorrectOneScoreAsync(page);
        }
    }

    private static string Workspace => $"/staff/disclosures/{Code}/{Year}";

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByLabel("密码").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台" })).ToBeVisibleAsync();
    }

    private static async Task CreateRegionsAsync(IPage page)
    {
        await page.GotoAsync("/staff/admin/regions");
        foreach (var (code, name, parent) in new[] { ("420200", "黄石市", "420000 湖北省"), ("420222", "下陆区", "420200 黄石市") })
        {
            await page.GetByLabel("行政区划代码").FillAsync(code);
            await page.GetByLabel("名称（如").FillAsync(name);
            await page.GetByLabel("上级地区").SelectOptionAsync(new SelectOptionValue { Label = parent });
            await page.GetByRole(AriaRole.Button, new() { Name = "新建地区" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(name);
            await Expect(page.GetByRole(AriaRole.Row, new() { Name = name })).ToContainTextAsync(code);
        }
    }

    private static async Task CreateDepartmentAsync(IPage page)
    {
        await page.GotoAsync("/staff/admin/departments");
        await page.GetByLabel("部门编码").FillAsync(Code);
        await page.GetByLabel("所在地区").SelectOptionAsync(new SelectOptionValue { Label = "420222 下陆区" });
        await page.GetByLabel("部门全称").FillAsync(Department);
        await page.GetByLabel("简称").FillAsync("区司法局");
        await page.GetByLabel("部门类别").SelectOptionAsync(new SelectOptionValue { Label = "司法行政" });
        await page.GetByLabel("本级单位名称").FillAsync(Department + "本级");
        await page.GetByLabel("二级预算单位").FillAsync("下陆区法律援助中心");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建部门" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Department);
        // A new department opens on its own page, where its units can be checked and edited.
        await Expect(page).ToHaveURLAsync(new Regex($"/staff/admin/departments/{Code}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Department);
        await Expect(page.GetByLabel("二级预算单位")).ToHaveValueAsync("下陆区法律援助中心");
    }

    /// <summary>
    /// The seeds' 2025 catalog holds only 类 codes; the administrator takes 2024's whole catalog, with
    /// one rename, as 2025's, which is what lets the new department report 项 codes in 2025.
    /// </summary>
    private async Task ImportCatalogAsync(IPage page)
    {
        await page.GotoAsync("/staff/admin/catalogs");
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "2024年度科目表.xlsx" }).ClickAsync());
        var catalog = OnboardingFiles.CatalogWithRename(await File.ReadAllBytesAsync((await download.PathAsync())!), RenamedCode, NewName);

        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "年度", Exact = true }).FillAsync(Year.ToString());
        await page.GetByLabel("科目表文件").SetInputFilesAsync(OnboardingFiles.Upload("2025年度科目表.xlsx", catalog));
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();

        var renamed = page.Locator("#changes-table-function tr.renamed");
        await Expect(renamed).ToHaveCountAsync(1);
        await Expect(renamed).ToContainTextAsync(RenamedCode);
        await Expect(renamed).ToContainTextAsync(NewName);
        await SaveScreenshotAsync(page, "onboarding-catalog-preview.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入2025年度科目表" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已导入2025年度科目表");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "2025年度" })).ToContainTextAsync("2025年度科目表.xlsx");
    }

    private async Task<Dictionary<string, string>> ImportAccountsAsync(IPage page)
    {
        await page.GotoAsync("/staff/admin/users/import");
        var accounts = OnboardingFiles.Accounts(Code,
            (Editor, "李敏（计财科）", StaffRoles.Editor), (Reviewer, "张强（分管副局长）", StaffRoles.Reviewer));
        await page.GetByLabel("账户表 Excel 文件").SetInputFilesAsync(OnboardingFiles.Upload("账户.xlsx", accounts));
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "将创建 2 个账户" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = Editor })).ToContainTextAsync("填报人");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = Reviewer })).ToContainTextAsync("审核人");

        await page.GetByRole(AriaRole.Button, new() { Name = "确认创建 2 个账户" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "已创建 2 个账户" })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "onboarding-accounts-created.png");
        var passwords = new Dictionary<string, string>();
        foreach (var userName in new[] { Editor, Reviewer })
        {
            passwords[userName] = (await page.GetByRole(AriaRole.Row, new() { Name = userName }).Locator("code").InnerTextAsync()).Trim();
            passwords[userName].Should().NotBeEmpty();
        }
        return passwords;
    }

    private static async Task StartBlankYearAsync(IPage page, DateOnly approvedOn)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Department })).ToBeVisibleAsync();
        await page.GetByLabel("新建年度").FillAsync(Year.ToString());
        await page.GetByLabel("沿用上年内容").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(Workspace) + "$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"{Department} {Year}年度决算公开");

        var approval = page.Locator("#approval-form");
        await approval.GetByLabel("批复日期").FillAsync(approvedOn.ToString("yyyy-MM-dd"));
        await approval.GetByRole(AriaRole.Button, new() { Name = "保存批复日期" }).ClickAsync();
        await Expect(page.Locator("#approval-status")).ToContainTextAsync(approvedOn.ToString("yyyy-MM-dd"));
    }

    /// <summary>The editor downloads the template, has it filled (here: the sample's tables) and imports it.</summary>
    private static async Task ImportTablesAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "下载 Excel 模板（含当前数据）" }).ClickAsync());
        download.SuggestedFilename.Should().Contain(Title).And.EndWith(".xlsx");
        var filled = OnboardingFiles.FilledTemplate(Title, Department + "本级", Year);

        await page.GetByRole(AriaRole.Link, new() { Name = "导入 Excel" }).ClickAsync();
        await page.GetByLabel("决算表 Excel 文件").SetInputFilesAsync(OnboardingFiles.Upload(download.SuggestedFilename, filled));
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "将修改" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确认导入" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "校验结果" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("导入");
    }

    private async Task SubmitAsync(IPage page)
    {
        await page.GotoAsync(Workspace);
        var findings = page.GetByRole(AriaRole.Heading, new() { Name = "校验结果" });
        await Expect(findings).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "onboarding-workspace-findings.png");
        // What the checks still flag goes to the test output, so a failure here says which finding remains.
        output.WriteLine(await page.Locator("ol.findings").InnerTextAsync());
        await Expect(findings).ToContainTextAsync("错误 0 个");

        var explanations = page.GetByLabel("警告说明");
        for (var i = 0; i < await explanations.CountAsync(); i++)
        {
            await explanations.Nth(i).FillAsync("已核对：本部门为新建部门，上年数取自上年决算批复，科目名称按本年度科目目录调整。");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "第 1 版" })).ToContainTextAsync("已提交");
    }

    private static async Task FindByRegionAsync(IPage page)
    {
        await page.GotoAsync("/");
        // Just published, it heads the list of the latest publications.
        await Expect(page.Locator("#recent a").First).ToContainTextAsync(Department);
        await page.Locator("#regions").GetByRole(AriaRole.Link, new() { Name = "湖北省" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/regions/420000$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "黄石市", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/regions/420200$"));
        await page.GetByRole(AriaRole.Link, new() { Name = "下陆区", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/regions/420222$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("下陆区");
        await page.GetByLabel("部门类别").SelectOptionAsync("司法行政");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(page.Locator("#departments tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = Department, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/departments/{Code}$"));
        await page.GetByRole(AriaRole.Link, new() { Name = $"{Year}年度", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/disclosures/{Code}/{Year}$"));
    }

    private async Task ReadDisclosureAsync(IPage page)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = $"{Year}年度收入支出决算总表" })).ToBeVisibleAsync();
        var body = await page.Locator("main").InnerTextAsync();
        body.Should().ContainAll(PrintedScores).And.ContainAll(Corrections.Name, Mediation.Name);
        body.Should().Contain("自评得分 94.10 分", "说明十三 prints the overall 总分 as the 附件 does");
        await SaveScreenshotAsync(page, "onboarding-public-disclosure.png");

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "下载 PDF" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Encoding.ASCII.GetString(pdf, 0, 4).Should().Be("%PDF");
        var text = string.Concat(PdfText.Pages(pdf).Select(PdfText.Squeeze));
        text.Should().Contain(Department).And.ContainAll(PrintedScores).And.Contain("整体支出绩效评价基础数据表").And.Contain("93.33%");
    }

    private async Task CheckTimelinessAsync(IPage page, DateOnly approvedOn)
    {
        await page.GotoAsync($"/timeliness?region=420000&year={Year}");
        var row = page.Locator($"#timeliness tr[data-department='{Code}']");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(Department);
        await Expect(row).ToContainTextAsync(approvedOn.ToString("yyyy-MM-dd"));
        await Expect(row.Locator(".timeliness-status")).ToHaveTextAsync("按时公开");
        await SaveScreenshotAsync(page, "onboarding-timeliness.png");
    }

    private Task SaveScreenshotAsync(IPage page, string name) => Screenshots.SaveAsync(page, name, output);
}
