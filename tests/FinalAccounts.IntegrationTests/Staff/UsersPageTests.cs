using System.Net;
using AngleSharp.Html.Dom;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// The administrators' users page at a province's size: the accounts are paged and found by name or by a
/// department granted, and departments are granted by code — not one checkbox per department of the
/// province on every account.
/// </summary>
public sealed class UsersPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Users = "/staff/admin/users";

    [Fact]
    public async Task TheListIsPagedAndFoundByNameOrByDepartment()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "pager-admin", StaffRoles.Administrator);
        await StaffBrowser.CreateUserAsync(portal, "pager-granted", StaffRoles.Editor, "420104-sfj");
        for (var i = 0; i < StaffUserAdministration.PageSize; i++)
        {
            await StaffBrowser.CreateUserAsync(portal, $"pager-{i:00}", StaffRoles.Auditor);
        }
        var total = await CountAccountsAsync();

        var first = await admin.GetPageAsync(Users);
        first.QuerySelectorAll("form.user-form").Should().HaveCount(StaffUserAdministration.PageSize);
        first.QuerySelector("#users-count")!.TextContent.Should().Contain($"共 {total} 个用户").And.Contain("第 1 页");
        var next = first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        var second = await admin.GetPageAsync(next);
        second.QuerySelectorAll("form.user-form").Should().HaveCount(total - StaffUserAdministration.PageSize);
        Legends(first).Concat(Legends(second)).Should().OnlyHaveUniqueItems().And.HaveCount(total);

        Legends(await admin.GetPageAsync(Users + "?q=pager-07")).Should().ContainSingle().Which.Should().StartWith("pager-07 ·");
        Legends(await admin.GetPageAsync(Users + "?q=420104-sfj")).Should().Contain(l => l.StartsWith("pager-granted ·"))
            .And.NotContain(l => l.StartsWith("pager-07 ·"));
        var none = await admin.GetPageAsync(Users + "?q=nobody-at-all");
        none.QuerySelectorAll("form.user-form").Should().BeEmpty();
        none.QuerySelector("#users-count")!.TextContent.Should().Contain("符合条件的用户 0 个");
    }

    [Fact]
    public async Task DepartmentsAreGrantedByCodeAndOnlyTheGrantedOnesAreCheckboxes()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "grant-admin", StaffRoles.Administrator);
        await StaffBrowser.CreateUserAsync(portal, "grant-subject", StaffRoles.Editor, "420104-sfj");
        var page = await admin.GetPageAsync(Users + "?q=grant-subject");
        var form = (IHtmlFormElement)page.QuerySelector("form.user-form")!;
        form.QuerySelectorAll("input[type=checkbox][name=DepartmentCodes]").Select(b => b.GetAttribute("value"))
            .Should().Equal(["420104-sfj"], "only the department granted is a checkbox");
        form.QuerySelector("label[for$='-420104-sfj']")!.TextContent.Should().Contain("司法局");

        // The field for more departments, typed as a list: codes split at 、 and spaces.
        var values = StaffBrowser.FormValues(form).Where(v => v.Key != "DepartmentCodes").ToList();
        values.AddRange([new("DepartmentCodes", "420104-sfj"), new("DepartmentCodes", "420111-sfj、 420104-sfj")]);
        using var response = await admin.Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("q=grant-subject", "the administrator comes back to the list as filtered");
        (await GrantsAsync("grant-subject")).Should().BeEquivalentTo("420104-sfj", "420111-sfj");

        // A code of no department: refused in Chinese, nothing changed, and what was typed is back in its field.
        form = (IHtmlFormElement)(await admin.GetPageAsync(Users + "?q=grant-subject")).QuerySelector("form.user-form")!;
        values = StaffBrowser.FormValues(form).Where(v => v.Key != "DepartmentCodes").ToList();
        values.AddRange([new("DepartmentCodes", "420104-sfj"), new("DepartmentCodes", "999999-nope")]);
        var refused = await StaffBrowser.ParseAsync(await admin.Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values)));
        refused.QuerySelector("[role=alert]")!.TextContent.Should().Contain("没有编码为“999999-nope”的部门");
        refused.QuerySelectorAll("form.user-form input[type=text], form.user-form input:not([type])")
            .Select(i => i.GetAttribute("value")).Should().Contain("999999-nope");
        (await GrantsAsync("grant-subject")).Should().BeEquivalentTo("420104-sfj", "420111-sfj");
    }

    [Fact]
    public async Task ANewAccountTakesItsDepartmentsAsTypedCodesAndIsShownAfterwards()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "typed-admin", StaffRoles.Administrator);

        var created = await StaffBrowser.ParseAsync(await admin.SubmitAsync(Users, "form[action$='handler=Create']", new()
        {
            ["UserName"] = "typed-subject", ["DisplayName"] = "按编码授权", ["Roles"] = StaffRoles.Reviewer,
            ["DepartmentCodes"] = "420104-sfj，420111-sfj",
        }));

        created.QuerySelector("[role=status]")!.TextContent.Should().Contain("已创建用户“typed-subject”");
        Legends(created).Should().ContainSingle().Which.Should().StartWith("typed-subject ·");
        (await GrantsAsync("typed-subject")).Should().BeEquivalentTo("420104-sfj", "420111-sfj");
    }

    private static List<string> Legends(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("form.user-form legend").Select(l => l.TextContent.Trim()).ToList();

    private async Task<int> CountAccountsAsync()
    {
        await using var db = portal.Database.CreateContext();
        return await db.Users.CountAsync();
    }

    private async Task<List<string>> GrantsAsync(string userName)
    {
        await using var db = portal.Database.CreateContext();
        return await db.UserClaims.Where(c => c.ClaimType == StaffClaims.Department
                && db.Users.Any(u => u.Id == c.UserId && u.UserName == userName))
            .Select(c => c.ClaimValue!).ToListAsync();
    }
}
