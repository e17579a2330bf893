using System.Net;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>The part pages of a blank year, which has none of the items some pages list.</summary>
public sealed class BlankYearPartTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420111-sfj";
    private const int Year = 2022;

    [Fact]
    public async Task TheEvaluationsPageOfAVersionWithoutEvaluationsOffersNoSaveAndAPostChangesNothing()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "blank-year-editor", StaffRoles.Editor, Department);
        await using (var scope = StaffActors.Scope(portal))
        {
            var started = await scope.ServiceProvider.GetRequiredService<DisclosureWorkflow>()
                .StartYearAsync(Department, Year, fromLastYear: false, await StaffActors.ActorAsync(portal, "blank-year-editor"));
            started.Succeeded.Should().BeTrue(started.Message);
        }
        var key = new VersionKey(Department, Year, 1);
        var url = StaffPaths.Edit(Department, Year, 1, "evaluations");

        var page = await editor.GetPageAsync(url);
        page.Body!.TextContent.Should().Contain("本版没有绩效自评表");
        // A 保存 here could only fail, on required fields the page does not show.
        page.QuerySelectorAll("form.part-form button[type=submit]").Should().BeEmpty();
        page.QuerySelector("form.part-form a")!.TextContent.Should().Be("返回本年度工作台");

        var before = await StaffActors.LoadAsync(portal, key);
        var response = await editor.SubmitAsync(url, "form.part-form", []);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "nothing to save is not an error");
        (await StaffActors.LoadAsync(portal, key)).Evaluations.Should().BeEquivalentTo(before.Evaluations);
    }
}
