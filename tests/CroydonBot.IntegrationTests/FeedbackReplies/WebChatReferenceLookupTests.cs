using System.Net;
using System.Text.RegularExpressions;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.Staff;
using CroydonBot.IntegrationTests.WebChat;
using Microsoft.Playwright;

namespace CroydonBot.IntegrationTests.FeedbackReplies;

/// <summary>
/// Issue 16: in Chromium, on the Web Chat page the app serves, a young person sends feedback through the dialog and
/// reads their reference; "what happened to FB-..." tells them its status, and after a staff reply, the reply. Someone
/// else (another browser, so another Direct Line user) asking about the same reference is told only that the bot can
/// speak about their own feedback. Each step waits for the bot's bubble; nothing sleeps.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WebChatReferenceLookupTests
{
    private const string Welcome = "I answer questions about Croydon";
    private const string StaffReply = "Thanks: the grant list now includes a cooker and a washing machine.";
    private const string Refusal = "I can only tell you about feedback you sent";

    // Every way the bot words a status (FeedbackReplyWording.Status): none may reach someone else.
    private static readonly string[] StatusWords =
        ["Your feedback FB-", "waiting to be read", "looking at it", "acted on it", "it is closed", "no reply yet", "latest reply", StaffReply];

    private static readonly float Patience = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;

    [Fact]
    public Task AReferenceLookupWorksForItsOwnerAndIsRefusedForAnyoneElse() => RunAsync();

    /// <summary>The journey, on SQLite or with the settings given (PostgreSQL: <see cref="WebChatReferenceLookupOnPostgresTests"/>).</summary>
    internal static async Task RunAsync(params string[] settings)
    {
        await using var host = await StaffHost.StartAsync(settings);
        await using var chromium = await Chromium.LaunchAsync();
        var owner = await OpenChatAsync(chromium, host);

        // The feedback dialog, as a person does it: typing where there is no button, pressing the buttons offered.
        await SendAsync(owner, "feedback");
        await ChooseAsync(owner, "What is your feedback about?", "Housing");
        await ReplyAsync(owner, "What would you like to tell the council?", "The grant list is missing a cooker.");
        await ChooseAsync(owner, "Are you a young ambassador?", "No");
        await ChooseAsync(owner, "Would you like someone from the council to reply", "Yes");
        await ChooseAsync(owner, "How would you like them to reply?", "Here in this chat");
        await ChooseAsync(owner, "OK for them to share it", "Yes");
        await ChooseAsync(owner, "Shall I send it?", "Send it");
        var sent = BotBubble(owner).Filter(new() { HasTextRegex = ReferencePattern() }).First;
        await StepAsync(owner, "the bot gives a feedback reference", () => Expect(sent).ToBeVisibleAsync(new() { Timeout = Patience }));
        var reference = ReferencePattern().Match(await sent.InnerTextAsync()).Value;

        await SendAsync(owner, $"what happened to {reference}");
        await WaitForBotAsync(owner, "the status, to its owner", $"Your feedback {reference}");
        await Expect(BotBubble(owner, $"Your feedback {reference}").Last).ToContainTextAsync("it has arrived and is waiting to be read");
        await Expect(BotBubble(owner, $"Your feedback {reference}").Last).ToContainTextAsync("There is no reply yet.");

        // Someone else: a fresh browser context has its own session storage, so its own token and Direct Line user.
        var stranger = await OpenChatAsync(chromium, host);
        await SendAsync(stranger, $"what happened to {reference}");
        await WaitForBotAsync(stranger, "a refusal, to someone else", Refusal);
        await AssertNoStatusAsync(stranger);

        using var staff = await StaffClient.SignedInAsync(host, StaffHost.StaffName);
        using var reply = await staff.PostFormAsync($"/staff/feedback/{reference}?handler=Reply", [new("reply", StaffReply)], tokenFrom: $"/staff/feedback/{reference}");
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        await WaitForBotAsync(owner, "the staff reply arrives in the open chat", StaffReply);

        await SendAsync(owner, $"what happened to {reference.ToLowerInvariant()}");
        await WaitForBotAsync(owner, "the status and the reply, to its owner", "the team is looking at it");
        await Expect(BotBubble(owner, "the team is looking at it").Last).ToContainTextAsync(StaffReply);

        await SendAsync(stranger, $"what happened to {reference}");
        await StepAsync(stranger, "a second refusal, to someone else", () => Expect(BotBubble(stranger, Refusal)).ToHaveCountAsync(2, new() { Timeout = Patience }));
        await AssertNoStatusAsync(stranger);
        Assert.Empty(chromium.ConsoleErrors);
    }

    private static async Task<IPage> OpenChatAsync(Chromium chromium, BotHost host)
    {
        var page = await chromium.NewPageAsync();
        page.SetDefaultTimeout(Patience);
        await page.GotoAsync(host.BaseAddress.ToString());
        await WaitForBotAsync(page, "the welcome", Welcome);
        return page;
    }

    /// <summary>Waits for the bot's <paramref name="question"/>, then types the answer.</summary>
    private static async Task ReplyAsync(IPage page, string question, string answer)
    {
        await WaitForBotAsync(page, $"the bot asks \"{question}\"", question);
        await SendAsync(page, answer);
    }

    /// <summary>Waits for the bot's <paramref name="question"/>, then presses the suggested action it came with.</summary>
    private static async Task ChooseAsync(IPage page, string question, string button)
    {
        await WaitForBotAsync(page, $"the bot asks \"{question}\"", question);
        await StepAsync(page, $"\"{button}\" is offered", () => page
            .GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" })
            .GetByRole(AriaRole.Button, new() { Name = button, Exact = true })
            .ClickAsync(new() { Timeout = Patience }));
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var input = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    private static Task WaitForBotAsync(IPage page, string step, string text) =>
        StepAsync(page, step, () => Expect(BotBubble(page, text).Last).ToBeVisibleAsync(new() { Timeout = Patience }));

    private static async Task AssertNoStatusAsync(IPage page)
    {
        var seen = string.Join("\n", await BotBubble(page).AllInnerTextsAsync());
        foreach (var words in StatusWords)
        {
            Assert.DoesNotContain(words, seen, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The bot's chat bubbles (not the person's own), as a person sees them.</summary>
    private static ILocator BotBubble(IPage page) => page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");

    private static ILocator BotBubble(IPage page, string text) => BotBubble(page).Filter(new() { HasText = text });

    /// <summary>Runs one step; on failure says which, with a screenshot of the page as it was.</summary>
    private static Task StepAsync(IPage page, string step, Func<Task> expectation) => BrowserSteps.ExpectAsync(page, "Web Chat", step, expectation);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex(@"FB-\d{4}-\d{6}")]
    private static partial Regex ReferencePattern();
}
