using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// 第四部分 on the public page: each paragraph of 完成情况 stays a paragraph, and the table's columns
/// have fixed widths, so that a column left empty is not shrunk to a character.
/// </summary>
public sealed class KeyWorkPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";

    [Fact]
    public async Task KeepsTheParagraphsOfCompletionAndTheColumnsOfAnEmptyGoal()
    {
        await StaffBrowser.CreateUserAsync(portal, "kw-reviewer", StaffRoles.Reviewer, Department);
        var (_, key) = await StaffActors.EditedCorrectionAsync(portal, "kw-editor", Department, 2024, content => StaffActors.FixQiaokou2024(content) with
        {
            KeyWork = [new KeyWorkItemContent("统筹推进全面依法治区", null, "第一段写明会议召开情况。\n第二段写明督察开展情况。")],
        });
        await StaffActors.SubmitAndPublishAsync(portal, key, "kw-editor", "kw-reviewer");

        var page = await StaffBrowser.Anonymous(portal).GetPageAsync("/disclosures/420104-sfj/2024");

        var table = page.QuerySelector("#part4 ~ div table")!;
        table.ClassList.Should().Contain("key-work");
        table.QuerySelectorAll("colgroup col").Select(c => c.ClassName).Should()
            .Equal("key-work-number", "key-work-title", "key-work-goal", "key-work-completion");
        var cells = table.QuerySelectorAll("tbody tr").Single().QuerySelectorAll("td");
        cells[1].TextContent.Trim().Should().BeEmpty();
        cells[2].QuerySelectorAll("p").Select(p => p.TextContent).Should().Equal("第一段写明会议召开情况。", "第二段写明督察开展情况。");
    }
}
