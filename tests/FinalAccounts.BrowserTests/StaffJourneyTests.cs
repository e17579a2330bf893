using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FinalAccounts.BrowserTests;

/// <summary>
/// A finance officer of 硚口区司法局 works the way a person does, by keyboard and mouse: signs in,
/// opens 2024, starts a correction, changes the title, sees it saved and in the history, previews
/// the draft page, and signs out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffJourneyTests(BrowserPortal portal, ITestOutputHelper output)
{
    static StaffJourneyTests() => SetDefaultExpectTimeout(15_000);

    [Fact]
    public async Task AnEditorSignsInCorrectsTheTitleAndSeesItInTheHistoryAndThePreview()
    {
        var password = StaffAccounts.NewPassword();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
                .CreateAsync("browser-editor", "王芳（财务科）", password, [StaffRoles.Editor], ["420104-sfj"]);
            created.Succeeded.Should().BeTrue();
        }
        await using var context = await portal.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/login"));
        await page.GetByLabel("用户名").FillAsync("browser-editor");
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByLabel("密码").PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Row, new() { Name = "2024" }).GetByRole(AriaRole.Link, new() { Name = "打开" }).ClickAsync();
        await page.GetByLabel("更正说明（随更正版本公开）").FillAsync("更正封面标题");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建更正版本" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已新建第 2 版");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "校验结果" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "封面", Exact = true }).ClickAsync();
        await page.GetByLabel("标题").FillAsync("2024年度硚口区司法局部门决算公开（更正）");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).Last.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("已保存");
        await SaveScreenshotAsync(page, "staff-cover-1280.png");

        await page.GotoAsync("/staff/disclosures/420104-sfj/2024/history");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "2024年度硚口区司法局部门决算公开（更正）" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "王芳（财务科）" }).First).ToBeVisibleAsync();

        await page.GotoAsync("/disclosures/420104-sfj/2024/v2");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("（更正）");

        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/login"));
    }

    [Fact]
    public async Task AnEditorStartsTheNextYearFromLastYearAndSeesEachCarriedTextMarkedForChecking()
    {
        var password = StaffAccounts.NewPassword();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
                .CreateAsync("browser-next-year", "李明（财务科）", password, [StaffRoles.Editor], ["420104-sfj"]);
            created.Succeeded.Should().BeTrue();
        }
        await using var context = await portal.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("用户名").FillAsync("browser-next-year");
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByLabel("密码").PressAsync("Enter");

        await page.GetByLabel("新建年度").FillAsync("2025");
        await Expect(page.GetByLabel("沿用上年内容（文字、结构和科目，金额清空）")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/disclosures/420104-sfj/2025$"));
        await page.GotoAsync("/staff/disclosures/420104-sfj/2025/v1/explanation");
        await Expect(page.GetByText("沿用上年、待核对").First).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "staff-next-year-carried-1280.png");
    }

    private Task SaveScreenshotAsync(IPage page, string name) => Screenshots.SaveAsync(page, name, output);
}
