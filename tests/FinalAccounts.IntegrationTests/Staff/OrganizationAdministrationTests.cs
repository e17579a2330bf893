using System.Net;
using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// Administrators build the region hierarchy and the departments through /staff/admin/regions and
/// /staff/admin/departments: each change is logged with its values, a bad one is refused with the
/// reason and changes nothing, and a rename leaves published versions under their published name.
/// </summary>
public sealed class OrganizationAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Regions = "/staff/admin/regions";
    private const string Departments = "/staff/admin/departments";

    [Fact]
    public async Task AnAdministratorBuildsProvinceCityAndDistrictAndEachStepIsLogged()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "region-admin", StaffRoles.Administrator);

        (await CreateRegionAsync(admin, "420200", "黄石市", "420000")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await CreateRegionAsync(admin, "420222", "下陆区", "420200")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await admin.GetPageAsync(Regions);
        page.QuerySelector("#region-420222 th")!.TextContent.Should().Be("下陆区");
        page.QuerySelector("#region-420200")!.TextContent.Should().Contain("地级");
        await using var db = portal.Database.CreateContext();
        (await db.Regions.SingleAsync(r => r.Code == "420222")).ParentCode.Should().Be("420200");
        var entry = await db.AdministrationEntries.SingleAsync(e => e.Subject == "地区 420222");
        (entry.Action, entry.Before, entry.After, entry.UserName).Should().Be(("新建地区", null, "420222 下陆区（上级：420200 黄石市）", "region-admin（测试）"));
    }

    /// <summary>A province has thousands of departments: the list is paged and found by code or name.</summary>
    [Fact]
    public async Task TheDepartmentListIsPagedAndFoundByCodeOrName()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "list-admin", StaffRoles.Administrator);
        await using (var db = portal.Database.CreateContext())
        {
            for (var i = 0; i < DepartmentAdministration.PageSize; i++)
            {
                db.Departments.Add(new FinalAccounts.Domain.Organizations.Department($"420104-p{i:000}", $"硚口区分页测试局{i:000}", $"测试局{i:000}", "420104"));
            }
            await db.SaveChangesAsync();
        }
        await using var count = portal.Database.CreateContext();
        var total = await count.Departments.CountAsync();

        var first = await admin.GetPageAsync(Departments);
        first.QuerySelectorAll("#departments tbody tr").Should().HaveCount(DepartmentAdministration.PageSize);
        first.QuerySelector("#departments-caption")!.TextContent.Should().Contain($"部门（{total} 个，第 1 页");
        var second = await admin.GetPageAsync(first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!);
        second.QuerySelectorAll("#departments tbody tr").Should().HaveCount(total - DepartmentAdministration.PageSize);

        var found = await admin.GetPageAsync(Departments + "?q=" + Uri.EscapeDataString("分页测试局007"));
        found.QuerySelectorAll("#departments tbody tr a").Select(a => a.TextContent).Should().Equal("420104-p007");
        var byCode = await admin.GetPageAsync(Departments + "?Region=420104&q=p09");
        byCode.QuerySelectorAll("#departments tbody tr a").Select(a => a.TextContent).Should().HaveCount(10).And.OnlyContain(c => c.StartsWith("420104-p09"));

        // The administrator's staff home lists every department likewise: a page at a time, found by code, name or region.
        var home = await admin.GetPageAsync("/staff");
        home.QuerySelectorAll("section.staff-department").Should().HaveCount(StaffQueries.PageSize);
        home.QuerySelector("#departments-count")!.TextContent.Should().Contain($"共 {total} 个部门");
        var last = await admin.GetPageAsync($"/staff?p={(total + StaffQueries.PageSize - 1) / StaffQueries.PageSize}");
        last.QuerySelectorAll("section.staff-department").Should().HaveCount(total - (total - 1) / StaffQueries.PageSize * StaffQueries.PageSize);
        last.QuerySelector(".pagination a[rel=next]").Should().BeNull();
        (await admin.GetPageAsync("/staff?q=" + Uri.EscapeDataString("分页测试局042"))).QuerySelectorAll("section.staff-department h2")
            .Select(h => h.TextContent).Should().ContainSingle().Which.Should().Contain("420104-p042");
    }

    [Theory]
    [InlineData("42022", "下陆区", "420200", "不是六位行政区划代码")]
    [InlineData("420104", "重复区", "420100", "已经是“硚口区”")]
    [InlineData("420399", "错位区", "420100", "不在上级地区“420100 武汉市”的代码范围内（应以 4201 开头）")]
    [InlineData("420500", "宜昌市", "", "不是省级代码，须选择上级地区")]
    [InlineData("430000", "湖南省", "420000", "是省级代码，不能有上级地区")]
    [InlineData("420198", "无上级", "420999", "上级地区“420999”不存在")]
    [InlineData("420197", "", "420100", "请填写地区名称")]
    [InlineData("420196", "控制\u0001字符", "420100", "地区名称：第 3 个字是不可见的控制字符 U+0001")]
    public async Task ARegionThatCannotBeIsRefusedWithTheReasonAndTheInputKept(string code, string name, string parent, string reason)
    {
        var admin = await StaffBrowser.SignedInAsync(portal, $"region-bad-{code}", StaffRoles.Administrator);
        var before = await CountsAsync();

        var response = await CreateRegionAsync(admin, code, name, parent);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(response);
        page.QuerySelector("#region-error")!.TextContent.Should().Contain(reason);
        page.QuerySelector("#create-region input[name=Code]")!.GetAttribute("value").Should().Be(code);
        (await CountsAsync()).Should().Be(before, "a refused region changes nothing");
    }

    [Fact]
    public async Task ARenameIsLoggedAndARenameOverSomeoneElsesIsRefused()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "rename-admin", StaffRoles.Administrator);
        (await CreateRegionAsync(admin, "420281", "大冶县", "420000")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stale = (AngleSharp.Html.Dom.IHtmlFormElement)(await admin.GetPageAsync(Regions)).QuerySelector("#region-420281 form[action$='handler=Rename']")!;

        (await admin.SubmitAsync(Regions, "#region-420281 form[action$='handler=Rename']", new() { ["Name"] = "大冶市" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var refused = await admin.SubmitAsync(Regions, stale, new() { ["Name"] = "大冶县级市" });

        (await StaffBrowser.ParseAsync(refused)).QuerySelector("#region-error")!.TextContent.Should().Contain("已被改名为“大冶市”");
        await using var db = portal.Database.CreateContext();
        (await db.Regions.SingleAsync(r => r.Code == "420281")).Name.Should().Be("大冶市");
        var rename = await db.AdministrationEntries.SingleAsync(e => e.Subject == "地区 420281" && e.Action == "更名");
        (rename.Before, rename.After).Should().Be(("大冶县", "大冶市"));
    }

    [Fact]
    public async Task RetiringAndRestoringARegionAndADepartmentAreLoggedAndAChildWaitsForItsParent()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "retire-admin", StaffRoles.Administrator);
        (await CreateRegionAsync(admin, "420600", "襄阳市", "420000")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await CreateRegionAsync(admin, "420602", "襄城区", "420600")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await Retire(admin, "420600")).StatusCode.Should().Be(HttpStatusCode.OK, "襄城区 below it is still in use");
        (await Retire(admin, "420602")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Retire(admin, "420600")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var refused = await PressAsync(admin, "420602", "Restore");
        (await StaffBrowser.ParseAsync(refused)).QuerySelector("#region-error")!.TextContent.Should().Contain("须先恢复上级地区");
        (await PressAsync(admin, "420600", "Restore")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        await using var db = portal.Database.CreateContext();
        var log = await db.AdministrationEntries.Where(e => e.Subject == "地区 420600").OrderBy(e => e.Id).ToListAsync();
        log.Select(e => e.Action).Should().Equal("新建地区", "撤销", "恢复");
        (log[1].Before, log[2].After).Should().Be(("在用", "在用"));
        log[1].After.Should().EndWith("撤销");
        (await db.Regions.SingleAsync(r => r.Code == "420602")).RetiredOn.Should().NotBeNull();
        (await db.Regions.SingleAsync(r => r.Code == "420600")).RetiredOn.Should().BeNull();
    }

    /// <summary>Presses a region row's 撤销 or 恢复 button, which posts the row's second form to its own handler.</summary>
    private static async Task<HttpResponseMessage> PressAsync(StaffBrowser admin, string code, string handler)
    {
        var page = await admin.GetPageAsync(Regions);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector($"#region-{code} form:not([action$='handler=Rename'])")!;
        var button = form.QuerySelector("button")!;
        button.GetAttribute("formaction").Should().EndWith($"handler={handler}");
        return await admin.Client.PostAsync(button.GetAttribute("formaction"), new FormUrlEncodedContent(StaffBrowser.FormValues(form)));
    }

    private static Task<HttpResponseMessage> Retire(StaffBrowser admin, string code) => PressAsync(admin, code, "Retire");

    [Fact]
    public async Task ADepartmentIsCreatedWithKindAndUnitsAndARetiredOneOpensNoYear()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "dept-admin", StaffRoles.Administrator);
        (await CreateRegionAsync(admin, "420223", "测试区", "420000")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var created = await CreateDepartmentAsync(admin, "420223-jyj", "420223", "湖北省测试区教育局", "区教育局", "教育",
            "湖北省测试区教育局本级", "测试区教育研究室\n测试区招生考试中心");

        created.StatusCode.Should().Be(HttpStatusCode.Redirect);
        created.Headers.Location!.ToString().Should().Be("/staff/admin/departments/420223-jyj");
        await using (var db = portal.Database.CreateContext())
        {
            var department = await db.Departments.SingleAsync(d => d.Code == "420223-jyj");
            (department.Kind, department.ShortName).Should().Be(("教育", "区教育局"));
            department.Units.Select(u => (u.Name, u.Kind.ToString())).Should().Equal(
                ("湖北省测试区教育局本级", "Own"), ("测试区教育研究室", "Subordinate"), ("测试区招生考试中心", "Subordinate"));
            (await db.AdministrationEntries.SingleAsync(e => e.Subject == "部门 420223-jyj")).After.Should().Be(
                "地区：420223 测试区；全称：湖北省测试区教育局；简称：区教育局；类别：教育；预算单位：湖北省测试区教育局本级（本级）、测试区教育研究室、测试区招生考试中心");
        }

        // The region cannot be retired while its department is in use; once the department is, it can.
        var stillInUse = await Retire(admin, "420223");
        (await StaffBrowser.ParseAsync(stillInUse)).QuerySelector("#region-error")!.TextContent.Should().Contain("1 个部门在用");
        (await admin.Client.PostAsync("/staff/admin/departments/420223-jyj?handler=Retire", await TokenAsync(admin, "/staff/admin/departments/420223-jyj")))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var editor = await StaffBrowser.SignedInAsync(portal, "retired-editor", StaffRoles.Editor, "420223-jyj");
        var start = await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']", new() { ["Year"] = "2024", ["FromLastYear"] = "false" });
        (await StaffBrowser.ParseAsync(start)).QuerySelector("[role=alert]")!.TextContent.Should().Contain("已于").And.Contain("撤销，不能新建年度");
    }

    [Theory]
    [InlineData("420104-sfj", "420104", "教育", "本级", "已被使用")]
    [InlineData("bad code!", "420104", "教育", "本级", "只能包含字母、数字和连字符")]
    [InlineData("420104-x1", "420999", "教育", "本级", "地区“420999”不存在")]
    [InlineData("420104-x2", "420104", "宇宙探索", "本级", "请从列表中选择部门类别")]
    [InlineData("420104-x3", "420104", "教育", "", "请填写本级单位名称")]
    public async Task ADepartmentThatCannotBeIsRefusedAndNothingIsWritten(string code, string region, string kind, string ownUnit, string reason)
    {
        var admin = await StaffBrowser.SignedInAsync(portal, $"dept-bad-{code.Replace(' ', '_').Replace('!', '_')}", StaffRoles.Administrator);
        var before = await CountsAsync();

        var response = await CreateDepartmentAsync(admin, code, region, "某部门", "某局", kind, ownUnit, "");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(response);
        page.QuerySelector("#department-error")!.TextContent.Should().Contain(reason);
        page.QuerySelector("#Input_Name")!.GetAttribute("value").Should().Be("某部门", "the input is kept");
        (await CountsAsync()).Should().Be(before);
    }

    [Fact]
    public async Task ARenamedDepartmentsPublishedYearsKeepTheNameTheyWerePublishedUnder()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "publisher-rename-admin", StaffRoles.Administrator);
        var edit = "/staff/admin/departments/420114-sfj";

        var saved = await admin.SubmitAsync(edit, "#edit-department", new() { ["Input.Name"] = "武汉市蔡甸区司法和信访局", ["Input.ShortName"] = "区司法和信访局" });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var published = await StaffBrowser.Anonymous(portal).GetPageAsync("/disclosures/420114-sfj/2023");
        published.QuerySelector("h1")!.TextContent.Should().Contain("蔡甸区司法局").And.NotContain("信访");
        var department = await StaffBrowser.Anonymous(portal).GetPageAsync("/departments/420114-sfj");
        department.QuerySelector("h1")!.TextContent.Should().Be("武汉市蔡甸区司法和信访局");
        department.QuerySelector(".published-as")!.TextContent.Should().Be("以“武汉市蔡甸区司法局”名义公开");
        await using var db = portal.Database.CreateContext();
        var log = await db.AdministrationEntries.SingleAsync(e => e.Subject == "部门 420114-sfj");
        log.Action.Should().Be("更名");
        log.Before.Should().StartWith("全称：武汉市蔡甸区司法局；简称：蔡甸区司法局；");
        log.After.Should().StartWith("全称：武汉市蔡甸区司法和信访局；简称：区司法和信访局；");

        await using var connection = new NpgsqlConnection(portal.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE disclosure_versions SET department_name = 'x' WHERE status = 'Published'", connection);
        await FluentActions.Awaiting(() => command.ExecuteNonQueryAsync()).Should().ThrowAsync<PostgresException>("the name a version was published under is frozen with it");
    }

    [Fact]
    public async Task AStaleDepartmentEditIsRefusedWithTheInputKept()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "stale-dept-admin", StaffRoles.Administrator);
        var edit = "/staff/admin/departments/420111-sfj";
        var stale = (AngleSharp.Html.Dom.IHtmlFormElement)(await admin.GetPageAsync(edit)).QuerySelector("#edit-department")!;
        (await admin.SubmitAsync(edit, "#edit-department", new() { ["Input.Kind"] = "财政" })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var refused = await admin.SubmitAsync(edit, stale, new() { ["Input.ShortName"] = "洪山司法" });

        var page = await StaffBrowser.ParseAsync(refused);
        page.QuerySelector("#department-error")!.TextContent.Should().Contain("已被他人修改");
        page.QuerySelector("#Input_ShortName")!.GetAttribute("value").Should().Be("洪山司法");
        await using var db = portal.Database.CreateContext();
        var department = await db.Departments.SingleAsync(d => d.Code == "420111-sfj");
        (department.Kind, department.ShortName).Should().Be(("财政", "洪山区司法局"));
    }

    [Fact]
    public async Task AYearWithoutItsCatalogCannotBeOpened()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "nocatalog-editor", StaffRoles.Editor, "420104-sfj");

        var refused = await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']", new() { ["Year"] = "2027", ["FromLastYear"] = "false" });

        (await StaffBrowser.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent
            .Should().Contain("2027年度的支出功能分类科目表尚未导入，暂不能新建2027年度");
    }

    [Theory]
    [InlineData(Regions)]
    [InlineData(Departments)]
    [InlineData("/staff/admin/departments/420104-sfj")]
    [InlineData("/staff/admin/catalogs")]
    public async Task OnlyAdministratorsReachTheOrganizationPages(string page)
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "org-editor-" + page.Length, StaffRoles.Editor, "420104-sfj");

        (await editor.Client.GetAsync(page)).Headers.Location!.AbsolutePath.Should().Be("/staff/denied");
        // With a valid token from a page the editor may open, so only the authorization stands in the way.
        var token = (await editor.GetPageAsync("/staff")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await editor.Client.PostAsync(page + "?handler=Create",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Code", "429999"), new("Name", "x"), new("ParentCode", "420000")]));
        post.Headers.Location!.AbsolutePath.Should().Be("/staff/denied");
        await using var db = portal.Database.CreateContext();
        (await db.Regions.AnyAsync(r => r.Code == "429999")).Should().BeFalse();
    }

    private static Task<HttpResponseMessage> CreateRegionAsync(StaffBrowser admin, string code, string name, string parent) =>
        admin.SubmitAsync(Regions, "#create-region", new() { ["Code"] = code, ["Name"] = name, ["ParentCode"] = parent });

    private static Task<HttpResponseMessage> CreateDepartmentAsync(StaffBrowser admin, string code, string region, string name, string shortName,
        string kind, string ownUnit, string subordinates) =>
        admin.SubmitAsync(Departments, "#create-department", new()
        {
            ["Code"] = code, ["RegionCode"] = region, ["Input.Name"] = name, ["Input.ShortName"] = shortName, ["Input.Kind"] = kind,
            ["Input.OwnUnit"] = ownUnit, ["Input.SubordinateUnits"] = subordinates,
        });

    /// <summary>The antiforgery token of a page's forms, to post a button's handler as the browser does.</summary>
    private static async Task<FormUrlEncodedContent> TokenAsync(StaffBrowser browser, string page)
    {
        var token = (await browser.GetPageAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
    }

    private async Task<(int Regions, int Departments, int Entries)> CountsAsync()
    {
        await using var db = portal.Database.CreateContext();
        return (await db.Regions.CountAsync(), await db.Departments.CountAsync(), await db.AdministrationEntries.CountAsync());
    }
}
