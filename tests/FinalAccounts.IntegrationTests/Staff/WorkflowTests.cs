using System.Net;
using AngleSharp.Html.Dom;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// The workflow through the staff pages, as people click it: a correction of 硚口 2024 is opened,
/// refused while it has errors, fixed, submitted with its warnings explained, refused to the person
/// who submitted it, returned, submitted again and published by a second reviewer; then it is frozen,
/// public, in the PDF store and the search index, and every step is in the history.
/// </summary>
public sealed class WorkflowTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";
    private const string Workspace = "/staff/disclosures/420104-sfj/2024";

    [Fact]
    public async Task ACorrectionGoesFromDraftToPublishedUnderTheFourEyesRule()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "wf-editor", StaffRoles.Editor, Department);
        var both = await StaffBrowser.SignedInAsync(portal, "wf-both", [StaffRoles.Editor, StaffRoles.Reviewer], [Department]);
        var reviewer = await StaffBrowser.SignedInAsync(portal, "wf-reviewer", StaffRoles.Reviewer, Department);
        var publicBefore = await portal.CreateClient().GetStringAsync("/disclosures/420104-sfj/2024");

        // Open the correction.
        var opened = await editor.SubmitAsync(Workspace, "form[action$='handler=Correct']", new() { ["Comment"] = "更正公开01表和公开06表的尾数" });
        opened.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await editor.GetPageAsync(Workspace);
        page.QuerySelector(".notice-success")!.TextContent.Should().Contain("已新建第 2 版");
        page.QuerySelectorAll(".part-links a").Should().HaveCount(17, "every part of the draft can be edited, the 基础数据表 included");

        // Errors block submission.
        var blocked = await editor.SubmitAsync(Workspace, "form[action$='handler=Submit']", FilledExplanations(page));
        blocked.StatusCode.Should().Be(HttpStatusCode.OK);
        var refusal = (await StaffBrowser.ParseAsync(blocked)).QuerySelector("#refusal")!;
        // The seed's own errors (SeedFindingsTests), 301 工资福利支出's 0.07 gap among them under ADR 0014.
        refusal.TextContent.Should().Contain("有 6 个错误");
        refusal.QuerySelectorAll("li").Should().HaveCount(6);
        (await StatusAsync(2)).Should().Be(DisclosureStatus.Draft);

        // Fixed by the editor; submitted, with every warning explained, by the one who is also a reviewer.
        var key = new VersionKey(Department, 2024, 2);
        (await StaffActors.SaveAsync(portal, key, await StaffActors.ActorAsync(portal, "wf-editor"), StaffActors.FixQiaokou2024))
            .Outcome.Should().Be(EditOutcome.Saved);
        page = await both.GetPageAsync(Workspace);
        page.QuerySelector("#findings-heading")!.TextContent.Should().Contain("错误 0 个");
        (await both.SubmitAsync(Workspace, "form[action$='handler=Submit']", FilledExplanations(page))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StatusAsync(2)).Should().Be(DisclosureStatus.Submitted);

        // The submitter may not publish what they submitted.
        var selfApproval = await both.SubmitAsync(Workspace, "form[action$='handler=Publish']", []);
        (await StaffBrowser.ParseAsync(selfApproval)).QuerySelector("#refusal")!.TextContent.Should().Contain("须由另一人完成");
        (await StatusAsync(2)).Should().Be(DisclosureStatus.Submitted);

        // Nor return it: returning is a reviewer's step too, for someone else.
        var selfReturn = await both.SubmitAsync(Workspace, "form[action$='handler=Return']", new() { ["Comment"] = "自己退回" });
        (await StaffBrowser.ParseAsync(selfReturn)).QuerySelector("#refusal")!.TextContent.Should().Contain("退回修改须由另一人完成");
        (await StatusAsync(2)).Should().Be(DisclosureStatus.Submitted);

        // Returned with a comment, submitted again, published by the second reviewer.
        (await reviewer.SubmitAsync(Workspace, "form[action$='handler=Return']", new() { ["Comment"] = "请补充说明" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        page = await editor.GetPageAsync(Workspace);
        page.QuerySelector(".returned")!.TextContent.Should().Contain("请补充说明");
        (await editor.SubmitAsync(Workspace, "form[action$='handler=Submit']", FilledExplanations(page))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await reviewer.SubmitAsync(Workspace, "form[action$='handler=Publish']", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StatusAsync(2)).Should().Be(DisclosureStatus.Published);

        // Public at once (the cached page was dropped before the answer) …
        var publicAfter = await portal.CreateClient().GetStringAsync("/disclosures/420104-sfj/2024");
        publicAfter.Should().NotBe(publicBefore).And.Contain("更正公开01表和公开06表的尾数");
        (await portal.CreateClient().GetAsync("/disclosures/420104-sfj/2024/v1")).StatusCode.Should().Be(HttpStatusCode.OK);
        // … and the node, having answered, stores the PDF, indexes the version and stores its findings.
        await using (var db = portal.Database.CreateContext())
        {
            var id = await db.DisclosureVersions.Where(v => v.Number == 2 && v.Status == DisclosureStatus.Published).Select(v => v.Id).SingleAsync();
            await portal.WaitForPublicationTaskAsync(id);
            (await db.PublishedPdfs.AnyAsync(p => p.VersionId == id)).Should().BeTrue("the PDF is stored when the version is published");
            (await db.SearchSections.AnyAsync(s => s.VersionId == id)).Should().BeTrue("the version is indexed when it is published");
            (await db.Database.SqlQuery<string>($"SELECT rulebook AS \"Value\" FROM findings_checks WHERE disclosure_version_id = {id}").SingleAsync())
                .Should().Be(Domain.Validation.Rulebook.Fingerprint, "its findings are stored when it is published");
            (await db.DisclosureVersions.SingleAsync(v => v.Id == id)).PublishedBy
                .Should().Be((await StaffActors.ActorAsync(portal, "wf-reviewer")).UserId);
        }

        // Frozen: nothing more can be saved, and the workspace offers no editing.
        (await StaffActors.SaveAsync(portal, key, await StaffActors.ActorAsync(portal, "wf-editor"), StaffActors.FixQiaokou2024))
            .Outcome.Should().Be(EditOutcome.NotEditable);
        (await editor.GetPageAsync(Workspace)).QuerySelectorAll(".part-links a").Should().BeEmpty();

        // The history has the steps and the changed cells.
        var history = await editor.GetPageAsync(Workspace + "/history");
        var actions = history.QuerySelectorAll(".audit-log tbody tr").Select(r => r.Children[3].TextContent).ToList();
        actions.Should().Contain(["新建更正版本", "修改", "警告说明", "提交审核", "退回修改", "审核公开"]);
        history.QuerySelectorAll(".audit-log tbody tr")
            .Should().Contain(r => r.Children[4].TextContent.Contains("公开06表") && r.Children[5].TextContent == "2,171.20"
                                   && r.Children[6].TextContent == "2,171.27");
    }

    /// <summary>The submit form's warning explanations, each filled in.</summary>
    private static Dictionary<string, string> FilledExplanations(IHtmlDocument workspace) =>
        workspace.QuerySelectorAll("form[action$='handler=Submit'] textarea")
            .ToDictionary(t => t.GetAttribute("name")!, _ => "已核实，与批复一致。");

    private async Task<DisclosureStatus> StatusAsync(int number)
    {
        await using var db = portal.Database.CreateContext();
        return await (from v in db.DisclosureVersions
                      join d in db.Disclosures on v.DisclosureId equals d.Id
                      join dep in db.Departments on d.DepartmentId equals dep.Id
                      where dep.Code == Department && v.Number == number
                      select v.Status).SingleAsync();
    }
}
