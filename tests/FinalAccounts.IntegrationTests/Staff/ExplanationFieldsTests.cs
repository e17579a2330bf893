using FinalAccounts.Domain.Narrative;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// The 说明 form offers only fields whose text the 说明 publishes: a text stored under a key no item
/// prints (as an older import stored "performance.overview") is not offered, and no label shows a key.
/// </summary>
public sealed class ExplanationFieldsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";

    [Fact]
    public async Task OffersNoFieldForATextTheExplanationNeverPublishes()
    {
        var (browser, key) = await StaffActors.EditedCorrectionAsync(portal, "ef-editor", Department, 2024, content => content with
        {
            Explanation = content.Explanation! with
            {
                Texts = [.. content.Explanation.Texts,
                    new ExplanationTextContent(13, "performance.overview", "从绩效评价情况来看，较好地完成了年度绩效目标。"),
                    new ExplanationTextContent(13, "performance.overall", "部门整体支出产出和效果达到预期目标。")],
            },
        });

        var page = await browser.GetPageAsync(StaffPaths.Edit(Department, 2024, key.Number, "explanation"));

        var item13 = page.GetElementById("item-13")!;
        item13.TextContent.Should().NotContain("performance.").And.NotContain("说明文字（");
        item13.TextContent.Should().NotContain("较好地完成了年度绩效目标").And.NotContain("达到预期目标");
        var offered = page.QuerySelectorAll("input[type=hidden][name^='Input.Texts'][name$='.Key']")
            .Select(k => (Key: k.GetAttribute("value")!,
                Item: int.Parse(page.QuerySelector($"[name='{k.GetAttribute("name")![..^".Key".Length]}.Item']")!.GetAttribute("value")!)))
            .ToList();
        offered.Should().Contain((ExplanationTextKeys.PerformanceUse, 13), "the form still offers what item 十三 prints");
        offered.Should().OnlyContain(t => ExplanationTextKeys.IsWellFormed(t.Key, t.Item),
            "every text the form offers is one the 说明 prints when it is written");
    }
}
