using System.Net;
using System.Text;
using System.Text.Json;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.IntegrationTests.Staff;
using Seed = FinalAccounts.IntegrationTests.Infrastructure.RepositoryPaths;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>/check: anyone uploads a filled template and reads the findings by table, linked to the rules; nothing is stored.</summary>
public sealed class CheckPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AFilledTemplateShowsTheFindingsByTableWithLinksToTheRules()
    {
        var seed = JsonSerializer.Deserialize<DisclosureContent>(
            await File.ReadAllTextAsync(Path.Combine(Seed.SeedDirectory, "disclosures", "qiaokou-2024.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var workbook = TemplateWorkbook.Write(seed.Tables, new TemplateTitle(seed.Version.Title, seed.Version.ReportingUnit, 2024));
        portal.CreateClient().Dispose(); // starts the portal, which migrates and seeds its database
        var versions = await portal.Database.CountAsync("disclosure_versions");

        var page = await StaffBrowser.Anonymous(portal).UploadAsync("/check", "Workbook", workbook, "模板.xlsx", TemplateWorkbook.ContentType,
            new() { ["Year"] = "2024", ["DepartmentCode"] = "420104-sfj" });

        page.QuerySelector("#problems-heading").Should().BeNull();
        page.QuerySelector(".finding-summary")!.TextContent.Should().MatchRegex(@"共发现 [1-9]\d* 处错误、\d+ 处需说明的提示、\d+ 处尾数误差。",
            "the template carries the nine tables only, so the other parts are missing");
        var headings = page.QuerySelectorAll("section[aria-labelledby='findings-heading'] h3").Select(h => h.TextContent).ToList();
        headings.Should().Contain(h => h.StartsWith("公开0", StringComparison.Ordinal)).And.Contain(h => h.StartsWith("说明及其他部分", StringComparison.Ordinal));
        page.QuerySelectorAll("table.findings a[href^='/rules#']").Select(a => a.GetAttribute("href")).Should().Contain("/rules#required-parts");
        (await portal.Database.CountAsync("disclosure_versions")).Should().Be(versions);
    }

    [Fact]
    public async Task AFileThatIsNotAWorkbookIsListedAsAProblem()
    {
        var page = await StaffBrowser.Anonymous(portal).UploadAsync("/check", "Workbook", Encoding.UTF8.GetBytes("不是表格"), "说明.txt", "text/plain",
            new() { ["Year"] = "2024" });

        page.QuerySelector("#problems-heading")!.TextContent.Should().Contain("1 处问题");
        page.QuerySelector("table.import-problems")!.TextContent.Should().Contain("不是 Excel 工作簿");
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        using var content = new MultipartFormDataContent { { new StringContent("2024"), "Year" } };

        var response = await portal.CreateClient().PostAsync("/check", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
