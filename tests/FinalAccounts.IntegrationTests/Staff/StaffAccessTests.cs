using System.Net;
using AngleSharp.Html.Dom;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// Each role's allowed and forbidden pages, and department scope enforced on the server whether a
/// department is reached by link, by typed address or by a form posted to another department's address.
/// </summary>
public sealed class StaffAccessTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnEditorOfAnotherDepartmentGetsNotFoundByAddressAndByTamperedForm()
    {
        var outsider = await StaffBrowser.SignedInAsync(portal, "scope-outsider", StaffRoles.Editor, "420111-sfj");
        var versionsBefore = await VersionCountAsync();

        var home = await outsider.GetPageAsync("/staff");
        home.QuerySelectorAll("section.staff-department h2").Select(h => h.TextContent)
            .Should().ContainSingle().Which.Should().Contain("洪山区司法局");
        (await outsider.Client.GetAsync("/staff/disclosures/420104-sfj/2024")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outsider.Client.GetAsync("/staff/disclosures/420104-sfj/2024/history")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // Their own department's correction form, posted to 硚口's address.
        var own = await outsider.GetPageAsync("/staff/disclosures/420111-sfj/2021");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)own.QuerySelector("form[action$='handler=Correct']")!;
        form.SetAttribute("action", "/staff/disclosures/420104-sfj/2024?handler=Correct");
        var tampered = await outsider.SubmitAsync("/staff/disclosures/420111-sfj/2021", form, new() { ["Comment"] = "越权" });

        tampered.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await VersionCountAsync()).Should().Be(versionsBefore, "nothing was created");
    }

    [Fact]
    public async Task EachRoleDoesOnlyItsOwnSteps()
    {
        var reviewer = await StaffBrowser.SignedInAsync(portal, "role-reviewer", StaffRoles.Reviewer, "420111-sfj");
        var editor = await StaffBrowser.SignedInAsync(portal, "role-editor", StaffRoles.Editor, "420111-sfj");
        var admin = await StaffBrowser.SignedInAsync(portal, "role-admin", StaffRoles.Administrator);

        var workspace = await reviewer.GetPageAsync("/staff/disclosures/420111-sfj/2021");
        workspace.QuerySelector("form[action$='handler=Correct']").Should().BeNull("a reviewer does not enter data");
        // The form a reviewer does not have, posted with their valid antiforgery token (the sign-out form's).
        var fields = StaffBrowser.FormValues(workspace.QuerySelector("form[action='/staff/logout']")!);
        fields.Add(new("Comment", "越权更正"));
        var posted = await reviewer.Client.PostAsync("/staff/disclosures/420111-sfj/2021?handler=Correct", new FormUrlEncodedContent(fields));
        posted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        posted.Headers.Location!.ToString().Should().Contain("/staff/denied");
        (await editor.GetPageAsync("/staff/disclosures/420111-sfj/2021")).QuerySelectorAll("#versions-heading + table tbody tr")
            .Should().ContainSingle("the refused correction created nothing");

        var denied = await editor.Client.GetAsync("/staff/admin/users");
        denied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().Should().Contain("/staff/denied");
        (await admin.Client.GetAsync("/staff/admin/users")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.GetPageAsync("/staff/disclosures/420111-sfj/2021")).QuerySelector("form[action$='handler=Withdraw']")
            .Should().NotBeNull("administrators withdraw published versions");
        (await editor.GetPageAsync("/staff/disclosures/420111-sfj/2021")).QuerySelector("form[action$='handler=Withdraw']")
            .Should().BeNull();
    }

    [Fact]
    public async Task AnAuditorReadsEveryDepartmentsPublishedVersionsButNoDraftsUnlessGranted()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "audit-editor", StaffRoles.Editor, "420114-sfj");
        await editor.SubmitAsync("/staff/disclosures/420114-sfj/2023", "form[action$='handler=Correct']", new() { ["Comment"] = "审计测试" });
        var auditor = await StaffBrowser.SignedInAsync(portal, "auditor-plain", StaffRoles.Auditor);
        var granted = await StaffBrowser.SignedInAsync(portal, "auditor-granted", StaffRoles.Auditor, "420114-sfj");

        var page = await auditor.GetPageAsync("/staff/disclosures/420114-sfj/2023");
        page.QuerySelectorAll("#versions-heading + table tbody tr").Should().ContainSingle("only the published version shows");
        page.QuerySelectorAll("form").Where(f => f.GetAttribute("action") != "/staff/logout").Should().BeEmpty("auditors only read");
        (await auditor.Client.GetAsync("/staff/disclosures/420114-sfj/2023/history")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await auditor.Client.GetAsync("/disclosures/420114-sfj/2023/v2")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var grantedPage = await granted.GetPageAsync("/staff/disclosures/420114-sfj/2023");
        grantedPage.QuerySelectorAll("#versions-heading + table tbody tr").Should().HaveCount(2);
        grantedPage.QuerySelector("#findings-heading").Should().NotBeNull();
        (await granted.Client.GetAsync("/disclosures/420114-sfj/2023/v2")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnEditorPreviewsTheDraftPageWhileThePublicKeepsSeeingThePublishedOne()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "preview-editor", StaffRoles.Editor, "420104-sfj");
        await editor.SubmitAsync("/staff/disclosures/420104-sfj/2024", "form[action$='handler=Correct']", new() { ["Comment"] = "预览测试" });
        await StaffActors.SaveAsync(portal, new VersionKey("420104-sfj", 2024, 2), await StaffActors.ActorAsync(portal, "preview-editor"),
            c => c with { Version = c.Version with { Title = c.Version.Title + "（预览稿）" } });

        var preview = await editor.Client.GetStringAsync("/disclosures/420104-sfj/2024");
        var publicPage = await portal.CreateClient().GetStringAsync("/disclosures/420104-sfj/2024");
        var pdf = await editor.Client.GetAsync("/disclosures/420104-sfj/2024/v2/pdf");

        preview.Should().Contain("（预览稿）");
        publicPage.Should().NotContain("（预览稿）", "the signed-in preview is never served to the public from the cache");
        (await portal.CreateClient().GetAsync("/disclosures/420104-sfj/2024/v2")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        pdf.Headers.CacheControl!.NoStore.Should().BeTrue();
        var previewResponse = await editor.Client.GetAsync("/disclosures/420104-sfj/2024/v2");
        previewResponse.Headers.CacheControl!.NoStore.Should().BeTrue("a draft's page is not stored, like its PDF");
        previewResponse.Headers.CacheControl.Private.Should().BeTrue();
    }

    [Fact]
    public async Task ANewYearStartsFromLastYearWithCodesKeptAndAmountsCleared()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "newyear-editor", StaffRoles.Editor, "420104-sfj");

        var started = await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']",
            new() { ["Year"] = "2025", ["FromLastYear"] = "true" });
        started.StatusCode.Should().Be(HttpStatusCode.Redirect,
            (await StaffBrowser.ParseAsync(started)).QuerySelector("[role=alert]")?.TextContent);
        started.Headers.Location!.ToString().Should().Be("/staff/disclosures/420104-sfj/2025");

        var lastYear = await StaffActors.LoadAsync(portal, new VersionKey("420104-sfj", 2024, 1));
        var draft = await StaffActors.LoadAsync(portal, new VersionKey("420104-sfj", 2025, 1));
        draft.Version.Title.Should().Be("2025年度硚口区司法局部门决算公开");
        draft.Tables.T02!.Rows.Select(r => r.Code).Should().Equal(lastYear.Tables.T02!.Rows.Select(r => r.Code));
        draft.Tables.T02.Rows.Should().OnlyContain(r => r.Total == null && r.FiscalAppropriation == null);
        draft.Profile!.Duties.Should().Equal(lastYear.Profile!.Duties);

        var again = await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']",
            new() { ["Year"] = "2025", ["FromLastYear"] = "true" });
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StaffBrowser.ParseAsync(again)).QuerySelector("[role=alert]")!.TextContent.Should().Contain("已经建立");
    }

    [Fact]
    public async Task AnAuditorsDashboardListsOnlyTheDraftsTheyMayOpen()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "draftlist-editor", StaffRoles.Editor, "420111-sfj");
        (await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']", new() { ["Year"] = "2020", ["FromLastYear"] = "false" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var plain = await StaffBrowser.SignedInAsync(portal, "draftlist-auditor", StaffRoles.Auditor);
        var granted = await StaffBrowser.SignedInAsync(portal, "draftlist-granted", StaffRoles.Auditor, "420111-sfj");

        var plainLinks = Links(await plain.GetPageAsync("/staff"));
        var grantedLinks = Links(await granted.GetPageAsync("/staff"));

        plainLinks.Should().NotContain("/staff/disclosures/420111-sfj/2020").And.Contain("/staff/disclosures/420111-sfj/2021");
        grantedLinks.Should().Contain("/staff/disclosures/420111-sfj/2020");
        foreach (var link in plainLinks.Where(l => l.StartsWith("/staff/disclosures/", StringComparison.Ordinal)))
        {
            (await plain.Client.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.OK, link);
        }
    }

    private static List<string> Links(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public async Task UntickingCarryOverStartsABlankYearAsTheBrowserPostsIt()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "blankyear-editor", StaffRoles.Editor, "420104-sfj");
        var page = await editor.GetPageAsync("/staff");
        var form = (IHtmlFormElement)page.QuerySelector("form[action$='handler=StartYear']")!;
        // A browser sends nothing for an unticked checkbox.
        var values = StaffBrowser.FormValues(form).Where(v => v.Key != "FromLastYear").ToList();
        values.RemoveAll(v => v.Key == "Year");
        values.Add(new("Year", "2023"));

        var started = await editor.Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));

        started.StatusCode.Should().Be(HttpStatusCode.Redirect,
            (await StaffBrowser.ParseAsync(started)).QuerySelector("[role=alert]")?.TextContent);
        var draft = await StaffActors.LoadAsync(portal, new VersionKey("420104-sfj", 2023, 1));
        draft.Tables.T02!.Rows.Should().BeEmpty();
        draft.Profile!.Duties.Should().BeEmpty();
    }

    [Fact]
    public async Task TheRefusalToCarryOverANonexistentYearSaysToUntickTheBox()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "carry-editor", StaffRoles.Editor, "420104-sfj");

        var refused = await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']",
            new() { ["Year"] = "2022", ["FromLastYear"] = "true" });

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StaffBrowser.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent.Should().Contain("取消勾选“沿用上年内容”");
    }

    private async Task<int> VersionCountAsync()
    {
        await using var db = portal.Database.CreateContext();
        return await db.DisclosureVersions.CountAsync();
    }
}
