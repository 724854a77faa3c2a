using Microsoft.Playwright;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>Debian's Chromium (/usr/bin/chromium) driven by Playwright; no Playwright browser download.</summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run scripts/test-deps.sh (apt-get install chromium).");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return (playwright, browser);
    }
}
