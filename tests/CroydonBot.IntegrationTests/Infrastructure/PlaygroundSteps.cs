using Microsoft.Playwright;
using Xunit.Sdk;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// One expectation of a browser test in the Agents Playground: on failure it says which step failed and shows the
/// Playground's log and a full-page screenshot, because a bare Playwright timeout tells nobody what the bot said.
/// </summary>
public static class PlaygroundSteps
{
    public static async Task StepAsync(string step, IPage page, AgentsPlayground playground, Func<Task> expectation)
    {
        try
        {
            await expectation();
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            var shot = Path.Combine(Path.GetTempPath(), $"playground-failure-{Guid.NewGuid():N}.png");
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw new XunitException($"In the Agents Playground, expected that {step}, but: {ex.Message}\nScreenshot: {shot}\n{playground.Output}");
        }
    }
}
