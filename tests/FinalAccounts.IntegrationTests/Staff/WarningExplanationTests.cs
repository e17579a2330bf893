using System.Net;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// A submission whose warnings are not all explained is refused by the server, in Chinese, next to
/// each blank explanation field: the form relies on no browser bubble (posted here without a browser).
/// </summary>
public sealed class WarningExplanationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";
    private const string Workspace = "/staff/disclosures/420104-sfj/2024";

    [Fact]
    public async Task RefusesSubmissionWithABlankWarningExplanationAndSaysSoNextToTheField()
    {
        var (editor, key) = await StaffActors.EditedCorrectionAsync(portal, "we-editor", Department, 2024, StaffActors.FixQiaokou2024);

        var page = await editor.GetPageAsync(Workspace);
        var fields = page.QuerySelectorAll("form[action$='handler=Submit'] textarea").ToList();
        fields.Should().NotBeEmpty("the fixed correction still has warnings to explain");
        fields.Should().OnlyContain(f => !f.HasAttribute("required"), "the browser's own bubble is in its language, not the portal's");
        var first = fields[0].GetAttribute("name")!;

        // Every warning explained but the first, which is left blank.
        var answers = fields.Skip(1).ToDictionary(f => f.GetAttribute("name")!, _ => "已核实，与批复一致。");
        answers[first] = "  ";
        var refused = await editor.SubmitAsync(Workspace, "form[action$='handler=Submit']", answers);

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var answer = await StaffBrowser.ParseAsync(refused);
        answer.QuerySelector("#refusal")!.TextContent.Should().Contain("1 个警告尚未说明原因");
        var blank = answer.QuerySelector($"textarea[name='{first}']")!;
        blank.GetAttribute("aria-invalid").Should().Be("true");
        var error = answer.GetElementById(blank.GetAttribute("aria-describedby")!)!;
        error.ClassList.Should().Contain("field-error");
        error.TextContent.Should().Contain("请填写这个警告的说明");
        answer.QuerySelectorAll("form[action$='handler=Submit'] .field-error").Should().HaveCount(1, "only the blank field is marked");

        await using var db = portal.Database.CreateContext();
        (await (from v in db.DisclosureVersions
                join d in db.Disclosures on v.DisclosureId equals d.Id
                join dep in db.Departments on d.DepartmentId equals dep.Id
                where dep.Code == Department && v.Number == key.Number
                select v.Status).SingleAsync()).Should().Be(DisclosureStatus.Draft);
    }
}
