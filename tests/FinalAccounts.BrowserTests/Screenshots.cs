using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FinalAccounts.BrowserTests;

/// <summary>Full-page screenshots for people to look at, saved to FINALACCOUNTS_SCREENSHOTS (test.sh: artifacts/screenshots).</summary>
internal static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name, ITestOutputHelper output)
    {
        var folder = Environment.GetEnvironmentVariable("FINALACCOUNTS_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Directory.GetCurrentDirectory(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.GetFullPath(Path.Combine(folder, name));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }
}
