using System.Net;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Pdf;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// The 整体支出绩效评价基础数据表 filled from nothing on a correction of 硚口 2024: stored, checked
/// against the nine tables, printed in the PDF, and cleared again by emptying the form.
/// </summary>
public sealed class BasicDataFormTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";
    private const string Form = "form.part-form";

    [Fact]
    public async Task TheFormIsStoredCheckedAgainstTheTablesAndPrinted()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "basic-data", StaffRoles.Editor, Department);
        var key = await StaffActors.OpenCorrectionAsync(portal, Department, 2024, "补充基础数据表", new StaffActor("basic-opener", "开更正的人"));
        var url = StaffPaths.Edit(key.DepartmentCode, key.Year, key.Number, "basicdata");
        (await StaffActors.LoadAsync(portal, key)).BasicData.Should().BeNull("the seed has no 基础数据表");
        var threePublic = (await StaffActors.LoadAsync(portal, key)).Tables.T09!.Actual!.Total;

        var added = await PostAsync(editor, url, "edit", "add:projects:0", []);
        added.StatusCode.Should().Be(HttpStatusCode.OK);
        var saved = await editor.SubmitAsync(url, Form, new()
        {
            ["Input.AuthorizedStaff"] = "60",
            ["Input.ActualStaff"] = "57",
            ["Input.Lines[three-public].PriorActual"] = "20.5",
            ["Input.Lines[three-public].Actual"] = threePublic!,
            ["Input.Lines[reception].Actual"] = "99",
            ["Input.Projects[0].Name"] = "“八五”普法经费",
            ["Input.Projects[0].Budget"] = "8",
            ["Input.Projects[0].Actual"] = "7.99",
            ["Input.ApprovedArea"] = "1,200",
            ["Input.ActualArea"] = "1150.5",
            ["Input.Frugality"] = "严格执行中央八项规定。\n压减会议数量。",
        });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, (await StaffBrowser.ParseAsync(saved)).QuerySelector(".field-error, #refusal")?.TextContent);
        var data = (await StaffActors.LoadAsync(portal, key)).BasicData!;
        (data.AuthorizedStaff, data.ActualStaff, data.ApprovedArea, data.ActualArea).Should().Be((60, 57, 1200m, 1150.5m));
        data.Lines.Should().Equal(
            new BasicDataLineContent("three-public", null, "20.50", null, threePublic),
            new BasicDataLineContent("reception", null, null, null, "99.00"),
            new BasicDataLineContent("project", "“八五”普法经费", null, "8.00", "7.99"));

        // 99 万元 of 公务接待 is not what 公开09表 says: the workspace names both and links to this form.
        var workspace = await editor.GetPageAsync(StaffPaths.Workspace(Department, 2024));
        workspace.QuerySelectorAll("a[href*='/basicdata']").Select(a => a.ParentElement!.TextContent)
            .Should().Contain(t => t.Contains("公务接待", StringComparison.Ordinal) && t.Contains("99.00", StringComparison.Ordinal));

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var preview = await scope.ServiceProvider.GetRequiredService<PublishedPdfStore>()
                .GetAsync(key.DepartmentCode, key.Year, key.Number, VersionVisibility.IncludingUnpublished);
            var text = string.Concat(PdfText.Pages(preview!.Content).Select(PdfText.Squeeze));
            text.Should().Contain("整体支出绩效评价基础数据表").And.Contain("95.00%", "控制率 57 / 60 is computed when not typed")
                .And.Contain("“八五”普法经费").And.Contain("7.99").And.Contain("95.88%").And.Contain("压减会议数量。");
        }

        var cleared = await editor.SubmitAsync(url, Form, (await editor.GetPageAsync(url)).QuerySelectorAll($"{Form} [name^='Input.']")
            .Select(e => e.GetAttribute("name")!).Distinct().ToDictionary(n => n, _ => ""));
        cleared.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StaffActors.LoadAsync(portal, key)).BasicData.Should().BeNull("an emptied form is a version without it");
    }

    [Fact]
    public async Task ARateThatIsNotAPercentageIsRefusedWithTheInputKept()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "basic-rate", StaffRoles.Editor, Department);
        var key = await StaffActors.OpenCorrectionAsync(portal, Department, 2024, "补充基础数据表", new StaffActor("basic-opener", "开更正的人"));
        var url = StaffPaths.Edit(key.DepartmentCode, key.Year, key.Number, "basicdata");

        var refused = await editor.SubmitAsync(url, Form, new() { ["Input.StaffControlRate"] = "约九成", ["Input.AuthorizedStaff"] = "60" });

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(refused);
        page.GetElementById("Input_StaffControlRate-error")!.TextContent.Should().Contain("须填写百分数");
        (page.QuerySelector("[name='Input.AuthorizedStaff']") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value.Should().Be("60");
    }

    private static async Task<HttpResponseMessage> PostAsync(StaffBrowser browser, string url, string name, string value, Dictionary<string, string> fields)
    {
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await browser.GetPageAsync(url)).QuerySelector(Form)!;
        var button = form.QuerySelectorAll($"button[name={name}]").Single(b => b.GetAttribute("value") == value);
        form.SetAttribute("action", button.GetAttribute("formaction")!.Split('#')[0]);
        return await browser.SubmitAsync(url, form, new Dictionary<string, string>(fields) { [name] = value });
    }
}
