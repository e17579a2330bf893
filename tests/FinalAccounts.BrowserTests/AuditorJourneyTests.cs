using System.Text.RegularExpressions;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FinalAccounts.BrowserTests;

/// <summary>
/// An auditor, without signing in: compares 硚口区司法局's two published years (2023 derived from the
/// 2024 seed with known changes) from its page, sets the change worth highlighting, opens a highlighted
/// change, draws its trend, downloads the comparison as XLSX, then follows an entry of what deserves a
/// look in 湖北省 to its evidence.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AuditorJourneyTests(BrowserPortal portal, ITestOutputHelper output)
{
    static AuditorJourneyTests() => SetDefaultExpectTimeout(15_000);

    [Fact]
    public async Task AnAuditorComparesYearsOpensAChangeFollowsAnAnomalyAndDownloadsTheWorkbook()
    {
        await IntegrationTests.Comparisons.QiaokouYears.PublishDerived2023Async(portal.Factory);
        // Published behind the portal's back: drop the pages other tests had cached, as a publication does.
        await Web.Hosting.PublicPageCache.EvictAsync(portal.Services.GetRequiredService<IOutputCacheStore>(), PublicContentChange.Everything);
        await using var context = await portal.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/departments/420104-sfj");
        await page.GetByRole(AriaRole.Link, new() { Name = "比较各年度决算" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/compare/years\\?department=420104-sfj"));
        await page.GetByLabel("突出显示的增减率（%）").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "比较", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("threshold=20"));

        // A highlighted change: 2040602 一般行政管理事务 grew 118%, set in bold in 公开05表's sheet.
        var highlighted = page.Locator("tr", new() { HasText = "2040602" }).Locator("td.notable").First;
        await Expect(highlighted).ToBeVisibleAsync();
        var sheet = await highlighted.Locator("xpath=ancestor::section[contains(@class,'comparison-sheet')]").GetAttributeAsync("id");
        await page.Locator($".sheet-index a[href='#{sheet}']").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"#{sheet}$"));
        await Expect(highlighted.Locator("strong")).ToBeInViewportAsync();
        await Screenshots.SaveAsync(page, "auditor-highlighted-change.png", output);

        await page.GetByLabel("指标", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "项目支出（万元）" });
        await page.GetByRole(AriaRole.Button, new() { Name = "显示图表" }).ClickAsync();
        await Expect(page.Locator(".trend svg")).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "XLSX", Exact = true }).First.ClickAsync());
        download.SuggestedFilename.Should().EndWith(".xlsx");
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        (bytes[0], bytes[1]).Should().Be(((byte)'P', (byte)'K'), "an XLSX is a zip package");

        await page.GotoAsync("/anomalies?region=420000&year=2024&threshold=10");
        var evidence = page.Locator("#sheet-anomalies tbody a").First;
        await Expect(evidence).ToBeVisibleAsync();
        var target = await evidence.GetAttributeAsync("href");
        output.WriteLine(await page.Locator("#sheet-anomalies tbody").InnerTextAsync());
        await evidence.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(target!.Split('#')[0])));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "auditor-anomaly-evidence.png", output);
    }
}
