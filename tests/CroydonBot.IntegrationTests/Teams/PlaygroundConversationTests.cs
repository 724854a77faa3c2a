using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.WebChat;
using Microsoft.Playwright;
using static CroydonBot.IntegrationTests.Infrastructure.PlaygroundSteps;

namespace CroydonBot.IntegrationTests.Teams;

/// <summary>
/// A conversation, not a search box, in the real Microsoft 365 Agents Playground on the msteams channel, as
/// <see cref="WebChatConversationTests"/> has it in Web Chat: a follow-up read against the question before, a
/// question asked in the middle of giving feedback (answered, then the same question again, as a card whose
/// buttons work), a change of mind in their own words, and a feedback conversation left for half an hour (the
/// app's clock moved on, nobody waiting). Every reply is looked at as shown: no raw markdown, no text bubble
/// repeating a card, no button title cut short.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundConversationTests : IAsyncLifetime
{
    private const string TopicQuestion = "What is your feedback about?";
    private const string MessageQuestion = "What would you like to tell the council?";
    private static readonly float Patience = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;

    private Chromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();
    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    [Fact]
    public async Task AFollowUpAQuestionMidFeedbackAndANaturalCancelAreUnderstoodInTheAgentsPlayground()
    {
        await using var bot = await BotHost.StartAsync(RecordingConnector.AllowLoopback, "Channels:AllowedServiceUrlHosts:1=localhost");
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseAddress, "api/messages"), "msteams");
        var page = await OpenAsync(playground, 1280, 900);
        var cards = page.Locator(".ac-adaptiveCard");

        await SendAsync(page, "what rating did croydon get from ofsted");
        await StepAsync("the answer comes as one card, with no text bubble repeating it", page, playground, async () =>
        {
            await Expect(cards.Filter(new() { HasText = "good" })).ToHaveCountAsync(1, new() { Timeout = Patience });
            await Expect(page.Locator(BotMessages)).ToHaveCountAsync(2);
        });
        // A follow-up with no subject of its own is read against the question before it.
        await SendAsync(page, "and in 2017?");
        await StepAsync("the follow-up is answered about 2017", page, playground, () =>
            Expect(cards.Filter(new() { HasText = "inadequate" }).Last).ToBeVisibleAsync(new() { Timeout = Patience }));

        await SendAsync(page, "give feedback");
        var topics = cards.Filter(new() { HasText = TopicQuestion });
        await StepAsync("the feedback dialog asks its first question as a card", page, playground, () =>
            Expect(topics).ToHaveCountAsync(1, new() { Timeout = Patience }));

        // A question in the middle is answered, then the same feedback question comes back, as a card.
        await SendAsync(page, "does croydon have a housing panel for care leavers?");
        await StepAsync("the question in the middle is answered", page, playground, () =>
            Expect(cards.Filter(new() { HasText = "housing panel" }).First).ToBeVisibleAsync(new() { Timeout = Patience }));
        var resumed = cards.Filter(new() { HasText = "Back to your feedback" });
        await StepAsync("the feedback resumes at the same question", page, playground, async () =>
        {
            await Expect(resumed).ToHaveCountAsync(1, new() { Timeout = Patience });
            await Expect(resumed).ToContainTextAsync(TopicQuestion);
        });

        // Its buttons work: the choice it sends is the answer, and the next question follows.
        await resumed.GetByRole(AriaRole.Button, new() { Name = "Housing", Exact = true }).ClickAsync();
        await StepAsync("the card's choice is taken and the next question asked", page, playground, () =>
            Expect(page.GetByText(MessageQuestion).First).ToBeVisibleAsync(new() { Timeout = Patience }));

        await SendAsync(page, "Sorry, I have changed my mind, please cancel.");
        await StepAsync("a change of mind in their own words stops the feedback", page, playground, () =>
            Expect(page.GetByText("nothing was sent").First).ToBeVisibleAsync(new() { Timeout = Patience }));

        await AssertShownRightAsync(page);
        Assert.Equal(0, await OutsideCardsAsync(page, TopicQuestion));
    }

    [Fact]
    public async Task AFeedbackConversationLeftHalfAnHourIsOfferedBackNotSilentlyContinuedInTheAgentsPlayground()
    {
        var clock = new ShiftedClock();
        await using var bot = await BotHost.StartAsync(clock, RecordingConnector.AllowLoopback, "Channels:AllowedServiceUrlHosts:1=localhost");
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseAddress, "api/messages"), "msteams");
        var page = await OpenAsync(playground, 1280, 900);
        var topics = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = TopicQuestion });

        await SendAsync(page, "give feedback");
        await StepAsync("the feedback dialog asks its first question", page, playground, () =>
            Expect(topics).ToHaveCountAsync(1, new() { Timeout = Patience }));

        // Half an hour and a minute later, by the app's clock (Dialogs:StaleAfterMinutes is 30).
        clock.Advance(TimeSpan.FromMinutes(31));
        await SendAsync(page, "what is staying put");
        await StepAsync("the new question is answered, not taken as feedback", page, playground, () =>
            Expect(page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "foster carer" }).First).ToBeVisibleAsync(new() { Timeout = Patience }));
        await StepAsync("the old feedback is offered to carry on or drop", page, playground, () =>
            Expect(page.GetByText("carry on").First).ToBeVisibleAsync(new() { Timeout = Patience }));

        await page.GetByRole(AriaRole.Button, new() { Name = "Carry on", Exact = true }).Last.ClickAsync();
        await StepAsync("carrying on asks the same question again", page, playground, () =>
            Expect(topics).ToHaveCountAsync(2, new() { Timeout = Patience }));
        await AssertShownRightAsync(page);
    }

    [Fact]
    public async Task TheFeedbackDialogIsCardsWithWholeButtonsAndASummaryInTheAgentsPlayground()
    {
        await using var bot = await BotHost.StartAsync(RecordingConnector.AllowLoopback, "Channels:AllowedServiceUrlHosts:1=localhost");
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseAddress, "api/messages"), "msteams");
        var page = await OpenAsync(playground, 1280, 900);
        var cards = page.Locator(".ac-adaptiveCard");

        await SendAsync(page, "give feedback");
        await PressAsync(page, playground, TopicQuestion, "Leaving care support");
        await StepAsync("the message is asked for", page, playground, () =>
            Expect(page.GetByText(MessageQuestion).First).ToBeVisibleAsync(new() { Timeout = Patience }));
        await SendAsync(page, "My PA keeps changing and nobody tells me.");
        await PressAsync(page, playground, "Are you a young ambassador?", "No");
        await PressAsync(page, playground, "Would you like someone from the council to reply", "Yes");
        await PressAsync(page, playground, "How would you like them to reply?", "Here in this chat");
        await PressAsync(page, playground, "share it with the council team", "Yes");

        var summary = cards.Filter(new() { HasText = "Shall I send it?" });
        await StepAsync("the summary is a card with each answer on its own line", page, playground, async () =>
        {
            await Expect(summary).ToHaveCountAsync(1, new() { Timeout = Patience });
            await Expect(summary).ToContainTextAsync("My PA keeps changing");
            await Expect(summary).ToContainTextAsync("Here in this chat");
            // A fact list: each label on a line of its own, beside its answer, not run together in one sentence.
            var lines = (await summary.InnerTextAsync()).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains("About", lines);
            Assert.Contains("Leaving care support", lines);
        });
        await AssertShownRightAsync(page);
        await Chromium.SaveScreenshotAsync(page, "feedback-cards-playground.png");
        // The Playground is a desktop page (a 330 px sidebar); Teams on a phone gives a card about 340 px. Laid out
        // that narrow, the summary still shows every answer and every button title whole.
        var message = page.Locator(BotMessages).Filter(new() { HasText = "Shall I send it?" });
        await message.EvaluateAsync("e => { e.style.width = '340px'; e.style.maxWidth = '340px'; }");
        await AssertShownRightAsync(page);
        await SaveScreenshotAsync(message, "feedback-cards-playground-360.png");
        await message.EvaluateAsync("e => { e.style.width = ''; e.style.maxWidth = ''; }");

        await summary.GetByRole(AriaRole.Button, new() { Name = "Send it", Exact = true }).ClickAsync();
        await StepAsync("sending gives a reference", page, playground, () =>
            Expect(page.GetByText(new System.Text.RegularExpressions.Regex(@"FB-\d{4}-\d{6}")).First).ToBeVisibleAsync(new() { Timeout = Patience }));
        Assert.Equal(0, await OutsideCardsAsync(page, "Shall I send it?"));
    }

    /// <summary>Presses a button on the newest card asking <paramref name="question"/>.</summary>
    private static async Task PressAsync(IPage page, AgentsPlayground playground, string question, string button)
    {
        var card = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = question }).Last;
        await StepAsync($"a card asks \"{question}\" with a \"{button}\" button", page, playground, () =>
            Expect(card.GetByRole(AriaRole.Button, new() { Name = button, Exact = true })).ToBeVisibleAsync(new() { Timeout = Patience }));
        await card.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
    }

    /// <summary>As <see cref="Chromium.SaveScreenshotAsync"/>, of one element.</summary>
    private static async Task SaveScreenshotAsync(ILocator element, string name)
    {
        var folder = Environment.GetEnvironmentVariable("CROYDONBOT_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await element.ScreenshotAsync(new() { Path = Path.Combine(folder, name) });
        }
    }

    private async Task<IPage> OpenAsync(AgentsPlayground playground, int width, int height)
    {
        var page = await _chromium.NewPageAsync(width, height);
        page.SetDefaultTimeout(Patience);
        await page.GotoAsync(playground.Address.AbsoluteUri);
        await StepAsync("the welcome message appears", page, playground, () =>
            Expect(page.GetByText("I answer questions about Croydon").First).ToBeVisibleAsync(new() { Timeout = Patience }));
        // The log panel echoes raw activities; what is checked and shot is the conversation a person reads.
        await page.GetByTitle("Toggle Log Panel").ClickAsync();
        return page;
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var box = page.GetByRole(AriaRole.Textbox);
        await box.ClickAsync();
        await box.FillAsync(text);
        await page.GetByLabel("Send Message").ClickAsync();
    }

    /// <summary>
    /// What a person sees in the conversation: no raw markdown in any reply, and every card button's title shown
    /// whole (a title wider than its button is cut short with an ellipsis).
    /// </summary>
    private static async Task AssertShownRightAsync(IPage page)
    {
        var shown = await page.Locator(BotMessages).AllInnerTextsAsync();
        Assert.NotEmpty(shown);
        Assert.DoesNotContain(shown, text => text.Contains("**", StringComparison.Ordinal));
        var clipped = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.ac-adaptiveCard button, .ac-adaptiveCard button *')]" +
            ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.innerText)");
        Assert.Empty(clipped);
        Assert.True(await page.Locator(".ac-adaptiveCard button").CountAsync() > 0, "the cards' buttons were looked at");
    }

    /// <summary>How many of the bot's messages show <paramref name="text"/> without a card: a card's question said twice.</summary>
    private static Task<int> OutsideCardsAsync(IPage page, string text) =>
        page.Locator(BotMessages).Filter(new() { HasText = text }).Filter(new() { HasNot = page.Locator(".ac-adaptiveCard") }).CountAsync();

    /// <summary>The bot's messages in the Playground's conversation, one element each.</summary>
    private const string BotMessages = ".fai-OutputCard";

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
