using System.Net;
using System.Text.Json;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.IntegrationTests.Comparisons;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Rendering;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// The 20-day publication deadline: staff record the approval date, the public on-time table and its
/// API and downloads show every department's status, and a late publication is a finding on the
/// published disclosure. The approval date of a published year cannot change, in the database either.
/// </summary>
public sealed class TimelinessTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnEditorRecordsTheApprovalDateAndTheOnTimeTableCountsFromIt()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "approval-editor", StaffRoles.Editor, "420111-sfj");
        (await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']", new() { ["Year"] = "2023", ["FromLastYear"] = "false" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        const string workspace = "/staff/disclosures/420111-sfj/2023";

        foreach (var (bad, reason) in new[] { ("2023-12-31", "应在2023年度结束之后"), ("2099-01-01", "还没有到"), ("2024-02-30", "不是有效的日期") })
        {
            var refused = await editor.SubmitAsync(workspace, "#approval-form", new() { ["ApprovedOn"] = bad });
            (await StaffBrowser.ParseAsync(refused)).QuerySelector("#refusal")!.TextContent.Should().Contain(reason);
        }
        var saved = await editor.SubmitAsync(workspace, "#approval-form", new() { ["ApprovedOn"] = "2024-05-10" });

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await editor.GetPageAsync(workspace)).QuerySelector("#approval-status")!.TextContent.Should().Contain("2024-05-30 前公开")
            .And.Contain("未公开，已过");
        await using (var db = portal.Database.CreateContext())
        {
            var entry = await db.AuditEntries.Where(e => e.Location == "批复日期" && e.After == "2024-05-10").SingleAsync();
            (entry.Before, entry.After).Should().Be((null, "2024-05-10"));
        }
        var table = await StaffBrowser.Anonymous(portal).GetPageAsync("/timeliness?region=420000&year=2023");
        table.QuerySelector("#timeliness tr[data-department='420111-sfj'] .timeliness-status")!.TextContent.Should().StartWith("未公开，已过");
        table.QuerySelector("#timeliness tr[data-department='420104-sfj'] .timeliness-status")!.TextContent.Should().Be("未填批复日期");
    }

    [Fact]
    public async Task AnApprovalDateOfAYearNotYetPublishedReachesTheCachedAnomalyListAtOnce()
    {
        // The anomaly list is output-cached; the date makes the unpublished year late, which the list shows.
        const string anomalies = "/anomalies?region=420100&year=2022";
        var reader = portal.CreateClient();
        var editor = await StaffBrowser.SignedInAsync(portal, "approval-editor-2022", StaffRoles.Editor, "420111-sfj");
        (await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']", new() { ["Year"] = "2022", ["FromLastYear"] = "false" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await LateDepartmentsAsync(reader, anomalies)).Should().NotContain("420111-sfj");

        (await editor.SubmitAsync("/staff/disclosures/420111-sfj/2022", "#approval-form", new() { ["ApprovedOn"] = "2023-05-10" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await LateDepartmentsAsync(reader, anomalies)).Should().Contain("420111-sfj", "the date dropped the region's cached answers");
    }

    [Fact]
    public async Task ALatePublicationIsAFindingAndTheDateStaysAsPublished()
    {
        await PublishAsync("420104-late", approved: new DateOnly(2025, 3, 1), published: new DateTimeOffset(2025, 3, 25, 10, 0, 0, TimeSpan.FromHours(8)));
        var client = StaffBrowser.Anonymous(portal);

        var findings = await client.GetPageAsync("/disclosures/420104-late/2024/findings");
        findings.Body!.TextContent.Should().Contain("2025-03-01 批复，2025-03-25 首次公开，历时 24 天").And.Contain("逾期 4 天");

        var api = await client.Client.GetAsync("/api/v1/timeliness?region=420100&year=2024");
        api.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var late = json.RootElement.GetProperty("departments").EnumerateArray()
            .Single(d => d.GetProperty("department").GetProperty("code").GetString() == "420104-late");
        (late.GetProperty("status").GetString(), late.GetProperty("daysLate").GetInt32(), late.GetProperty("statusText").GetString())
            .Should().Be(("Late", 4, "逾期 4 天"));
        json.RootElement.GetProperty("departments").EnumerateArray()
            .Should().Contain(d => d.GetProperty("department").GetProperty("code").GetString() == "420104-sfj", "sub-regions are included");

        await using var connection = new NpgsqlConnection(portal.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE disclosures SET approved_on = '2025-03-20' WHERE approved_on = '2025-03-01'", connection);
        (await FluentActions.Awaiting(() => command.ExecuteNonQueryAsync()).Should().ThrowAsync<PostgresException>())
            .Which.MessageText.Should().Contain("批复日期");
    }

    [Fact]
    public async Task TheTableDownloadsAsXlsxAndCsvWithThePagesColumnsAndAnUnknownRegionIsNotFound()
    {
        await PublishAsync("420104-ontime", approved: new DateOnly(2025, 4, 1), published: new DateTimeOffset(2025, 4, 15, 10, 0, 0, TimeSpan.FromHours(8)));
        var client = StaffBrowser.Anonymous(portal).Client;

        var csv = await client.GetAsync("/timeliness?region=420104&year=2024&format=csv");
        var text = await csv.Content.ReadAsStringAsync();
        text.Should().StartWith("地区,部门编码,部门,部门类别,批复日期,公开日期,用时（天）,状态");
        text.Should().Contain("420104-ontime").And.Contain("2025-04-01,2025-04-15,14,按时公开");
        var xlsx = await client.GetAsync("/timeliness?region=420104&year=2024&format=xlsx&sort=days&desc=true");
        xlsx.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var problems = new TemplateProblems();
        using (var workbook = UploadedWorkbook.Open(await xlsx.Content.ReadAsStreamAsync(), "表", problems.File)!)
        {
            var rows = ListSheet.Read(workbook, "2024年度公开时效", FinalAccounts.Infrastructure.Exports.TimelinessExport.Headings, problems)!;
            rows.Should().Contain(r => r[1] == "420104-ontime" && r[6] == "14" && r[7] == "按时公开");
        }

        (await client.GetAsync("/timeliness?region=999999&year=2024")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/timeliness?region=999999&year=2024")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>The departments the anomaly list names as late; it shows no table when it lists nothing.</summary>
    private static async Task<IEnumerable<string>> LateDepartmentsAsync(HttpClient client, string address) =>
        ((await ComparisonScreen.ReadAsync(client, address)).SingleOrDefault(s => s.Key == AnomalySheet.Key)?.Body ?? [])
        .Where(row => row[3] == "逾期公开").Select(row => row[1]);

    /// <summary>A department of 硚口区 with one 2024 version, approved and published on the given days.</summary>
    private async Task PublishAsync(string code, DateOnly approved, DateTimeOffset published)
    {
        // The portal migrates and seeds its database when it first starts.
        portal.CreateClient().Dispose();
        await using var db = portal.Database.CreateContext();
        var department = new Department(code, $"武汉市硚口区{code}", code, "420104");
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        var disclosure = new Disclosure(department.Id, new FiscalYear(2024));
        var version = disclosure.StartVersion($"2024年度{code}部门决算公开", $"{code}本级");
        disclosure.RecordApproval(approved, DateOnly.FromDateTime(DateTime.UtcNow));
        db.Disclosures.Add(disclosure);
        await db.SaveChangesAsync();
        version.Submit();
        version.Publish(published, department);
        await db.SaveChangesAsync();
    }
}
