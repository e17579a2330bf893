using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Staff;

namespace FinalAccounts.IntegrationTests.Comparisons;

/// <summary>
/// An auditor granted a department may include its drafts in a year comparison (issue 17): a year with a
/// draft correction is read from it, marked 草稿 wherever the year is named, in the downloads too, and
/// never cached. Anyone else asking for drafts gets the published versions and is told so.
/// </summary>
public sealed class YearComparisonDraftTests(YearComparisonTests.Portal portal) : IClassFixture<YearComparisonTests.Portal>
{
    private const string Address = "/compare/years?department=420104-sfj&years=2023,2024&drafts=true";

    [Fact]
    public async Task AnAuditorGrantedTheDepartmentSeesItsDraftMarkedAndEveryoneElseThePublishedVersion()
    {
        // The correction's 行政运行: 1,712.45 万元 published, 1,800.00 in the draft (amounts are kept in 元).
        var draft = await QiaokouDrafts.OpenDraftAsync(portal, 2024,
            "UPDATE table05_general_budget_rows t SET subtotal = 18000000, basic = 18000000", "t.code = '2040601'");

        var granted = await StaffBrowser.SignedInAsync(portal, "auditor-granted", StaffRoles.Auditor, QiaokouYears.Department);
        var response = await granted.Client.GetAsync(Address);
        response.Headers.CacheControl!.NoStore.Should().BeTrue("a comparison with drafts is never stored");
        var page = await granted.GetPageAsync(Address);
        page.QuerySelector(".compared-versions")!.TextContent.Should().Contain($"2024年度：第{draft}版（草稿，未公开）");
        var screen = await ComparisonScreen.ReadAsync(granted.Client, Address);
        var tables = screen.Single(s => s.Key == "05");
        tables.Rows[0].Should().Contain("2024年度（草稿）（万元）");
        tables.Body.Should().ContainEquivalentOf(new[] { "2040601", "行政运行", "小计", "1,500.00", "1,800.00", "+300.00", "+20%", "是" });
        ComparisonScreen.ShouldEqualCsv(screen, await granted.Client.GetByteArrayAsync(Address.Replace("/compare/years?", "/compare/years.csv?")));

        var other = await StaffBrowser.SignedInAsync(portal, "auditor-other", StaffRoles.Auditor);
        var refused = await other.GetPageAsync(Address);
        refused.QuerySelector(".notice")!.TextContent.Should().Contain("草稿仅对有权查看本部门草稿的工作人员显示");
        Row2040601(await ComparisonScreen.ReadAsync(other.Client, Address)).Should().Contain("1,712.45").And.NotContain("1,800.00");
        Row2040601(await ComparisonScreen.ReadAsync(portal.CreateClient(), Address)).Should().Contain("1,712.45").And.NotContain("1,800.00");
    }

    private static string[] Row2040601(List<ScreenSheet> screen) =>
        screen.Single(s => s.Key == "05").Body.Single(r => r[0] == "2040601" && r[2] == "小计");
}
