using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FinalAccounts.BrowserTests;

/// <summary>A reader finds the 硚口区司法局 2024 disclosure the way a person does: by clicking, on a desktop and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DisclosureJourneyTests(BrowserPortal portal, ITestOutputHelper output)
{
    private const string Department = "武汉市硚口区司法局";
    private const string DisclosureUrl = "/disclosures/420104-sfj/2024";
    private const string Title = "2024年度硚口区司法局部门决算公开";
    private const int PhoneWidth = 390;

    static DisclosureJourneyTests() => SetDefaultExpectTimeout(15_000);

    [Fact]
    public async Task ReaderClicksFromHomeThroughDepartmentToDisclosureAndDownloadsItsPdf()
    {
        await using var context = await portal.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        foreach (var region in new[] { "湖北省", "武汉市", "硚口区" })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = region, Exact = true }).First.ClickAsync();
        }
        await page.Locator("#departments").GetByRole(AriaRole.Link, new() { Name = Department, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(DepartmentPage());
        await page.GetByRole(AriaRole.Link, new() { Name = "2024年度", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(DisclosurePage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Expect(SummaryTable(page)).ToBeVisibleAsync();

        // A keyboard user's first Tab lands on the skip link, and Enter takes them past the header.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "跳到正文" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();

        await SaveScreenshotAsync(page, "disclosure-desktop-1280.png");

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "下载 PDF" }).ClickAsync());
        download.SuggestedFilename.Should().EndWith(".pdf");
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Encoding.ASCII.GetString(pdf, 0, 4).Should().Be("%PDF");
    }

    [Fact]
    public async Task DisclosurePageFitsAPhoneWhileTheWideTableScrollsInItsOwnBox()
    {
        await using var context = await portal.NewContextAsync(PhoneWidth, 844, isPhone: true);
        var page = await context.NewPageAsync();

        await page.GotoAsync(DisclosureUrl);
        var table = SummaryTable(page);
        await Expect(table).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "disclosure-phone-390.png");

        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        pageWidth.Should().BeLessThanOrEqualTo(PhoneWidth + 1, "the page as a whole must not scroll sideways on a phone");
        (await table.BoundingBoxAsync())!.Width.Should().BeGreaterThan(PhoneWidth, "the table keeps its columns readable instead of squeezing them");
        var scrolledBy = await table.EvaluateAsync<double>(
            """
            table => {
                for (let box = table.parentElement; box; box = box.parentElement) {
                    const overflow = getComputedStyle(box).overflowX;
                    if ((overflow === 'auto' || overflow === 'scroll') && box.scrollWidth > box.clientWidth) {
                        box.scrollLeft = 120;
                        return box.scrollLeft;
                    }
                }
                return 0;
            }
            """);
        scrolledBy.Should().BeGreaterThan(0, "the table sits in a box that scrolls sideways by itself");
    }

    private static ILocator SummaryTable(IPage page) =>
        page.GetByRole(AriaRole.Table, new() { Name = "2024年度收入支出决算总表" });

    private Task SaveScreenshotAsync(IPage page, string name) => Screenshots.SaveAsync(page, name, output);

    [GeneratedRegex("/departments/420104-sfj$")]
    private static partial Regex DepartmentPage();

    [GeneratedRegex("/disclosures/420104-sfj/2024$")]
    private static partial Regex DisclosurePage();
}
