using System.Text.RegularExpressions;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Knowledge;
using CroydonBot.Replies;
using CroydonBot.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static CroydonBot.IntegrationTests.Infrastructure.PlaygroundSteps;
using static Microsoft.Playwright.Assertions;

namespace CroydonBot.IntegrationTests.Teams;

/// <summary>
/// The bot in the real Microsoft 365 Agents Playground on the msteams channel, driven in headless Chromium
/// the way a person would use it: the welcome shows, a question gets its answer as an Adaptive Card, and
/// the card's buttons work.
/// </summary>
[Collection(CroydonBot.IntegrationTests.Infrastructure.BrowserCollection.Name)]
public sealed class AgentsPlaygroundTests
{
    private const string Question = "What can I get as a care leaver?";

    /// <summary>Generous: the Playground, the bot and Chromium share two cores with other test runs.</summary>
    private static readonly float StepTimeout = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;

    [Theory]
    [InlineData(null)]
    [InlineData("expectReplies")]
    public async Task WelcomeAnswerCardAndCardButtonsWorkInTheAgentsPlayground(string? deliveryMode)
    {
        // The Playground is the channel here: its loopback serviceUrl must be on the bot's allow-list.
        await using var bot = await BotHost.StartAsync(RecordingConnector.AllowLoopback, "Channels:AllowedServiceUrlHosts:1=localhost");
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseAddress, "api/messages"), "msteams", deliveryMode);
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        var wording = bot.Services.GetRequiredService<Wording>();
        IPage? page = null;
        try
        {
            page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
            page.SetDefaultTimeout(StepTimeout);
            await page.GotoAsync(playground.Address.AbsoluteUri);

            await StepAsync("the welcome message appears", page, playground, () =>
                Expect(page.GetByText(FirstSentence(wording.Welcome.Text)).First).ToBeVisibleAsync(new() { Timeout = StepTimeout }));

            var box = page.GetByRole(AriaRole.Textbox);
            await box.ClickAsync();
            await box.FillAsync(Question);
            await page.GetByLabel("Send Message").ClickAsync();

            var cards = page.Locator(".ac-adaptiveCard");
            await StepAsync("the answer arrives as an Adaptive Card with its source", page, playground, async () =>
            {
                await Expect(cards).ToHaveCountAsync(1, new() { Timeout = StepTimeout });
                await Expect(cards.First).ToContainTextAsync(new Regex("care leaver", RegexOptions.IgnoreCase), new() { Timeout = StepTimeout });
                await Expect(cards.First).ToContainTextAsync("Source:", new() { Timeout = StepTimeout });
            });
            await SaveScreenshotAsync(page, deliveryMode);

            await cards.First.GetByRole(AriaRole.Button, new() { Name = wording.Buttons.TellMeMore, Exact = true }).ClickAsync();
            await StepAsync("\"Tell me more\" on the card brings a second card with more of the answer", page, playground, () =>
                Expect(cards).ToHaveCountAsync(2, new() { Timeout = StepTimeout }));

            await cards.Nth(1).GetByRole(AriaRole.Button, new() { Name = wording.Buttons.Helpful, Exact = true }).ClickAsync();
            await StepAsync("\"Helpful\" on the card is understood and thanked", page, playground, () =>
                Expect(page.GetByText(FirstSentence(wording.HelpfulThanks.Text)).First).ToBeVisibleAsync(new() { Timeout = StepTimeout }));
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }


    private static string FirstSentence(string text) => SentenceSplitter.Split(text)[0];

    /// <summary>
    /// Always written beside the test run; with CROYDONBOT_UPDATE_SCREENSHOTS=1 also to docs/screenshots, so the
    /// documentation shows what the test saw without every test run changing the repository.
    /// </summary>
    private static async Task SaveScreenshotAsync(IPage page, string? deliveryMode)
    {
        var name = deliveryMode is null ? "teams-playground.png" : $"teams-playground-{deliveryMode}.png";
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, name) });
        if (deliveryMode is null && Environment.GetEnvironmentVariable("CROYDONBOT_UPDATE_SCREENSHOTS") == "1" && DocsFolder() is { } docs)
        {
            Directory.CreateDirectory(Path.Combine(docs, "screenshots"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(docs, "screenshots", name) });
        }
    }

    private static string? DocsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CroydonBot.sln")))
            {
                return Path.Combine(dir.FullName, "docs");
            }
        }
        return null;
    }
}
