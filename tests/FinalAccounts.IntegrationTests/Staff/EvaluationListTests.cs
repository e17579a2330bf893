using System.Net;
using AngleSharp.Html.Dom;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>A blank year gets its self-evaluations from the form: added by kind and name, then filled, and removed only when confirmed.</summary>
public sealed class EvaluationListTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Page = "/staff/disclosures/420111-sfj/2020/v1/evaluations";

    [Fact]
    public async Task AnEvaluationIsAddedToABlankYearFilledAndRemovedOnlyWhenConfirmed()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "evaluation-adder", StaffRoles.Editor, "420111-sfj");
        (await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']", new() { ["Year"] = "2020", ["FromLastYear"] = "false" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var nameless = await editor.SubmitAsync(Page, "#add-evaluation", new() { ["NewKind"] = "项目", ["NewName"] = " " });
        (await StaffBrowser.ParseAsync(nameless)).GetElementById("refusal")!.TextContent.Should().Contain("请填写项目名称");
        var added = await editor.SubmitAsync(Page, "#add-evaluation", new() { ["NewKind"] = "项目", ["NewName"] = "法律援助经费" });
        added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var second = await editor.SubmitAsync(Page, "#add-evaluation", new() { ["NewKind"] = "整体", ["NewName"] = "武汉市洪山区司法局" });
        second.Headers.Location!.ToString().Should().EndWith("evaluation=2", "the new evaluation opens");

        var key = new VersionKey("420111-sfj", 2020, 1);
        var saved = (await StaffActors.LoadAsync(portal, key)).Evaluations!;
        saved.Select(e => (e.Kind, e.Name)).Should().Equal(("项目", "法律援助经费"), ("整体", "武汉市洪山区司法局"));
        var filled = await editor.SubmitAsync(Page + "?evaluation=1", "form.part-form", new() { ["Input.Funds[total].FullYearBudget"] = "12.5", ["Input.Funds[total].Executed"] = "12" });
        filled.StatusCode.Should().Be(HttpStatusCode.Redirect, (await StaffBrowser.ParseAsync(filled)).GetElementById("refusal")?.TextContent);
        (await StaffActors.LoadAsync(portal, key)).Evaluations![0].Funds.Should().Equal(new FundLineContent("total", null, "12.50", "12.00"));

        var unconfirmed = await editor.SubmitAsync(Page + "?evaluation=2", "#remove-evaluation", []);
        (await StaffBrowser.ParseAsync(unconfirmed)).GetElementById("refusal")!.TextContent.Should().Contain("请勾选“确认删除”");
        (await editor.SubmitAsync(Page + "?evaluation=2", "#remove-evaluation", new() { ["ConfirmRemoval"] = "true" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StaffActors.LoadAsync(portal, key)).Evaluations!.Select(e => e.Name).Should().Equal("法律援助经费");
    }

    [Fact]
    public async Task AnAddFromAPageOpenedBeforeSomeoneElsesSaveIsRefused()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "evaluation-stale", StaffRoles.Editor, "420114-sfj");
        (await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']", new() { ["Year"] = "2021", ["FromLastYear"] = "false" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        const string page = "/staff/disclosures/420114-sfj/2021/v1/evaluations";
        var stale = (IHtmlFormElement)(await editor.GetPageAsync(page)).QuerySelector("#add-evaluation")!;
        (await editor.SubmitAsync(page, "#add-evaluation", new() { ["NewName"] = "先保存的项目" })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var refused = await editor.SubmitAsync(page, stale, new() { ["NewName"] = "后保存的项目" });

        (await StaffBrowser.ParseAsync(refused)).GetElementById("refusal")!.TextContent.Should().Contain("已被其他人修改");
        (await StaffActors.LoadAsync(portal, new VersionKey("420114-sfj", 2021, 1))).Evaluations!.Select(e => e.Name).Should().Equal("先保存的项目");
    }
}
