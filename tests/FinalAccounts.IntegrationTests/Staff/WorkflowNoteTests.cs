using System.Net;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// A correction note, a withdrawal reason or a return comment that the database could not keep, or that
/// would break the files made from it, is refused with the reason where it was typed, and nothing changes.
/// </summary>
public sealed class WorkflowNoteTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Workspace = "/staff/disclosures/420111-sfj/2021";

    [Theory]
    [InlineData("更正\u000B公开01表", "更正说明：第 3 个字是不可见的控制字符 U+000B")]
    [InlineData(null, "更正说明共 2001 个字，超过上限 2000 个字")]
    public async Task ACorrectionNoteThatCannotBeKeptIsRefusedAndNoVersionIsOpened(string? note, string message)
    {
        var editor = await StaffBrowser.SignedInAsync(portal, $"note-editor-{message.Length}", StaffRoles.Editor, "420111-sfj");

        var refused = await editor.SubmitAsync(Workspace, "form[action$='handler=Correct']", new() { ["Comment"] = note ?? new string('改', 2001) });

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StaffBrowser.ParseAsync(refused)).QuerySelector("#refusal")!.TextContent.Should().Contain(message);
        await using var db = portal.Database.CreateContext();
        (await db.DisclosureVersions.CountAsync(v => v.CorrectionNote != null)).Should().Be(0);
    }

    [Fact]
    public async Task AWithdrawalReasonWithAControlCharacterIsRefusedAndTheVersionStaysPublic()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "note-admin", StaffRoles.Administrator);

        var refused = await admin.SubmitAsync(Workspace, "form[action$='handler=Withdraw']", new() { ["Comment"] = "数据\u0001有误" });

        (await StaffBrowser.ParseAsync(refused)).QuerySelector("#refusal")!.TextContent.Should().Contain("撤回理由：第 3 个字是不可见的控制字符 U+0001");
        (await portal.CreateClient().GetAsync("/disclosures/420111-sfj/2021")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
