namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>One expectation of a browser test in the Agents Playground: a <see cref="BrowserSteps"/> step that adds the Playground's log.</summary>
public static class PlaygroundSteps
{
    public static Task StepAsync(string step, Microsoft.Playwright.IPage page, AgentsPlayground playground, Func<Task> expectation) =>
        BrowserSteps.ExpectAsync(page, "the Agents Playground", "that " + step, expectation, playground.Output);
}
