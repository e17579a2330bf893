using Microsoft.Playwright;

namespace FinalAccounts.BrowserTests;

/// <summary>
/// The system's Chromium, driven by Playwright. Playwright's own browser download is not used: the
/// machines these tests run on have no access to it, and Debian's package is kept up to date by apt.
/// </summary>
internal static class Chromium
{
    private const string PathVariable = "FINALACCOUNTS_CHROMIUM";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            // A missing browser fails the run instead of skipping it, or the journey would go untested unnoticed.
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. Install it with " +
                "`sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk` (./test.sh does so), " +
                $"or set {PathVariable} to a Chromium or Chrome executable.");
        }
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Chromium's sandbox refuses to start as root and on runners that restrict user namespaces;
            // without it Playwright passes --no-sandbox. The pages under test are our own.
            ChromiumSandbox = false,
            Args =
            [
                "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }
}
