using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.IntegrationTests.Search;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// What follows a publication is done even when the process that committed it stops right after the
/// commit (migration 0019): the database queued the task with the publication, and another node's
/// worker — or the same node once restarted — runs it: the PDF, search, the findings, and cached pages
/// dropped on every node. A task that fails stays queued with its error until a later attempt succeeds.
/// </summary>
public sealed class PublicationTasksTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string> Worker = new()
    {
        ["PublicationTasks:Worker"] = "true",
        ["PublicationTasks:PollSeconds"] = "1",
    };

    [Fact]
    public async Task APublicationCommittedByAProcessThatStoppedIsFollowedUpByAnotherNode()
    {
        const string page = "/disclosures/420104-sfj/2024";
        var client = portal.CreateClient();
        (await client.GetStringAsync(page)).Should().NotContain("（更正）", "the page is cached with the first version");
        var (_, versionId) = await portal.StartCorrectionAsync("420104-sfj", 2024);

        // The commit and nothing after it: what a node leaves that stops between the two.
        await PublishByHandAsync(versionId);
        await using (var db = portal.Database.CreateContext())
        {
            (await db.PublicationTasks.SingleAsync(t => t.VersionId == versionId)).Kind.Should().Be(PublicationTaskKind.Published);
            (await db.PublishedPdfs.AnyAsync(p => p.VersionId == versionId)).Should().BeFalse();
        }
        (await client.GetStringAsync(page)).Should().NotContain("（更正）", "nothing dropped the cached page");
        var reviewer = await StaffBrowser.SignedInAsync(portal, "tasks-reviewer", StaffRoles.Reviewer, "420104-sfj");
        (await reviewer.GetPageAsync(Workspace("420104-sfj", 2024))).QuerySelector("#publication-task-2")!.TextContent
            .Should().Contain("第 2 版公开后的处理").And.Contain("尚未完成").And.Contain("正在进行");

        await using var node = new BarePortal(portal.Database.ConnectionString, settings: Worker);
        node.CreateClient();
        await WaitUntilNoTaskAsync(versionId);

        await using (var db = portal.Database.CreateContext())
        {
            (await db.PublishedPdfs.AnyAsync(p => p.VersionId == versionId)).Should().BeTrue("the PDF was stored");
            (await db.PublishedFiles.Where(f => f.VersionId == versionId).Select(f => f.Name).ToListAsync())
                .Should().Contain(["page.zh-CN", "page.en", "page.zh-CN.gz", "page.en.gz", "json", "xlsx", "csv.zip", "datapackage.zip", "headline"], "its page, JSON and downloads were kept");
            (await db.SearchDisclosures.SingleAsync(s => s.VersionId == versionId)).Names.Should().Contain("硚口");
            (await db.Database.SqlQuery<long>($"SELECT disclosure_version_id AS \"Value\" FROM findings_checks WHERE disclosure_version_id = {versionId}").ToListAsync())
                .Should().ContainSingle("its findings were stored");
        }
        (await SearchPage.ForAsync(client, "更正", "&year=2024")).Disclosures.Should().Equal(page);
        (await reviewer.GetPageAsync(Workspace("420104-sfj", 2024))).QuerySelector("[id^=publication-task-]").Should().BeNull("the task is done");
        (await client.GetStringAsync(page)).Should().Contain("（更正）", "the other node's notice dropped this node's cached page");
    }

    [Fact]
    public async Task AFailedTaskStaysQueuedWithItsErrorUntilALaterAttemptSucceeds()
    {
        var (_, versionId) = await portal.StartCorrectionAsync("420114-sfj", 2023);
        await PublishByHandAsync(versionId);

        // A node without the PDF fonts: rendering fails, so the task does.
        var broken = new Dictionary<string, string>(Worker) { ["Pdf:Fonts:SerifCjk"] = "/nonexistent/uming.ttc" };
        await using (var node = new BarePortal(portal.Database.ConnectionString, settings: broken))
        {
            node.CreateClient();
            var task = await WaitForAsync(async db =>
                await db.PublicationTasks.AsNoTracking().SingleOrDefaultAsync(t => t.VersionId == versionId && t.LastError != null));
            task.Attempts.Should().BeGreaterThanOrEqualTo(1);
            task.LastError.Should().Contain("uming");
            task.DueAt.Should().BeAfter(DateTimeOffset.UtcNow, "a failed task waits before its next attempt");
        }
        // Staff see that it has not succeeded yet; an administrator also sees why.
        var notice = (await (await StaffBrowser.SignedInAsync(portal, "tasks-admin", StaffRoles.Administrator))
            .GetPageAsync(Workspace("420114-sfj", 2023))).QuerySelector("[id^=publication-task-]")!;
        notice.TextContent.Should().Contain("未成功").And.Contain("自动重试");
        notice.QuerySelector("details pre")!.TextContent.Should().Contain("uming");
        var reviewer = await StaffBrowser.SignedInAsync(portal, "tasks-reviewer-2", StaffRoles.Reviewer, "420114-sfj");
        (await reviewer.GetPageAsync(Workspace("420114-sfj", 2023))).QuerySelector("[id^=publication-task-] details")
            .Should().BeNull("the error is for the operator");
        await using (var db = portal.Database.CreateContext())
        {
            (await db.PublishedPdfs.AnyAsync(p => p.VersionId == versionId)).Should().BeFalse();
            // The wait is the schedule's; the test does not sit it out.
            await db.Database.ExecuteSqlAsync($"UPDATE publication_tasks SET due_at = now() WHERE version_id = {versionId}");
        }

        await using var healthy = new BarePortal(portal.Database.ConnectionString, settings: Worker);
        healthy.CreateClient();
        await WaitUntilNoTaskAsync(versionId);
        await using (var db = portal.Database.CreateContext())
        {
            (await db.PublishedPdfs.AnyAsync(p => p.VersionId == versionId)).Should().BeTrue();
        }
    }

    private static string Workspace(string department, int year) => $"/staff/disclosures/{department}/{year}";

    private async Task PublishByHandAsync(long versionId)
    {
        await using var db = portal.Database.CreateContext();
        var version = await db.DisclosureVersions.SingleAsync(v => v.Id == versionId);
        var department = await (from d in db.Disclosures
                                join dep in db.Departments on d.DepartmentId equals dep.Id
                                where d.Id == version.DisclosureId
                                select dep).SingleAsync();
        version.Submit();
        version.Publish(DateTimeOffset.UtcNow, department);
        await db.SaveChangesAsync();
    }

    private Task WaitUntilNoTaskAsync(long versionId) =>
        WaitForAsync(async db => await db.PublicationTasks.AnyAsync(t => t.VersionId == versionId) ? null : (object)true);

    private async Task<T> WaitForAsync<T>(Func<FinalAccountsDbContext, Task<T?>> probe) where T : class
    {
        for (var tries = 0; tries < 240; tries++)
        {
            await using var db = portal.Database.CreateContext();
            if (await probe(db) is { } found)
            {
                return found;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The publication task did not reach the expected state within 60 s.");
    }
}
