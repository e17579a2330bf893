using System.Net;
using AngleSharp.Html.Dom;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// The edit pages of a version's parts, driven as a browser drives them: an editor of 硚口 works on a
/// correction of 2024 (every part filled), and what the forms post is read back from the database.
/// </summary>
public sealed class PartFormsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";
    private const int Year = 2024;
    private const string Form = "form.part-form";
    private static readonly StaffActor Opener = new("opener-id", "开更正版本的人");

    public static TheoryData<string> Segments => ["cover", "profile", "facts", "explanation", "keywork", "glossary", "evaluations"];

    // ---- What the pages show --------------------------------------------------------------------

    [Fact]
    public async Task EachPageShowsTheDraftsContentInItsFields()
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var content = await LoadAsync(key);

        Value(await browser.GetPageAsync(Url(key, "cover")), "Input.Title").Should().Be(content.Version.Title);
        Value(await browser.GetPageAsync(Url(key, "profile")), "Input.Duties[0]").Should().Be(content.Profile!.Duties[0]);
        Value(await browser.GetPageAsync(Url(key, "facts")), "Input.FleetAtYearEnd").Should().Be("7");
        Value(await browser.GetPageAsync(Url(key, "keywork")), "Input.Items[0].Title").Should().Be(content.KeyWork![0].Title);

        var glossary = await browser.GetPageAsync(Url(key, "glossary"));
        Value(glossary, "Input.Entries[1].Term").Should().Be("公共安全(类)司法(款)行政运行(项)");
        Value(glossary, "Input.Entries[1].FunctionCode").Should().Be("2040601");

        var evaluations = await browser.GetPageAsync(Url(key, "evaluations"));
        Value(evaluations, "Input.Goals[0].Indicators[0].Level3").Should().Be("“硚口司法行政”微信公众号维护完成率");
        Value(evaluations, "Input.Goals[0].Indicators[0].Target").Should().Be("100%");
        evaluations.QuerySelectorAll(".evaluation-nav li").Should().HaveCount(content.Evaluations!.Count);
    }

    [Fact]
    public async Task TheExplanationGroupsItsTextsUnderItemHeadingsTheFindingLinksPointTo()
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var page = await browser.GetPageAsync(Url(key, "explanation"));

        for (var item = 1; item <= 13; item++)
        {
            page.GetElementById($"item-{item}").Should().NotBeNull("说明第{0}项 has its heading", item);
        }
        var reason = TextFieldOf(page, ExplanationTextKeys.TotalChange);
        reason.Value.Should().Be("人员减少、项目经费压减");
        reason.Closest("section")!.Id.Should().Be("item-1");
        page.QuerySelector($"label[for='{reason.Id}']")!.TextContent.Should().Contain("收、支总计变动的主要原因");

        var priorTotal = FigureFieldOf(page, "prior-year", "grand-total");
        priorTotal.Value.Should().Be("3,952.98");
        page.QuerySelector($"label[for='{priorTotal.Id}']")!.TextContent.Should().Contain("上年（2023年度）收支总计");

        await using var scope = StaffActors.Scope(portal);
        var report = await scope.ServiceProvider.GetRequiredService<DisclosureWorkflow>().ReportAsync(key);
        var items = report!.Findings.Select(f => f.Location.ExplanationItem).OfType<int>().Distinct().ToList();
        items.Should().NotBeEmpty("the seed's 说明 has findings to follow");
        foreach (var item in items)
        {
            var link = StaffParts.FindingLink(Department, Year, key.Number, new Domain.Validation.FindingLocation(null, ExplanationItem: item));
            link.Should().StartWith(Url(key, "explanation"));
            page.GetElementById(link.Split('#')[1]).Should().NotBeNull();
        }
    }

    // ---- Saving -----------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Segments))]
    public async Task AFormPostedAsShownChangesNothing(string segment)
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var before = await LoadAsync(key);

        var response = await browser.SubmitAsync(Url(key, segment), Form, []);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await BodyAsync(response));
        ContentChanges.Between(before, await LoadAsync(key)).Should().BeEmpty();
        (await browser.GetPageAsync(Url(key, segment))).QuerySelector(".notice-success")!.TextContent.Should().Contain("内容没有变化");
    }

    [Fact]
    public async Task ACoverSaveChangesTheTitleAndIsInTheAuditLog()
    {
        var browser = await EditorAsync("cover-editor");
        var key = await DraftAsync();
        var title = $"2024年度硚口区司法局部门决算公开（更正{Guid.NewGuid():N}）"[..30];

        var response = await browser.SubmitAsync(Url(key, "cover"), Form, new() { ["Input.Title"] = title });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be(Url(key, "cover"));
        (await LoadAsync(key)).Version.Title.Should().Be(title);
        var page = await browser.GetPageAsync(Url(key, "cover"));
        Value(page, "Input.Title").Should().Be(title);
        page.QuerySelector(".notice-success")!.TextContent.Should().Contain("已保存");

        var history = await browser.GetPageAsync(StaffPaths.History(Department, Year));
        history.QuerySelectorAll(".audit-log tbody tr").Select(r => r.TextContent)
            .Should().Contain(row => row.Contains("封面 · 标题") && row.Contains(title) && row.Contains("cover-editor"));
    }

    [Fact]
    public async Task AProfileSaveWritesTheDutiesOrganizationAndStaffing()
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var duty = "（二）行政复议应诉科。" + Guid.NewGuid().ToString("N");

        var response = await browser.SubmitAsync(Url(key, "profile"), Form, new()
        {
            ["Input.Duties[1]"] = duty,
            ["Input.Organization"] = "内设10个科室。\r\n另有法律援助中心。",
            ["Input.ActiveAdministrative"] = "42",
            ["Input.ActiveInstitutional"] = "",
            ["Input.RetiredLixiu"] = " ",
            ["Input.RetiredTuixiu"] = "１５",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await BodyAsync(response));
        var saved = (await LoadAsync(key)).Profile!;
        saved.Duties[1].Should().Be(duty);
        saved.Organization.Should().Be("内设10个科室。\n另有法律援助中心。");
        saved.Staffing.Should().Be(new StaffingContent(42, null, null, 15));
        var page = await browser.GetPageAsync(Url(key, "profile"));
        Value(page, "Input.Duties[1]").Should().Be(duty);
        Value(page, "Input.ActiveAdministrative").Should().Be("42");
    }

    [Fact]
    public async Task AFactsSaveWritesCountsAndAmountsAndShowsTheirSums()
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();

        var response = await browser.SubmitAsync(Url(key, "facts"), Form, new()
        {
            ["Input.ReceptionBatches"] = "3",
            ["Input.ProcurementTotal"] = "80",
            ["Input.Goods"] = "10.62",
            ["Input.Works"] = "0",
            ["Input.Services"] = "68.2",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await BodyAsync(response));
        var saved = await LoadAsync(key);
        saved.ThreePublicDetails!.ReceptionBatches.Should().Be(3);
        saved.Procurement!.Total.Should().Be("80.00");
        var page = await browser.GetPageAsync(Url(key, "facts"));
        Value(page, "Input.ProcurementTotal").Should().Be("80.00");
        page.GetElementById("Input_ProcurementTotal-hint")!.TextContent.Should().Contain("78.82").And.Contain("相差 1.18 万元");
        page.GetElementById("vehicles-total")!.TextContent.Should().Contain("合计 7 辆");
    }

    [Theory]
    [InlineData("bogus.key")]
    [InlineData("use.class.20406")]
    [InlineData("text.9.1")]
    public async Task AnExplanationTextUnderAKeyTheFormNeverOfferedIsRefusedAndNothingChanges(string tamperedKey)
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var url = Url(key, "explanation");
        var page = await browser.GetPageAsync(url);
        var reason = TextFieldOf(page, ExplanationTextKeys.IncomeChange);
        var keyField = reason.Name![..^".Text".Length] + ".Key";
        var before = await LoadAsync(key);

        var response = await browser.SubmitAsync(url, Form, new() { [reason.Name!] = "改过位置的文字", [keyField] = tamperedKey });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StaffBrowser.ParseAsync(response)).GetElementById("form-errors")!.TextContent.Should().Contain("对应的位置无法识别");
        ContentChanges.Between(before, await LoadAsync(key)).Should().BeEmpty();
    }

    [Fact]
    public async Task AnExplanationSaveWritesTextsFiguresAndAnAddedProject()
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var url = Url(key, "explanation");
        var page = await browser.GetPageAsync(url);
        var reason = TextFieldOf(page, ExplanationTextKeys.IncomeChange);
        var prior = FigureFieldOf(page, "prior-year", "operating-costs");
        var projects = (await LoadAsync(key)).Explanation!.Projects.Count;

        var added = await ClickAsync(browser, url, "add:projects:0", new()
        {
            [reason.Name!] = "人员减少、项目经费压减，另有一次性支出减少",
            [prior.Name!] = "215.5",
        });
        added.StatusCode.Should().Be(HttpStatusCode.OK);
        var form = (IHtmlFormElement)(await StaffBrowser.ParseAsync(added)).QuerySelector(Form)!;
        var response = await browser.SubmitAsync(url, form, new()
        {
            [$"Input.Projects[{projects}].Name"] = "法治宣传阵地建设",
            [$"Input.Projects[{projects}].Budget"] = "12",
            [$"Input.Projects[{projects}].Executed"] = "11.5",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await BodyAsync(response));
        var saved = (await LoadAsync(key)).Explanation!;
        saved.Texts.Single(t => t.Key == ExplanationTextKeys.IncomeChange).Text.Should().Be("人员减少、项目经费压减，另有一次性支出减少");
        saved.Figures.Should().ContainEquivalentOf(new NarrativeFigureContent("prior-year", "operating-costs", "215.50"));
        saved.Projects.Should().HaveCount(projects + 1);
        saved.Projects[^1].Should().Be(new ProjectSummaryContent("法治宣传阵地建设", "12.00", "11.50", null, null, null));
        Value(await browser.GetPageAsync(url), $"Input.Projects[{projects}].Name").Should().Be("法治宣传阵地建设");
    }

    [Fact]
    public async Task AGlossarySaveWritesTheEntryAndAnUnknownCodeIsRefusedWithItsPlace()
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var url = Url(key, "glossary");
        var definition = "指区司法局用于在职人员基本工资等。" + Guid.NewGuid().ToString("N")[..6];

        (await browser.SubmitAsync(url, Form, new() { ["Input.Entries[1].Definition"] = definition }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await LoadAsync(key)).Glossary![1].Definition.Should().Be(definition);

        var before = await LoadAsync(key);
        var unknown = await browser.SubmitAsync(url, Form, new() { ["Input.Entries[1].FunctionCode"] = "2999999" });
        unknown.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(unknown);
        page.GetElementById("refusal")!.TextContent.Should().Contain("2999999").And.Contain("不在本年度科目目录中").And.Contain("第2项");
        Value(page, "Input.Entries[1].FunctionCode").Should().Be("2999999");

        var malformed = await StaffBrowser.ParseAsync(await browser.SubmitAsync(url, Form, new() { ["Input.Entries[1].FunctionCode"] = "20406x" }));
        malformed.GetElementById("Input_Entries_1__FunctionCode-error")!.TextContent.Should().Contain("第2个名词的科目编码“20406x”");
        ContentChanges.Between(before, await LoadAsync(key)).Should().BeEmpty();
    }

    [Fact]
    public async Task AnEvaluationSaveWritesIndicatorWeightsAndShowsTheirSumsAgainstTheTotalScore()
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var url = Url(key, "evaluations") + "?evaluation=2";

        var response = await browser.SubmitAsync(url, Form, new()
        {
            ["Input.Goals[0].Indicators[0].Weight"] = "10",
            ["Input.Goals[0].Indicators[0].Score"] = "9.50",
            ["Input.Goals[0].Indicators[1].Weight"] = "20",
            ["Input.Goals[0].Indicators[1].Score"] = "20",
            ["Input.TotalScore"] = "30",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await BodyAsync(response));
        response.Headers.Location!.OriginalString.Should().Be(url);
        var evaluation = (await LoadAsync(key)).Evaluations![1];
        evaluation.Goals[0].Indicators[0].Weight.Should().Be(10m);
        evaluation.Goals[0].Indicators[0].Score.Should().Be(9.5m);
        evaluation.TotalScore.Should().Be(30m);
        var page = await browser.GetPageAsync(url);
        Value(page, "Input.Goals[0].Indicators[0].Weight").Should().Be("10");
        page.GetElementById("score-summary")!.TextContent.Should().Contain("分值合计 30").And.Contain("得分合计 29.5").And.Contain("相差 0.5 分");
    }

    // ---- Lists ------------------------------------------------------------------------------------

    [Fact]
    public async Task AddingADutyKeepsWhatWasTypedAndSavesNothingUntilSaved()
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var url = Url(key, "profile");
        var before = await LoadAsync(key);
        var count = before.Profile!.Duties.Count;

        var added = await ClickAsync(browser, url, "add:duties:0", new()
        {
            ["Input.Duties[0]"] = "（一）办公室。已改未存。",
            ["Input.Organization"] = "机构设置，已改未存。",
            ["Input.RetiredLixiu"] = "2",
        });

        added.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(added);
        page.GetElementById("list-notice")!.TextContent.Should().Contain($"已添加第{count + 1}条职能");
        Value(page, "Input.Duties[0]").Should().Be("（一）办公室。已改未存。");
        Value(page, "Input.Organization").Should().Be("机构设置，已改未存。");
        Value(page, "Input.RetiredLixiu").Should().Be("2");
        Value(page, $"Input.Duties[{count}]").Should().BeEmpty();
        ContentChanges.Between(before, await LoadAsync(key)).Should().BeEmpty("a list edit is not a save");

        var form = (IHtmlFormElement)page.QuerySelector(Form)!;
        var saved = await browser.SubmitAsync(url, form, new() { [$"Input.Duties[{count}]"] = "（十二）新增职能。" });
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, await BodyAsync(saved));
        var profile = (await LoadAsync(key)).Profile!;
        profile.Duties.Should().HaveCount(count + 1);
        profile.Duties[0].Should().Be("（一）办公室。已改未存。");
        profile.Duties[^1].Should().Be("（十二）新增职能。");
        profile.Organization.Should().Be("机构设置，已改未存。");
    }

    [Fact]
    public async Task KeyWorkItemsAreAddedMovedAndRemovedWithoutLosingInput()
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var url = Url(key, "keywork");
        var items = (await LoadAsync(key)).KeyWork!;

        var added = await ClickAsync(browser, url, "add:items:0", new() { ["Input.Items[0].Completion"] = "完成情况已改未存" });
        var form = (IHtmlFormElement)(await StaffBrowser.ParseAsync(added)).QuerySelector(Form)!;
        var last = items.Count;
        var moved = await ClickAsync(browser, url, form, $"up:items:{last}", new()
        {
            [$"Input.Items[{last}].Title"] = "新增重点工作",
            [$"Input.Items[{last}].Goal"] = "新增目标",
        });
        var page = await StaffBrowser.ParseAsync(moved);
        Value(page, $"Input.Items[{last - 1}].Title").Should().Be("新增重点工作");
        Value(page, $"Input.Items[{last}].Title").Should().Be(items[^1].Title);
        Value(page, "Input.Items[0].Completion").Should().Be("完成情况已改未存");

        var removed = await ClickAsync(browser, url, (IHtmlFormElement)page.QuerySelector(Form)!, "remove:items:1", []);
        var response = await browser.SubmitAsync(url, (IHtmlFormElement)(await StaffBrowser.ParseAsync(removed)).QuerySelector(Form)!, []);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await BodyAsync(response));
        var saved = (await LoadAsync(key)).KeyWork!;
        saved.Select(k => k.Title).Should().Equal(
            [items[0].Title, .. items.Skip(2).SkipLast(1).Select(k => k.Title), "新增重点工作", items[^1].Title]);
        saved[0].Completion.Should().Be("完成情况已改未存");
        saved[^2].Goal.Should().Be("新增目标");
    }

    [Fact]
    public async Task AddingAnIndicatorKeepsTheTypedWeightsAndAnIncompleteIndicatorIsRefused()
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var url = Url(key, "evaluations") + "?evaluation=3";
        var before = await LoadAsync(key);
        var count = before.Evaluations![2].Goals[0].Indicators.Count;

        var added = await ClickAsync(browser, url, "add:goals.0.indicators:0", new() { ["Input.Goals[0].Indicators[0].Weight"] = "15" });
        var page = await StaffBrowser.ParseAsync(added);
        Value(page, "Input.Goals[0].Indicators[0].Weight").Should().Be("15");
        Value(page, $"Input.Goals[0].Indicators[{count}].Level3").Should().BeEmpty();

        var incomplete = await browser.SubmitAsync(url, (IHtmlFormElement)page.QuerySelector(Form)!,
            new() { [$"Input.Goals[0].Indicators[{count}].Target"] = "≥95%" });
        incomplete.StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await StaffBrowser.ParseAsync(incomplete);
        refused.GetElementById("form-errors")!.TextContent.Should().Contain($"第1个年度目标 第{count + 1}个指标的三级指标");
        Value(refused, $"Input.Goals[0].Indicators[{count}].Target").Should().Be("≥95%");
        ContentChanges.Between(before, await LoadAsync(key)).Should().BeEmpty();

        var response = await browser.SubmitAsync(url, (IHtmlFormElement)refused.QuerySelector(Form)!, new()
        {
            [$"Input.Goals[0].Indicators[{count}].Level1"] = "效益指标",
            [$"Input.Goals[0].Indicators[{count}].Level3"] = "群众满意度",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, await BodyAsync(response));
        var indicators = (await LoadAsync(key)).Evaluations![2].Goals[0].Indicators;
        indicators.Should().HaveCount(count + 1);
        indicators[0].Weight.Should().Be(15m);
        indicators[^1].Should().Be(new IndicatorContent("效益指标", null, "群众满意度", "≥95%", null, null, null));
    }

    // ---- Refused input ------------------------------------------------------------------------------

    [Theory]
    [InlineData("facts", "Input.ReceptionBatches", "-1", "“国内公务接待批次”不能为负数", "Input.VehicleOperationUse")]
    [InlineData("facts", "Input.ProcurementTotal", "七十八", "“政府采购支出总额”须填写以万元为单位的数字", "Input.ReceptionVisitors")]
    [InlineData("facts", "Input.OperatingCosts", "-207.68", "“机关运行经费支出”不能为负数", "Input.VehicleOperationUse")]
    [InlineData("facts", "Input.OperatingCosts", "99,999,999,999,999", "“机关运行经费支出”金额过大", "Input.VehicleOperationUse")]
    [InlineData("explanation", "Input.Projects[0].Budget", "1000000000000", "“第1个项目的全年预算数”金额过大", "Input.Projects[0].Outputs")]
    [InlineData("profile", "Input.ActiveInstitutional", "3.5", "“在职实有人数（事业）”须填写整数", "Input.Organization")]
    [InlineData("evaluations", "Input.Goals[0].Indicators[0].Score", "-1", "第1个年度目标 第1个指标的得分”不能为负数", "Input.Report")]
    [InlineData("explanation", "Input.Projects[0].Budget", "十五万", "“第1个项目的全年预算数”须填写以万元为单位的数字", "Input.Projects[0].Outputs")]
    public async Task ABadNumberIsNamedAndNothingIsSaved(string segment, string field, string value, string message, string otherField)
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var before = await LoadAsync(key);

        var response = await browser.SubmitAsync(Url(key, segment), Form, new() { [field] = value, [otherField] = "同时修改、不应保存的内容" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(response);
        page.GetElementById("form-errors")!.TextContent.Should().Contain(message);
        var input = page.QuerySelector($"[name='{field}']")!;
        input.GetAttribute("aria-invalid").Should().Be("true");
        ((IHtmlInputElement)input).Value.Should().Be(value, "what was typed stays on the page");
        page.GetElementById(input.Id + "-error")!.TextContent.Should().Contain(message);
        Value(page, otherField).Should().Be("同时修改、不应保存的内容");
        ContentChanges.Between(before, await LoadAsync(key)).Should().BeEmpty("nothing is saved while one field is refused");
    }

    [Theory]
    [InlineData("cover", "Input.Title", 201, "标题", "超过上限 200 个字")]
    [InlineData("cover", "Input.ReportingUnit", 129, "单位", "超过上限 128 个字")]
    [InlineData("keywork", "Input.Items[0].Title", 501, "第1项", "超过上限 500 个字")]
    [InlineData("glossary", "Input.Entries[1].Term", 501, "第2项", "超过上限 500 个字")]
    public async Task AnOverLongTextIsRefusedWithItsLimitAndKeptOnThePage(string segment, string field, int length, string place, string message)
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var before = await LoadAsync(key);
        var text = string.Concat(Enumerable.Repeat("超长文字", length / 4 + 1))[..length];

        var response = await browser.SubmitAsync(Url(key, segment), Form, new() { [field] = text });

        response.StatusCode.Should().Be(HttpStatusCode.OK, "an over-long text is a message, not a server error");
        var page = await StaffBrowser.ParseAsync(response);
        page.GetElementById("refusal")!.TextContent.Should().Contain($"共 {length} 个字").And.Contain(message).And.Contain(place);
        Value(page, field).Should().Be(text, "what was typed stays on the page");
        ContentChanges.Between(before, await LoadAsync(key)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("cover", "Input.Title", "2025年度\u000B区司法局部门决算公开", "标题", "U+000B（Word 中的手动换行符")]
    [InlineData("keywork", "Input.Items[0].Goal", "目标\u0001", "第1项", "不可见的控制字符 U+0001")]
    public async Task ATextWithAnInvisibleCharacterIsRefusedSayingWhereAndKeptOnThePage(string segment, string field, string text, string place,
        string message)
    {
        var browser = await EditorAsync();
        var key = await DraftAsync();
        var before = await LoadAsync(key);

        var response = await browser.SubmitAsync(Url(key, segment), Form, new() { [field] = text });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(response);
        page.GetElementById("refusal")!.TextContent.Should().Contain(message).And.Contain(place);
        ContentChanges.Between(before, await LoadAsync(key)).Should().BeEmpty();
    }

    [Fact]
    public async Task AFormOpenedBeforeSomeoneElseSavedIsRefusedAndKeepsWhatWasTyped()
    {
        var first = await EditorAsync();
        var second = await EditorAsync();
        var key = await DraftAsync();
        var url = Url(key, "keywork");
        var stale = (IHtmlFormElement)(await first.GetPageAsync(url)).QuerySelector(Form)!;

        (await second.SubmitAsync(url, Form, new() { ["Input.Items[0].Goal"] = "第二位填报人保存的目标" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var response = await first.SubmitAsync(url, stale, new() { ["Input.Items[0].Completion"] = "第一位填报人填写的完成情况" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(response);
        page.GetElementById("refusal")!.TextContent.Should().Contain("已被其他人修改").And.Contain("仍保留在页面上");
        Value(page, "Input.Items[0].Completion").Should().Be("第一位填报人填写的完成情况");
        var saved = (await LoadAsync(key)).KeyWork![0];
        saved.Goal.Should().Be("第二位填报人保存的目标");
        saved.Completion.Should().NotBe("第一位填报人填写的完成情况");

        // Saved again as it stands, the form is still refused: its token is the one it was opened with.
        var again = await first.SubmitAsync(url, (IHtmlFormElement)page.QuerySelector(Form)!, []);
        (await StaffBrowser.ParseAsync(again)).GetElementById("refusal")!.TextContent.Should().Contain("已被其他人修改");
    }

    // ---- Who may do what ------------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Segments))]
    public async Task AReviewerSeesTheDraftReadOnlyAndCannotPost(string segment)
    {
        var reviewer = await StaffBrowser.SignedInAsync(portal, NewUserName("reviewer"), StaffRoles.Reviewer, Department);
        var key = await DraftAsync();
        var before = await LoadAsync(key);

        var page = await reviewer.GetPageAsync(Url(key, segment));
        page.GetElementById("read-only")!.TextContent.Should().Contain("没有该部门的填报权限");
        page.QuerySelectorAll($"{Form} input[type=text], {Form} textarea").Should().NotBeEmpty()
            .And.OnlyContain(e => e.HasAttribute("readonly"));
        page.QuerySelectorAll($"{Form} button").Should().BeEmpty();

        var save = await reviewer.SubmitAsync(Url(key, segment), Form, []);
        var form = (IHtmlFormElement)page.QuerySelector(Form)!;
        var action = form.GetAttribute("action")!;
        form.SetAttribute("action", action + (action.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=List");
        var list = await reviewer.SubmitAsync(Url(key, segment), form, new() { ["edit"] = "add:duties:0" });

        save.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        list.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        ContentChanges.Between(before, await LoadAsync(key)).Should().BeEmpty();
    }

    [Fact]
    public async Task APublishedVersionIsReadOnlyForItsEditor()
    {
        var browser = await EditorAsync();
        var published = new VersionKey(Department, Year, 1);

        var page = await browser.GetPageAsync(Url(published, "profile"));
        page.GetElementById("read-only")!.TextContent.Should().Contain("已公开");
        var response = await browser.SubmitAsync(Url(published, "profile"), Form, new() { ["Input.Organization"] = "不应保存" });

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await LoadAsync(published)).Profile!.Organization.Should().NotBe("不应保存");
    }

    [Theory]
    [MemberData(nameof(Segments))]
    public async Task AnEditorOfAnotherDepartmentFindsNothing(string segment)
    {
        var outsider = await StaffBrowser.SignedInAsync(portal, NewUserName("outsider"), StaffRoles.Editor, "420111-sfj");
        var key = await DraftAsync();
        var token = (await outsider.GetPageAsync("/staff")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        (await outsider.Client.GetAsync(Url(key, segment))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var post = await outsider.Client.PostAsync(Url(key, segment), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Title"] = "不应保存",
            ["Fingerprint"] = "x",
        }));
        post.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    // ---- Helpers --------------------------------------------------------------------------------------

    private Task<StaffBrowser> EditorAsync(string? name = null) =>
        StaffBrowser.SignedInAsync(portal, name ?? NewUserName("editor"), StaffRoles.Editor, Department);

    private static string NewUserName(string role) => $"{role}-{Guid.NewGuid():N}"[..(role.Length + 9)];

    private static string Url(VersionKey key, string segment) => StaffPaths.Edit(key.DepartmentCode, key.Year, key.Number, segment);

    /// <summary>The open correction of 硚口 2024, started by the first test that needs it.</summary>
    private Task<VersionKey> DraftAsync() => StaffActors.OpenCorrectionAsync(portal, Department, Year, "测试更正", Opener);

    private Task<DisclosureContent> LoadAsync(VersionKey key) => StaffActors.LoadAsync(portal, key);

    /// <summary>Presses a list button of the page's form, as a browser does: the form goes to the button's address with its value.</summary>
    private static async Task<HttpResponseMessage> ClickAsync(StaffBrowser browser, string url, string edit, Dictionary<string, string> typed) =>
        await ClickAsync(browser, url, (IHtmlFormElement)(await browser.GetPageAsync(url)).QuerySelector(Form)!, edit, typed);

    private static async Task<HttpResponseMessage> ClickAsync(StaffBrowser browser, string url, IHtmlFormElement form, string edit,
        Dictionary<string, string> typed)
    {
        var button = form.QuerySelectorAll("button[name=edit]").SingleOrDefault(b => b.GetAttribute("value") == edit)
                     ?? throw new InvalidOperationException($"No button '{edit}' on {url}.");
        form.SetAttribute("action", button.GetAttribute("formaction")!.Split('#')[0]);
        var response = await browser.SubmitAsync(url, form, new Dictionary<string, string>(typed) { ["edit"] = edit });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await BodyAsync(response));
        return response;
    }

    private static string Value(IHtmlDocument page, string name) =>
        page.QuerySelector($"[name='{name}']") switch
        {
            IHtmlInputElement input => input.Value,
            IHtmlTextAreaElement area => area.Value,
            null => throw new InvalidOperationException($"No field '{name}' on the page."),
            var other => other.TextContent,
        };

    /// <summary>The text area of the 说明 text with the key.</summary>
    private static IHtmlTextAreaElement TextFieldOf(IHtmlDocument page, string key)
    {
        var hidden = page.QuerySelectorAll("input[type=hidden]").Single(i => i.GetAttribute("name")!.EndsWith(".Key", StringComparison.Ordinal)
                                                                              && i.GetAttribute("name")!.StartsWith("Input.Texts", StringComparison.Ordinal)
                                                                              && i.GetAttribute("value") == key);
        var name = hidden.GetAttribute("name")![..^".Key".Length] + ".Text";
        return (IHtmlTextAreaElement)page.QuerySelector($"[name='{name}']")!;
    }

    private static IHtmlInputElement FigureFieldOf(IHtmlDocument page, string kind, string key)
    {
        var names = page.QuerySelectorAll("input[type=hidden]").Select(i => (Name: i.GetAttribute("name")!, Value: i.GetAttribute("value")))
            .Where(i => i.Name.StartsWith("Input.Figures", StringComparison.Ordinal)).ToList();
        var prefix = names.Where(i => i.Name.EndsWith(".Key", StringComparison.Ordinal) && i.Value == key)
            .Select(i => i.Name[..^".Key".Length])
            .Single(p => names.Any(i => i.Name == p + ".Kind" && i.Value == kind));
        return (IHtmlInputElement)page.QuerySelector($"[name='{prefix}.Amount']")!;
    }

    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        var page = await StaffBrowser.ParseAsync(response);
        return string.Join(" | ", page.QuerySelectorAll(".notice-error, .field-error").Select(e => e.TextContent.Trim()));
    }
}
