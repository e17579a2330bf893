using FinalAccounts.Infrastructure.Comparisons;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Staff;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Comparisons;

/// <summary>
/// Signed-in staff may include in a department comparison the drafts they may see (issue 17): an auditor
/// granted 硚口 gets its draft correction's figures, the department marked 草稿 with its version, in the
/// downloads too; an auditor not granted it and the public get the published version.
/// </summary>
public sealed class DepartmentComparisonDraftTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Address = "/compare/departments?year=2024&departments=420104-sfj&drafts=true";

    [Fact]
    public async Task AnAuditorGrantedADepartmentComparesItsDraftMarkedAsSuch()
    {
        // The draft's 收支总计: 5,000.00 万元 (kept in 元) where the published version has 3,469.73.
        var draft = await QiaokouDrafts.OpenDraftAsync(portal, 2024, "UPDATE table01_summaries t SET income_grand_total = 50000000");

        var granted = await StaffBrowser.SignedInAsync(portal, "auditor-granted", StaffRoles.Auditor, QiaokouYears.Department);
        (await granted.Client.GetAsync(Address)).Headers.CacheControl!.NoStore.Should().BeTrue();
        var screen = await ComparisonScreen.ReadAsync(granted.Client, Address);
        Qiaokou(screen).Should().Contain($"武汉市硚口区司法局（草稿，第{draft}版）").And.Contain("5,000.00");
        ComparisonScreen.ShouldEqualCsv(screen,
            await granted.Client.GetByteArrayAsync(Address.Replace("/compare/departments?", "/compare/departments.csv?")));

        var other = await StaffBrowser.SignedInAsync(portal, "auditor-other", StaffRoles.Auditor);
        Qiaokou(await ComparisonScreen.ReadAsync(other.Client, Address)).Should().Contain("武汉市硚口区司法局").And.Contain("3,469.73")
            .And.NotContain("5,000.00");
        Qiaokou(await ComparisonScreen.ReadAsync(portal.CreateClient(), Address)).Should().Contain("3,469.73").And.NotContain("5,000.00");
    }

    private static string[] Qiaokou(List<ScreenSheet> screen) =>
        screen.Single(s => s.Key == DepartmentComparisonSheets.DepartmentsKey).Body.Single(r => r[0] == QiaokouYears.Department);
}
