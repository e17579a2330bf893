using System.Net;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// A table form whose hidden row list was tampered with, or left stale, never deletes rows: a row
/// leaves a table only when its 删除 box is ticked. The post is refused with a message and the
/// rows come back with their saved figures.
/// </summary>
public sealed class TamperedTableFormTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";

    [Fact]
    public async Task ACodeThatIsNoCodeDeletesNothing()
    {
        var (editor, url, key) = await OpenAsync("tamper-abc");
        var before = (await StaffActors.LoadAsync(portal, key)).Tables.T02!;

        var response = await PostAsync(editor, url, [new("Codes", "abc")]);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(response);
        page.QuerySelector("#refusal, [role=alert]")!.TextContent.Should().Contain("表单内容有误").And.Contain("没有删除任何行");
        (await StaffActors.LoadAsync(portal, key)).Tables.T02.Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task AStoredRowLeftOutOfThePostComesBackWithItsFigures()
    {
        var (editor, url, key) = await OpenAsync("tamper-missing");
        var before = (await StaffActors.LoadAsync(portal, key)).Tables.T02!;
        var dropped = before.Rows.First(r => r.Code is { Length: 7 } && r.Total is not null);

        var response = await PostAsync(editor, url, [], without: dropped.Code!);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await StaffBrowser.ParseAsync(response);
        page.QuerySelector("#refusal, [role=alert]")!.TextContent.Should().Contain("已放回表中").And.Contain(dropped.Code);
        page.QuerySelector($"input[name='Cells[{dropped.Code}:total]']")!.GetAttribute("value").Should().Be(dropped.Total);
        (await StaffActors.LoadAsync(portal, key)).Tables.T02.Should().BeEquivalentTo(before);
    }

    private async Task<(StaffBrowser Editor, string Url, VersionKey Key)> OpenAsync(string user)
    {
        var key = await StaffActors.OpenCorrectionAsync(portal, Department, 2024, "表单篡改测试", new StaffActor("tamper-tests", "测试"));
        var editor = await StaffBrowser.SignedInAsync(portal, user, StaffRoles.Editor, Department);
        return (editor, StaffPaths.Edit(Department, 2024, key.Number, "t02"), key);
    }

    // The page's own form as a browser posts it, with every Codes value replaced or one of them left out.
    private static async Task<HttpResponseMessage> PostAsync(StaffBrowser browser, string url, List<KeyValuePair<string, string>> codes,
        string? without = null)
    {
        var page = await browser.GetPageAsync(url);
        var values = StaffBrowser.FormValues(page.QuerySelector("#table-form")!);
        if (without is null)
        {
            values.RemoveAll(v => v.Key == "Codes");
            values.AddRange(codes);
        }
        else
        {
            values.RemoveAll(v => v.Key == "Codes" && v.Value == without);
        }
        return await browser.Client.PostAsync($"{url}?handler=Save", new FormUrlEncodedContent(values));
    }
}
