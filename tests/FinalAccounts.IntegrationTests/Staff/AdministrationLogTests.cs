using System.Net;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// Account administration through the users page leaves an entry per change — who, when, before and
/// after, never a password — which administrators read, filtered, at /staff/admin/audit.
/// </summary>
public sealed class AdministrationLogTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Users = "/staff/admin/users";

    [Fact]
    public async Task EveryAccountChangeIsLoggedWithItsAdministratorAndValues()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "log-admin", StaffRoles.Administrator);

        (await admin.SubmitAsync(Users, "form[action$='handler=Create']", new()
        {
            ["UserName"] = "log-subject", ["DisplayName"] = "日志对象", ["Roles"] = StaffRoles.Editor, ["DepartmentCodes"] = "420104-sfj",
        })).StatusCode.Should().Be(HttpStatusCode.OK);
        var id = await UserIdAsync("log-subject");
        var update = (await admin.GetPageAsync(Users)).QuerySelectorAll("form[action$='handler=Update']")
            .Single(f => f.QuerySelector($"input[name=UserId][value='{id}']") is not null);
        var values = StaffBrowser.FormValues(update).Where(v => v.Key is not ("Roles" or "DepartmentCodes")).ToList();
        values.AddRange([new("Roles", StaffRoles.Reviewer), new("DepartmentCodes", "420111-sfj")]);
        (await admin.Client.PostAsync(update.GetAttribute("action"), new FormUrlEncodedContent(values))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        // 重设密码 is a second button of the account's form.
        var form = (await admin.GetPageAsync(Users)).QuerySelectorAll("form[action$='handler=Update']")
            .Single(f => f.QuerySelector($"input[name=UserId][value='{id}']") is not null);
        var reset = await admin.Client.PostAsync(Users + "?handler=ResetPassword", new FormUrlEncodedContent(StaffBrowser.FormValues(form)));
        var password = System.Text.RegularExpressions.Regex.Match(await reset.Content.ReadAsStringAsync(), "新密码：(\\w+)").Groups[1].Value;

        await using var db = portal.Database.CreateContext();
        var entries = await db.AdministrationEntries.Where(e => e.Subject == "用户 log-subject").OrderBy(e => e.Id).ToListAsync();
        entries.Select(e => e.Action).Should().Equal("新建账户", "修改角色和部门", "重置密码");
        entries.Should().OnlyContain(e => e.UserName == "log-admin（测试）");
        entries[0].After.Should().Be("角色：填报人；部门：420104-sfj");
        entries[1].Before.Should().Be("角色：填报人；部门：420104-sfj");
        entries[1].After.Should().Be("角色：审核人；部门：420111-sfj");
        password.Should().NotBeEmpty();
        entries.Should().OnlyContain(e => (e.Before ?? "").Contains(password) == false && (e.After ?? "").Contains(password) == false);

        var log = await admin.GetPageAsync("/staff/admin/audit?Subject=log-subject");
        log.QuerySelectorAll("#administration-log tbody tr").Should().HaveCount(3);
        (await admin.GetPageAsync("/staff/admin/audit?Actor=nobody-at-all")).QuerySelector("#no-entries").Should().NotBeNull();
    }

    [Fact]
    public async Task ADeactivatedAccountCannotSignInUntilReactivatedAndBothAreLogged()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "deact-admin", StaffRoles.Administrator);
        var password = await StaffBrowser.CreateUserAsync(portal, "deact-subject", StaffRoles.Editor, "420104-sfj");
        var id = await UserIdAsync("deact-subject");
        var own = await UserIdAsync("deact-admin");

        (await PressAsync(admin, id, "Deactivate")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StaffBrowser.Anonymous(portal).SignInAsync("deact-subject", password)).StatusCode
            .Should().Be(HttpStatusCode.OK, "the sign-in form comes back with its message");
        (await admin.GetPageAsync(Users)).QuerySelectorAll("legend").Single(l => l.TextContent.Contains("deact-subject"))
            .TextContent.Should().Contain("（已停用）");
        var self = await PressAsync(admin, own, "Deactivate");
        (await StaffBrowser.ParseAsync(self)).QuerySelector("[role=alert]")!.TextContent.Should().Contain("不能停用自己的账户");

        (await PressAsync(admin, id, "Reactivate")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StaffBrowser.Anonymous(portal).SignInAsync("deact-subject", password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = portal.Database.CreateContext();
        (await db.AdministrationEntries.Where(e => e.Subject == "用户 deact-subject").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync())
            .Should().Equal("停用", "启用");
    }

    /// <summary>Presses one of an account's buttons (停用, 启用, 解锁, 重设密码), which post the account's form to their handler.</summary>
    private async Task<HttpResponseMessage> PressAsync(StaffBrowser admin, string userId, string handler)
    {
        var form = (await admin.GetPageAsync(Users)).QuerySelectorAll("form[action$='handler=Update']")
            .Single(f => f.QuerySelector($"input[name=UserId][value='{userId}']") is not null);
        return await admin.Client.PostAsync(Users + "?handler=" + handler, new FormUrlEncodedContent(StaffBrowser.FormValues(form)));
    }

    [Fact]
    public async Task OnlyAdministratorsReadTheLogAndNobodyChangesIt()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "log-editor", StaffRoles.Editor, "420104-sfj");
        (await editor.Client.GetAsync("/staff/admin/audit")).StatusCode.Should().NotBe(HttpStatusCode.OK);

        await using (var db = portal.Database.CreateContext())
        {
            db.AdministrationEntries.Add(new AdministrationEntry(DateTimeOffset.UtcNow, new StaffActor("x", "测试"), "用户 x", "解锁"));
            await db.SaveChangesAsync();
        }
        await using var connection = new NpgsqlConnection(portal.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE administration_entries SET action = '改写'", connection);
        (await FluentActions.Awaiting(() => command.ExecuteNonQueryAsync()).Should().ThrowAsync<PostgresException>())
            .Which.MessageText.Should().Contain("只能新增");
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var db = portal.Database.CreateContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}
