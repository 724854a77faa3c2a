using Microsoft.Playwright;
using Xunit.Sdk;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// One expectation of a browser test: on failure it says where and which step failed, with a full-page screenshot
/// (and the log of the app behind the page, when there is one), because a bare Playwright timeout tells nobody what the bot said.
/// </summary>
public static class BrowserSteps
{
    /// <param name="where">What the page is, for the message: "Web Chat", "the Agents Playground".</param>
    /// <param name="log">What the app behind the page logged, added to the message.</param>
    public static async Task ExpectAsync(IPage page, string where, string step, Func<Task> expectation, string? log = null)
    {
        try
        {
            await expectation();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            var shot = Path.Combine(Path.GetTempPath(), $"browser-failure-{Guid.NewGuid():N}.png");
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw new XunitException($"In {where}, expected {step}, but: {ex.Message}\nScreenshot: {shot}" + (log is null ? "" : $"\n{log}"));
        }
    }
}
