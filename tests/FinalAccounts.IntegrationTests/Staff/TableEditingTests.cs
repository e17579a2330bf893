using System.Net;
using AngleSharp.Html.Dom;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// The edit pages of the nine tables, driven through their forms as a browser would, on a correction
/// draft of 硚口 2024 (every table present). Each test edits a table or cells the others leave alone.
/// </summary>
public sealed class TableEditingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";
    private const int Year = 2024;
    private const string Form = "#table-form";

    [Theory]
    [InlineData("t01", "公开01表 收入支出决算总表")]
    [InlineData("t02", "公开02表 收入决算表")]
    [InlineData("t03", "公开03表 支出决算表")]
    [InlineData("t04", "公开04表 财政拨款收入支出决算总表")]
    [InlineData("t05", "公开05表 一般公共预算财政拨款支出决算表")]
    [InlineData("t06", "公开06表 一般公共预算财政拨款基本支出决算明细表")]
    [InlineData("t07", "公开07表 政府性基金预算财政拨款收入支出决算表")]
    [InlineData("t08", "公开08表 国有资本经营预算财政拨款支出决算表")]
    [InlineData("t09", "公开09表 财政拨款“三公”经费支出决算表")]
    public async Task EveryTableOpensForItsEditorWithLabelledInputsAndUnits(string segment, string title)
    {
        var editor = await EditorAsync("grid-open-" + segment);

        var page = await editor.GetPageAsync(await UrlAsync(segment));

        page.QuerySelector("h1")!.TextContent.Should().Be(title);
        page.QuerySelector(".grid-meta")!.TextContent.Should().Contain("单位：万元");
        var inputs = page.QuerySelectorAll("input[name^='Cells[']").Cast<IHtmlInputElement>().ToList();
        inputs.Should().NotBeEmpty();
        inputs.Should().OnlyContain(i => i.GetAttribute("inputmode") == "decimal" && !string.IsNullOrEmpty(i.GetAttribute("aria-label")));
        page.QuerySelectorAll("thead th").Should().OnlyContain(th => th.GetAttribute("scope") == "col" || th.GetAttribute("scope") == "colgroup");
        page.QuerySelector("textarea[name=EmptyStatement]").Should().NotBeNull();
        page.QuerySelectorAll("[id]").Select(e => e.Id).Should().OnlyHaveUniqueItems();
        foreach (var link in page.QuerySelectorAll(".grid-findings a[href^='#']"))
        {
            page.GetElementById(link.GetAttribute("href")![1..]).Should().NotBeNull("the finding link {0} should land on its row", link.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task TheIncomeTableShowsTheSavedFiguresAndTheSumsBesideTheTotals()
    {
        var editor = await EditorAsync("grid-show");
        var saved = (await LoadAsync()).Tables.T02!.Rows;

        var page = await editor.GetPageAsync(await UrlAsync("t02"));

        Value(page, "2040601:total").Should().Be(saved.Single(r => r.Code == "2040601").Total).And.Be("1,712.45");
        Value(page, "total:total").Should().Be(saved.Single(r => r.Code is null).Total).And.Be("3,469.73");
        page.QuerySelector("tr#row-2040601 td.code")!.TextContent.Should().Be("2040601");
        page.QuerySelector("tr#row-2040601 th")!.TextContent.Should().Contain("行政运行");
        page.QuerySelector("input[name='Cells[2040601:total]']")!.GetAttribute("aria-label").Should().Be("2040601 行政运行 · 本年收入合计");
        // 合计 = 204 + 208 + 210 + 221 = 2,761.28 + 228.93 + 253.79 + 225.74.
        Sums(page, "total:total").Should().Contain("各类之和 3,469.74（相差 0.01 万元）").And.Contain("各栏之和 3,469.73");
        page.QuerySelector("tr#row-合计")!.QuerySelectorAll(".sum-note").Should().NotBeEmpty("a difference of 0.01 is rounding");
    }

    [Fact]
    public async Task ASavedCellShowsItsNewValueAndTheSumsFollowIt()
    {
        var editor = await EditorAsync("grid-save");
        var url = await UrlAsync("t05");

        var response = await editor.SubmitAsync(url, Form, new() { ["Cells[2040601:basic]"] = "1700" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(url);
        (await LoadAsync()).Tables.T05!.Rows.Single(r => r.Code == "2040601").Basic.Should().Be("1,700.00");
        var page = await editor.GetPageAsync(url);
        page.QuerySelector(".notice-success")!.TextContent.Should().Contain("已保存，共 1 处修改");
        Value(page, "2040601:basic").Should().Be("1,700.00");
        // 20406 基本支出 = 2040601 + 2040650 = 1,700.00 + 46.95, against the entered 1,759.40.
        Sums(page, "20406:basic").Should().ContainSingle().Which.Should().Be("各项之和 1,746.95（相差 12.45 万元）");
        page.QuerySelector("span.sum[data-target='20406:basic']")!.ClassList.Should().Contain("sum-error");
        Sums(page, "2040601:subtotal").Should().Contain("各栏之和 1,700.00（相差 12.45 万元）");
    }

    [Fact]
    public async Task ACodeAddsItsRowWithTheCatalogNameAndTheRowsAboveItWithoutSavingUntilSaved()
    {
        var editor = await EditorAsync("grid-add");
        var url = await UrlAsync("t08");
        var before = await LoadAsync();
        before.Tables.T08!.Rows.Should().BeEmpty();

        var response = await PostAsync(editor, url, "Rows", new() { ["NewCode"] = "2040601" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(response);
        page.QuerySelector("#rows-changed")!.TextContent.Should()
            .Contain("已添加“2040601 行政运行”及上级科目“204 公共安全支出”、“20406 司法”").And.Contain("尚未保存");
        page.QuerySelector("tr#row-2040601 th")!.TextContent.Should().Contain("行政运行");
        page.QuerySelectorAll("input[name=Codes]").Select(i => i.GetAttribute("value")).Should().Equal("204", "20406", "2040601");
        page.QuerySelectorAll("tbody tr").Select(tr => tr.Id).Should().Equal("row-合计", "row-204", "row-20406", "row-2040601");
        (await LoadAsync()).Tables.T08!.Rows.Should().BeEmpty("adding a row saves nothing");

        var saved = await editor.SubmitAsync(url, (IHtmlFormElement)page.QuerySelector(Form)!,
            new() { ["Cells[2040601:total]"] = "5", ["Cells[2040601:project]"] = "5" });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var rows = (await LoadAsync()).Tables.T08!.Rows;
        rows.Select(r => (r.Code, r.Name)).Should().Equal((null, "合计"), ("204", "公共安全支出"), ("20406", "司法"), ("2040601", "行政运行"));
        rows.Single(r => r.Code == "2040601").Total.Should().Be("5.00");
    }

    [Fact]
    public async Task ARowTickedForRemovalLeavesTheFormAndIsRemovedWhenSaved()
    {
        var editor = await EditorAsync("grid-remove");
        var url = await UrlAsync("t06");

        var response = await PostAsync(editor, url, "Rows", new() { ["Remove"] = "30106" });

        var page = await StaffBrowser.ParseAsync(response);
        page.QuerySelector("tr#row-30106").Should().BeNull();
        page.QuerySelector("tr#row-30101").Should().NotBeNull();
        (await LoadAsync()).Tables.T06!.Rows.Should().Contain(r => r.Code == "30106", "removing a row saves nothing");

        (await editor.SubmitAsync(url, (IHtmlFormElement)page.QuerySelector(Form)!, [])).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await LoadAsync()).Tables.T06!.Rows.Should().NotContain(r => r.Code == "30106").And.Contain(r => r.Code == "30101");
    }

    [Fact]
    public async Task AnUnknownCodeIsRefusedWithItsReasonAndKeepsWhatWasTyped()
    {
        var editor = await EditorAsync("grid-unknown");
        var url = await UrlAsync("t03");
        var before = await LoadAsync();
        Dictionary<string, string> typed = new() { ["NewCode"] = "2049999", ["Cells[2040602:project]"] = "99.99" };

        var added = await StaffBrowser.ParseAsync(await PostAsync(editor, url, "Rows", typed));
        var saved = await editor.SubmitAsync(url, Form, typed);

        added.QuerySelector("#form-problems")!.TextContent.Should().Contain("科目编码“2049999”不在2024年度支出功能分类科目目录中");
        Value(added, "2040602:project").Should().Be("99.99");
        added.QuerySelector("#new-code")!.GetAttribute("value").Should().Be("2049999");
        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(saved);
        page.QuerySelector("#form-problems")!.TextContent.Trim().Should().StartWith("未保存").And.Contain("2049999");
        Value(page, "2040602:project").Should().Be("99.99");
        ContentChanges.Between(before, await LoadAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("十二万", "“十二万”不是有效金额")]
    [InlineData("-5", "“-5”是负数")]
    public async Task AnAmountThatIsNotOneIsNamedByItsCellAndNothingIsSaved(string typed, string problem)
    {
        var editor = await EditorAsync("grid-bad-" + typed.Length);
        var url = await UrlAsync("t02");
        var before = await LoadAsync();

        var response = await editor.SubmitAsync(url, Form,
            new() { ["Cells[2040602:total]"] = typed, ["Cells[2040602:fiscalAppropriation]"] = "108.00" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(response);
        page.QuerySelector("#form-problems")!.TextContent.Should().Contain("2040602 一般行政管理事务 · 本年收入合计：" + problem);
        page.QuerySelector("#form-problems a")!.GetAttribute("href").Should().Be("#cell-2040602-total");
        var input = page.QuerySelector("input[name='Cells[2040602:total]']")!;
        input.GetAttribute("value").Should().Be(typed);
        input.GetAttribute("aria-invalid").Should().Be("true");
        Value(page, "2040602:fiscalAppropriation").Should().Be("108.00", "every other typed figure stays on the page");
        ContentChanges.Between(before, await LoadAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task TheSecondOfTwoEditorsIsRefusedAndKeepsWhatTheyTyped()
    {
        var first = await EditorAsync("grid-first");
        var second = await EditorAsync("grid-second");
        var url = await UrlAsync("t09");
        var secondPage = await second.GetPageAsync(url);

        (await first.SubmitAsync(url, Form, new() { ["Cells[budget:reception]"] = "0.10" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var response = await second.SubmitAsync(url, (IHtmlFormElement)secondPage.QuerySelector(Form)!,
            new() { ["Cells[actual:abroad]"] = "1.23" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(response);
        page.QuerySelector("#form-problems")!.TextContent.Should().Contain("公开09表在您打开之后已被其他人修改");
        Value(page, "actual:abroad").Should().Be("1.23");
        var saved = (await LoadAsync()).Tables.T09!;
        saved.Budget!.Reception.Should().Be("0.10");
        saved.Actual!.Abroad.Should().BeNull();
    }

    [Fact]
    public async Task AFindingIsShownBesideItsCellAndListedWithALinkToItsRow()
    {
        var editor = await EditorAsync("grid-finding");
        var url = await UrlAsync("t03");
        (await editor.SubmitAsync(url, Form, new() { ["Cells[total:basic]"] = "9,999.00" })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await editor.GetPageAsync(url);

        var cell = page.QuerySelector("input[name='Cells[total:basic]']")!.ParentElement!;
        cell.ClassList.Should().Contain("has-error");
        cell.QuerySelector("details.cell-finding.finding-error")!.TextContent.Should().Contain("公开03表“合计”行的基本支出为 9,999.00 万元");
        page.QuerySelector("tr#row-合计").Should().NotBeNull();
        page.QuerySelectorAll(".grid-findings li.finding-error a")
            .Should().Contain(a => a.GetAttribute("href") == "#row-合计" && a.TextContent.Contains("基本支出"));
        // Beside the cell and in the list, the finding links to its rule in the public rulebook.
        cell.QuerySelector("details.cell-finding a.rule-link")!.GetAttribute("href").Should().StartWith("/rules#T03-");
        page.QuerySelectorAll(".grid-findings li.finding-error a.rule-link").Should().NotBeEmpty();
    }

    [Fact]
    public async Task AReviewerSeesTheTableWithoutInputsAndCannotPostIt()
    {
        var reviewer = await StaffBrowser.SignedInAsync(portal, "grid-reviewer", StaffRoles.Reviewer, Department);
        var url = await UrlAsync("t02");
        var before = await LoadAsync();

        var page = await reviewer.GetPageAsync(url);
        var response = await reviewer.SubmitAsync(url, Form, new() { ["Cells[total:total]"] = "1.00" });

        page.QuerySelector("#read-only")!.TextContent.Should().Contain("不能修改");
        page.QuerySelectorAll("input[name^='Cells['], #new-code, textarea").Should().BeEmpty();
        page.QuerySelector("tr#row-2040601 .value")!.TextContent.Should().Be(before.Tables.T02!.Rows.Single(r => r.Code == "2040601").Total);
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        ContentChanges.Between(before, await LoadAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task APublishedVersionIsShownReadOnlyToItsEditor()
    {
        var editor = await EditorAsync("grid-published");

        var page = await editor.GetPageAsync(StaffPaths.Edit(Department, Year, 1, "t02"));

        page.QuerySelector("#read-only")!.TextContent.Should().Contain("已公开");
        page.QuerySelectorAll("input[name^='Cells[']").Should().BeEmpty();
    }

    [Fact]
    public async Task AnEditorOfAnotherDepartmentGetsNotFound()
    {
        var outsider = await StaffBrowser.SignedInAsync(portal, "grid-outsider", StaffRoles.Editor, "420111-sfj");

        var response = await outsider.Client.GetAsync(await UrlAsync("t02"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private Task<StaffBrowser> EditorAsync(string userName) =>
        StaffBrowser.SignedInAsync(portal, userName, StaffRoles.Editor, Department);

    /// <summary>The address of a table's edit page on the open correction draft (opened on first use).</summary>
    private async Task<string> UrlAsync(string segment) => StaffPaths.Edit(Department, Year, (await DraftAsync()).Number, segment);

    private Task<VersionKey> DraftAsync() =>
        StaffActors.OpenCorrectionAsync(portal, Department, Year, "表格编辑测试", new StaffActor("grid-tests", "测试"));

    private async Task<DisclosureContent> LoadAsync() => await StaffActors.LoadAsync(portal, await DraftAsync());

    /// <summary>Posts the page's form to a named handler, as its button with that handler does.</summary>
    private static async Task<HttpResponseMessage> PostAsync(StaffBrowser browser, string url, string handler, Dictionary<string, string> fields)
    {
        var page = await browser.GetPageAsync(url);
        var values = StaffBrowser.FormValues(page.QuerySelector(Form)!);
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name && name != "Remove");
            values.Add(new(name, value));
        }
        return await browser.Client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(values));
    }

    private static string? Value(IHtmlDocument page, string cell) =>
        page.QuerySelector($"input[name='Cells[{cell}]']")?.GetAttribute("value");

    private static IReadOnlyList<string> Sums(IHtmlDocument page, string cell) =>
        [.. page.QuerySelectorAll($"span.sum[data-target='{cell}']").Select(s => s.TextContent)];
}
