using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>Service-level steps for tests that drive the pages: acting as a real user, and the fixes 硚口 2024 needs.</summary>
public static class StaffActors
{
    public static async Task<StaffActor> ActorAsync(PortalFactory portal, string userName)
    {
        await using var scope = Scope(portal);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName);
        return new StaffActor(user!.Id, user.DisplayName);
    }

    /// <summary>A scope of the running portal's services (started first if no test has started it yet).</summary>
    public static AsyncServiceScope Scope(PortalFactory portal)
    {
        portal.CreateClient();
        return portal.Services.CreateAsyncScope();
    }

    /// <summary>The open draft of the department's year, or a correction of its published version opened now.</summary>
    public static async Task<VersionKey> OpenCorrectionAsync(PortalFactory portal, string department, int year, string note, StaffActor actor)
    {
        await using var scope = Scope(portal);
        var existing = await scope.ServiceProvider.GetRequiredService<StaffQueries>().YearAsync(department, year);
        if (existing?.Year?.Open is { } open)
        {
            return new VersionKey(department, year, open.Number);
        }
        var result = await scope.ServiceProvider.GetRequiredService<DisclosureWorkflow>().StartCorrectionAsync(department, year, note, actor);
        result.Succeeded.Should().BeTrue(result.Message);
        return new VersionKey(department, year, result.VersionNumber!.Value);
    }

    /// <summary>
    /// A new editor of the department, signed in, with the department's year open in a correction (or
    /// its open draft) changed by <paramref name="change"/> and saved in the editor's name.
    /// </summary>
    public static async Task<(StaffBrowser Browser, VersionKey Key)> EditedCorrectionAsync(PortalFactory portal, string userName,
        string department, int year, Func<DisclosureContent, DisclosureContent> change)
    {
        var browser = await StaffBrowser.SignedInAsync(portal, userName, StaffRoles.Editor, department);
        var actor = await ActorAsync(portal, userName);
        var key = await OpenCorrectionAsync(portal, department, year, "测试更正", actor);
        (await SaveAsync(portal, key, actor, change)).Outcome.Should().Be(EditOutcome.Saved);
        return (browser, key);
    }

    /// <summary>Submits the version in the editor's name, every warning explained, and publishes it in the reviewer's.</summary>
    public static async Task SubmitAndPublishAsync(PortalFactory portal, VersionKey key, string editorName, string reviewerName)
    {
        var editor = await ActorAsync(portal, editorName);
        var reviewer = await ActorAsync(portal, reviewerName);
        await using var scope = Scope(portal);
        var workflow = scope.ServiceProvider.GetRequiredService<DisclosureWorkflow>();
        var report = await workflow.ReportAsync(key);
        var explained = report!.Findings.Where(f => f.Severity == Domain.Validation.FindingSeverity.Warning)
            .ToDictionary(FindingKeys.Of, _ => "已核实。");
        var submitted = await workflow.SubmitAsync(key, explained, editor);
        submitted.Succeeded.Should().BeTrue(submitted.Message);
        var published = await workflow.PublishAsync(key, reviewer);
        published.Succeeded.Should().BeTrue(published.Message);
    }

    public static async Task<EditResult> SaveAsync(PortalFactory portal, VersionKey key, StaffActor actor,
        Func<DisclosureContent, DisclosureContent> change)
    {
        await using var scope = Scope(portal);
        return await scope.ServiceProvider.GetRequiredService<DraftEditor>().SaveAsync(key, ContentPart.Tables, null, change, actor);
    }

    public static async Task<DisclosureContent> LoadAsync(PortalFactory portal, VersionKey key)
    {
        await using var scope = Scope(portal);
        return (await scope.ServiceProvider.GetRequiredService<DraftEditor>().LoadAsync(key))!;
    }

    /// <summary>
    /// The five errors the validator finds in the published 硚口 2024 disclosure, put right the way its
    /// finance officer would: 204 in 公开01/04表 as in 公开03/05表 (2,761.28), 公开06表's 301 and
    /// 人员经费合计 as the sum of their lines (2,171.27 and 2,260.18), and the 说明's evaluated funds as
    /// the whole expenditure (3,469.73).
    /// </summary>
    public static DisclosureContent FixQiaokou2024(DisclosureContent content)
    {
        var t = content.Tables;
        return content with
        {
            Tables = t with
            {
                T01 = t.T01! with
                {
                    Expenditure = t.T01.Expenditure.Select(l => l.Code == "204" ? l with { Amount = "2,761.28" } : l).ToList(),
                },
                T04 = t.T04! with
                {
                    Expenditure = t.T04.Expenditure
                        .Select(l => l.Code == "204" ? l with { Subtotal = "2,761.28", GeneralBudget = "2,761.28" } : l).ToList(),
                },
                T06 = t.T06! with
                {
                    Rows = t.T06.Rows.Select(r => r.Code == "301" ? r with { Amount = "2,171.27" } : r).ToList(),
                    PersonnelTotal = "2,260.18",
                },
            },
            Explanation = content.Explanation! with
            {
                Figures = content.Explanation.Figures
                    .Select(f => f.Key == "performance.overall-evaluated-funds" ? f with { Amount = "3,469.73" } : f).ToList(),
            },
        };
    }
}
