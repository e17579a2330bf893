using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// Bulk creation of accounts through /staff/admin/users/import with a real administrator's session: a good
/// file creates every account (roles, departments, a log entry each) whose shown password signs in; a
/// file with any problem is refused with every problem by row and writes nothing; applying twice does
/// not duplicate; and only administrators reach the page.
/// </summary>
public sealed class AccountImportTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Page = "/staff/admin/users/import";
    private static readonly string[] Headings = ["用户名", "显示名称", "角色", "部门编码"];

    [Fact]
    public async Task AGoodFileCreatesEveryAccountWithItsGrantsALogEntryAndAPasswordThatSignsIn()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "import-admin-good", StaffRoles.Administrator);
        var file = Workbook(
            ["bulk-zhang", "张敏（财务科）", "填报人、审核人", "420104-sfj，420111-sfj"],
            ["bulk-li", "李华", "审计人员", null]);

        var preview = await UploadAsync(admin, file);

        preview.QuerySelector("#accounts-heading")!.TextContent.Should().Be("将创建 2 个账户");
        preview.QuerySelectorAll(".import-accounts tbody tr").Select(r => r.QuerySelector("th")!.TextContent)
            .Should().Equal("bulk-zhang", "bulk-li");
        (await UserNamesAsync()).Should().NotContain("bulk-zhang", "nothing is created before the administrator confirms");

        var result = await StaffBrowser.ParseAsync(await ApplyAsync(admin, preview));

        result.QuerySelector("#created-heading")!.TextContent.Should().Be("已创建 2 个账户");
        result.QuerySelector("#password-note")!.TextContent.Should().Contain("只显示这一次，请交给本人");
        var passwords = result.QuerySelectorAll(".import-created tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector(".password")!.TextContent);
        passwords.Keys.Should().BeEquivalentTo("bulk-zhang", "bulk-li");

        await using (var db = portal.Database.CreateContext())
        {
            var zhang = await db.Users.SingleAsync(u => u.UserName == "bulk-zhang");
            zhang.DisplayName.Should().Be("张敏（财务科）");
            (await RolesAsync(db, zhang.Id)).Should().BeEquivalentTo(StaffRoles.Editor, StaffRoles.Reviewer);
            (await db.UserClaims.Where(c => c.UserId == zhang.Id && c.ClaimType == StaffClaims.Department).Select(c => c.ClaimValue).ToListAsync())
                .Should().BeEquivalentTo("420104-sfj", "420111-sfj");
            var li = await db.Users.SingleAsync(u => u.UserName == "bulk-li");
            (await RolesAsync(db, li.Id)).Should().Equal(StaffRoles.Auditor);
            var entries = await db.AdministrationEntries.Where(e => e.Subject == "用户 bulk-zhang" || e.Subject == "用户 bulk-li")
                .OrderBy(e => e.Id).ToListAsync();
            entries.Select(e => (e.Subject, e.Action, e.After)).Should().Equal(
                ("用户 bulk-zhang", "新建账户", "角色：填报人、审核人；部门：420104-sfj、420111-sfj"),
                ("用户 bulk-li", "新建账户", "角色：审计人员；部门：无"));
            entries.Should().OnlyContain(e => e.UserName == "import-admin-good（测试）"
                && !(e.After ?? "").Contains(passwords["bulk-zhang"]) && !(e.After ?? "").Contains(passwords["bulk-li"]));
        }

        foreach (var (userName, password) in passwords)
        {
            var signIn = await StaffBrowser.Anonymous(portal).SignInAsync(userName, password);
            signIn.StatusCode.Should().Be(HttpStatusCode.Redirect, "{0} signs in with the password shown", userName);
        }
    }

    [Theory]
    [InlineData("unknown-department", "账户 第3行：没有编码为“420999-xx”的部门。")]
    [InlineData("unknown-role", "账户 第3行：没有“审批人”这个角色。")]
    [InlineData("duplicate", "账户 第3行：用户名“bad-dup-a”与第2行重复。")]
    [InlineData("existing", "账户 第3行：用户名“import-existing”已经存在，不能再新建。")]
    public async Task AFileWithAProblemIsRefusedWithItsRowAndReasonAndNothingIsWritten(string problem, string message)
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "import-admin-" + problem, StaffRoles.Administrator);
        var second = problem switch
        {
            "unknown-department" => new object?[] { "bad-dept", "某人", "填报人", "420104-sfj、420999-xx" },
            "unknown-role" => ["bad-role", "某人", "审批人", "420104-sfj"],
            "duplicate" => ["bad-dup-a", "某人", "填报人", ""],
            _ => ["import-existing", "某人", "填报人", ""],
        };
        if (problem == "existing")
        {
            await StaffBrowser.CreateUserAsync(portal, "import-existing", StaffRoles.Editor, "420104-sfj");
        }
        var file = Workbook(["bad-dup-a", "正常的人", "填报人", "420104-sfj"], second);
        var (users, entries) = await CountsAsync();

        var preview = await UploadAsync(admin, file);

        var problems = preview.QuerySelectorAll(".import-problems li").Select(li => li.TextContent).ToList();
        problems.Should().ContainSingle().Which.Should().StartWith(message);
        preview.QuerySelector(".import-problems")!.GetAttribute("role").Should().Be("alert");
        preview.QuerySelector("form[action$='handler=Apply']").Should().BeNull("a file with a problem cannot be applied");

        // Nor can the confirmation form be forged with these rows: the server checks them again.
        var forged = await ApplyRowsAsync(admin,
            [new AccountRow(2, "bad-dup-a", "正常的人", "填报人", "420104-sfj"),
             new AccountRow(3, (string)second[0]!, (string)second[1]!, (string)second[2]!, (string?)second[3] ?? "")]);
        (await StaffBrowser.ParseAsync(forged)).QuerySelectorAll(".import-refusals li").Select(li => li.TextContent)
            .Should().ContainSingle().Which.Should().StartWith(message);
        (await CountsAsync()).Should().Be((users, entries), "a refused file writes nothing");
        (await UserNamesAsync()).Should().NotContain("bad-dup-a");
    }

    [Fact]
    public async Task AFileThatIsNotAWorkbookIsRefusedInChinese()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "import-admin-garbage", StaffRoles.Administrator);
        var (users, entries) = await CountsAsync();

        var text = await UploadAsync(admin, Encoding.UTF8.GetBytes("用户名,显示名称,角色,部门编码\r\nzhang,张敏,填报人,420104-sfj\r\n"));
        var binary = await UploadAsync(admin, [0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00, 0x13, 0x37, 0x42, 0x42]);

        text.QuerySelector(".import-problems li")!.TextContent.Should()
            .Be("文件是文本文件（如 CSV），不是 Excel 工作簿。请使用下载的账户表（.xlsx）填写后上传。");
        binary.QuerySelector(".import-problems li")!.TextContent.Should().Contain("无法作为 Excel 工作簿读取").And.Contain("账户表");
        (await CountsAsync()).Should().Be((users, entries));
    }

    [Fact]
    public async Task ApplyingTheSameFileTwiceIsRefusedTheSecondTimeNamingTheAccounts()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "import-admin-twice", StaffRoles.Administrator);
        var preview = await UploadAsync(admin, Workbook(["twice-a", "甲", "填报人", "420104-sfj"], ["twice-b", "乙", "审核人", "420104-sfj"]));
        var confirm = (IHtmlFormElement)preview.QuerySelector("form[action$='handler=Apply']")!;

        var first = await StaffBrowser.ParseAsync(await admin.SubmitAsync(Page, confirm, []));
        first.QuerySelector("#created-heading")!.TextContent.Should().Be("已创建 2 个账户");
        var counts = await CountsAsync();
        var second = await StaffBrowser.ParseAsync(await admin.SubmitAsync(Page, confirm, []));

        second.QuerySelector("#created-heading").Should().BeNull();
        second.QuerySelectorAll(".import-refusals li").Select(li => li.TextContent).Should().Equal(
            "账户 第2行：用户名“twice-a”已经存在，不能再新建。", "账户 第3行：用户名“twice-b”已经存在，不能再新建。");
        (await CountsAsync()).Should().Be(counts);
        (await UserNamesAsync()).Count(n => n is "twice-a" or "twice-b").Should().Be(2);
    }

    [Fact]
    public async Task WhenIdentityRefusesALaterAccountTheEarlierOnesAreRolledBack()
    {
        var actor = new StaffActor("import-test", "导入测试");
        var (users, entries) = await CountsAsync();
        var passwords = new Queue<string>([StaffAccounts.NewPassword(), "short"]);
        await using var scope = StaffActors.Scope(portal);

        var result = await scope.ServiceProvider.GetRequiredService<StaffAccountImport>().ApplyAsync(
            [new AccountRow(2, "atomic-a", "甲", "填报人", "420104-sfj"), new AccountRow(3, "atomic-b", "乙", "填报人", "")],
            passwords.Dequeue, actor);

        result.Succeeded.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Should().StartWith("账户 第3行：").And.EndWith("没有创建任何账户。");
        (await CountsAsync()).Should().Be((users, entries), "the first account and its log entry are rolled back with the second");
        (await UserNamesAsync()).Should().NotContain("atomic-a");
    }

    [Fact]
    public async Task TheSampleDownloadsAndPreviewsAsTwoAccounts()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "import-admin-sample", StaffRoles.Administrator);
        (await admin.GetPageAsync("/staff/admin/users")).QuerySelector($"a[href='{Page}']").Should().NotBeNull();

        var response = await admin.Client.GetAsync(Page + "?handler=Sample");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(ListWorkbook.ContentType);
        var preview = await UploadAsync(admin, await response.Content.ReadAsByteArrayAsync());
        preview.QuerySelectorAll(".import-accounts tbody tr").Select(r => r.QuerySelector("th")!.TextContent)
            .Should().Equal("zhangmin", "lihua");
    }

    [Fact]
    public async Task AnEditorIsRefusedThePageTheSampleAndBothPosts()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "import-editor", StaffRoles.Editor, "420104-sfj");
        var (users, entries) = await CountsAsync();
        // A valid antiforgery token of the editor's own session, so only the authorization can refuse.
        var token = (await editor.GetPageAsync("/staff")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var url in new[] { Page, Page + "?handler=Sample" })
        {
            var get = await editor.Client.GetAsync(url);
            get.StatusCode.Should().Be(HttpStatusCode.Redirect);
            get.Headers.Location!.ToString().Should().Contain("/staff/denied");
        }
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Workbook(["editor-made", "某人", "管理员", ""])), "Workbook", "accounts.xlsx" },
        };
        var preview = await editor.Client.PostAsync(Page + "?handler=Preview", upload);
        var apply = await editor.Client.PostAsync(Page + "?handler=Apply", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("RowsJson", JsonSerializer.Serialize(new[] { new AccountRow(2, "editor-made", "某人", "管理员", "") }, JsonSerializerOptions.Web)),
        ]));

        foreach (var post in new[] { preview, apply })
        {
            post.StatusCode.Should().Be(HttpStatusCode.Redirect);
            post.Headers.Location!.ToString().Should().Contain("/staff/denied");
        }
        (await CountsAsync()).Should().Be((users, entries));
        (await UserNamesAsync()).Should().NotContain("editor-made");
    }

    private static byte[] Workbook(params IReadOnlyList<object?>[] rows) =>
        ListWorkbook.Write([new ListSheetData("账户", Headings, rows)], DateTimeOffset.UtcNow);

    private static Task<IHtmlDocument> UploadAsync(StaffBrowser admin, byte[] file) =>
        admin.UploadAsync(Page, "Workbook", file, "accounts.xlsx", ListWorkbook.ContentType);

    private static Task<HttpResponseMessage> ApplyAsync(StaffBrowser admin, IHtmlDocument preview) =>
        admin.SubmitAsync(Page, (IHtmlFormElement)preview.QuerySelector("form[action$='handler=Apply']")!, []);

    /// <summary>Posts the confirmation with rows of the test's choosing, as a forged form would.</summary>
    private static async Task<HttpResponseMessage> ApplyRowsAsync(StaffBrowser admin, AccountRow[] rows)
    {
        var page = await admin.GetPageAsync(Page);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await admin.Client.PostAsync(Page + "?handler=Apply", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("RowsJson", JsonSerializer.Serialize(rows, JsonSerializerOptions.Web)),
        ]));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return response;
    }

    private async Task<(int Users, int Entries)> CountsAsync()
    {
        await using var db = portal.Database.CreateContext();
        return (await db.Users.CountAsync(), await db.AdministrationEntries.CountAsync());
    }

    private async Task<List<string>> UserNamesAsync()
    {
        await using var db = portal.Database.CreateContext();
        return await db.Users.Select(u => u.UserName!).ToListAsync();
    }

    private static Task<List<string>> RolesAsync(FinalAccounts.Infrastructure.Persistence.FinalAccountsDbContext db, string userId) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         where userRole.UserId == userId
         select role.Name!).ToListAsync();
}
