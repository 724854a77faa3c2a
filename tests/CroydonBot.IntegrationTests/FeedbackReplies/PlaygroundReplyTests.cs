using System.Net;
using System.Text.RegularExpressions;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.Staff;
using Microsoft.Playwright;
using static CroydonBot.IntegrationTests.Infrastructure.PlaygroundSteps;
using static Microsoft.Playwright.Assertions;

namespace CroydonBot.IntegrationTests.FeedbackReplies;

/// <summary>
/// Issue 16: a young person sends feedback from the Microsoft 365 Agents Playground (the msteams channel) choosing
/// "here in this chat"; a member of staff replies from the feedback page, and the reply appears in that Playground
/// conversation proactively, with nothing typed there first. Driven in headless Chromium as a person would.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PlaygroundReplyTests
{
    private const string StaffReply = "Thanks: the grant list now includes a cooker.";
    private static readonly float StepTimeout = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;

    [Fact]
    public Task AStaffReplyReachesTheAgentsPlaygroundConversationProactively() => RunAsync();

    /// <summary>The journey, on SQLite or with the settings given (PostgreSQL: <see cref="PlaygroundReplyOnPostgresTests"/>).</summary>
    internal static async Task RunAsync(params string[] settings)
    {
        await using var bot = await StaffHost.StartAsync([.. settings, RecordingConnector.AllowLoopback, "Channels:AllowedServiceUrlHosts:1=localhost"]);
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseAddress, "api/messages"), "msteams");
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        IPage? page = null;
        try
        {
            page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
            page.SetDefaultTimeout(StepTimeout);
            await page.GotoAsync(playground.Address.AbsoluteUri);
            var box = page.GetByRole(AriaRole.Textbox);
            await Expect(box).ToBeVisibleAsync(new() { Timeout = StepTimeout });

            // The feedback dialog, answered by typing, each answer after the bot's next question has arrived.
            string? reference = null;
            foreach (var answer in new[] { "feedback", "Housing", "The grant list is missing a cooker.", "no", "yes", "Here in this chat", "yes", "Send it" })
            {
                var before = await page.Locator("body").InnerTextAsync();
                await box.ClickAsync();
                await box.FillAsync(answer);
                await page.GetByLabel("Send Message").ClickAsync();
                await StepAsync($"the bot answers \"{answer}\"", page, playground, async () =>
                {
                    var deadline = DateTime.UtcNow.AddSeconds(45);
                    while ((await page.Locator("body").InnerTextAsync()).Length <= before.Length + answer.Length && DateTime.UtcNow < deadline)
                    {
                        await Task.Delay(200);
                    }
                    // A reply can come in more than one activity: let the rest arrive before the next answer.
                    await Task.Delay(500);
                });
            }
            await StepAsync("the bot gives a feedback reference", page, playground, async () =>
            {
                await Expect(page.GetByText(ReferencePattern()).First).ToBeVisibleAsync(new() { Timeout = StepTimeout });
                reference = ReferencePattern().Match(await page.Locator("body").InnerTextAsync()).Value;
            });

            using var staff = await StaffClient.SignedInAsync(bot, StaffHost.StaffName);
            using var sent = await staff.PostFormAsync($"/staff/feedback/{reference}?handler=Reply", [new("reply", StaffReply)], tokenFrom: $"/staff/feedback/{reference}");
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

            await StepAsync("the staff reply appears in the Playground conversation", page, playground, () =>
                Expect(page.GetByText(StaffReply).First).ToBeVisibleAsync(new() { Timeout = StepTimeout }));
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }


    [GeneratedRegex(@"FB-\d{4}-\d{6}")]
    private static partial Regex ReferencePattern();
}
