using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FinalAccounts.BrowserTests;

/// <summary>
/// An editor who changed a part form and follows a link away (another evaluation's tab) is asked
/// first and may stay with the edit kept; leaving the page asks through beforeunload; saving asks
/// nothing. 蔡甸 2023 is used so that no other browser test's correction of 硚口 is in the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnsavedChangesTests(BrowserPortal portal)
{
    private const string Department = "420114-sfj";

    static UnsavedChangesTests() => SetDefaultExpectTimeout(15_000);

    [Fact]
    public async Task LeavingAPartFormWithUnsavedEditsAsksFirstAndSavingDoesNot()
    {
        var password = StaffAccounts.NewPassword();
        int version;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
            (await accounts.CreateAsync("browser-unsaved", "赵敏（财务科）", password, [StaffRoles.Editor], [Department])).Succeeded.Should().BeTrue();
            var opened = await scope.ServiceProvider.GetRequiredService<DisclosureWorkflow>()
                .StartCorrectionAsync(Department, 2023, "核对绩效自评表", new StaffActor("opener", "开更正版本的人"));
            opened.Succeeded.Should().BeTrue(opened.Message);
            version = opened.VersionNumber!.Value;
        }
        await using var context = await portal.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("用户名").FillAsync("browser-unsaved");
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByLabel("密码").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台" })).ToBeVisibleAsync();

        var evaluations = StaffPaths.Edit(Department, 2023, version, "evaluations");
        await page.GotoAsync(evaluations + "?evaluation=1");
        var field = page.Locator("form.part-form [name^='Input.']:not([type=hidden])").First;
        var typed = (await field.InputValueAsync()) + "（改）";
        await field.FillAsync(typed);
        var secondTab = page.Locator(".evaluation-nav a").Nth(1);

        // Following another tab with the edit unsaved asks; declining keeps the page and the edit.
        var dialogs = new List<IDialog>();
        void Decline(object? sender, IDialog dialog)
        {
            dialogs.Add(dialog);
            _ = dialog.DismissAsync();
        }
        page.Dialog += Decline;
        await secondTab.ClickAsync();
        await Expect(field).ToHaveValueAsync(typed);
        page.Dialog -= Decline;
        dialogs.Should().ContainSingle().Which.Type.Should().Be(DialogType.Confirm);
        dialogs[0].Message.Should().Contain("尚未保存的修改");
        page.Url.Should().EndWith("?evaluation=1");

        // Closing the page with the edit unsaved asks through beforeunload.
        var beforeUnload = new TaskCompletionSource<IDialog>();
        void Stay(object? sender, IDialog dialog)
        {
            beforeUnload.TrySetResult(dialog);
            _ = dialog.DismissAsync();
        }
        page.Dialog += Stay;
        await page.CloseAsync(new() { RunBeforeUnload = true });
        (await beforeUnload.Task.WaitAsync(TimeSpan.FromSeconds(15))).Type.Should().Be(DialogType.BeforeUnload);
        page.Dialog -= Stay;
        await Expect(field).ToHaveValueAsync(typed);

        // Saving asks nothing, and after the save the tabs are followed without a question.
        var asked = 0;
        page.Dialog += (_, dialog) =>
        {
            asked++;
            _ = dialog.AcceptAsync();
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).Last.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("已保存");
        await page.Locator(".evaluation-nav a").Nth(1).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?evaluation=2$"));
        asked.Should().Be(0, "neither saving nor leaving a form without edits asks");
    }
}
