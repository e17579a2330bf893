using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// 说明 十 and 十二 left blank no longer vanish unnoticed: the workspace lists a finding for each, and
/// its link opens the facts form at the fieldset where the figures are entered.
/// </summary>
public sealed class UnreportedFactsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";
    private const string Workspace = "/staff/disclosures/420104-sfj/2024";

    [Fact]
    public async Task BlankOperatingCostsAndAssetsAreAskedForWithALinkToWhereTheyAreEntered()
    {
        var (editor, key) = await StaffActors.EditedCorrectionAsync(portal, "uf-editor", Department, 2024,
            content => content with { OperatingCosts = null, Assets = null });

        var page = await editor.GetPageAsync(Workspace);

        var findings = page.QuerySelectorAll("#findings-heading ~ ol .finding").ToList();
        var facts = StaffPaths.Edit(Department, 2024, key.Number, "facts");
        foreach (var (item, missing) in new[] { (10, "机关运行经费支出未填报"), (12, "均未填报") })
        {
            var finding = findings.Should().ContainSingle(f => f.TextContent.Contains(missing)).Subject;
            finding.TextContent.Should().Contain("警告").And.Contain($"说明第{Domain.Tables.ChineseNumerals.Ordinal(item)}项");
            var link = finding.QuerySelector("a")!.GetAttribute("href")!;
            link.Should().Be($"{facts}#item-{item}");
            (await editor.GetPageAsync(link.Split('#')[0])).GetElementById($"item-{item}").Should().NotBeNull();
        }
    }
}
