using CroydonBot.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CroydonBot.IntegrationTests.WebChat;

/// <summary>
/// A conversation, not a search box, as a young person has it in the real Web Chat in Chromium: a follow-up
/// read against the question before, a question asked in the middle of giving feedback (answered, then the
/// feedback carries on), a change of mind in their own words, and a feedback conversation left too long.
/// </summary>
[Collection(CroydonBot.IntegrationTests.Infrastructure.BrowserCollection.Name)]
public sealed class WebChatConversationTests : IAsyncLifetime
{
    // Web Chat's markdown turns ' into a curly quote, so match words without one.
    private const string Welcome = "I answer questions about Croydon";
    private const string TopicQuestion = "What is your feedback about?";
    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 30_000 };

    private Chromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();
    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    [Fact]
    public async Task AFollowUpAQuestionMidFeedbackAndANaturalCancelAreUnderstood()
    {
        await using var host = await BotHost.StartAsync();
        var page = await OpenAsync(host);

        await SendAsync(page, "what rating did croydon get from ofsted");
        await Expect(Bubble(page, "good").Last).ToBeVisibleAsync(Patient);
        // A follow-up with no subject of its own is read against the question before it.
        await SendAsync(page, "and in 2017?");
        await Expect(Bubble(page, "inadequate").Last).ToBeVisibleAsync(Patient);

        await SendAsync(page, "give feedback");
        await Expect(Bubble(page, TopicQuestion)).ToBeVisibleAsync(Patient);
        // A question in the middle is answered, then the same feedback question comes back.
        await SendAsync(page, "does croydon have a housing panel for care leavers?");
        await Expect(Bubble(page, "housing panel").First).ToBeVisibleAsync(Patient);
        await Expect(Bubble(page, "Back to your feedback")).ToBeVisibleAsync(Patient);
        await Expect(Bubble(page, "Back to your feedback")).ToContainTextAsync(TopicQuestion);

        await SendAsync(page, "Sorry, I have changed my mind, please cancel.");
        await Expect(Bubble(page, "nothing was sent")).ToBeVisibleAsync(Patient);

        // Markdown is rendered, never shown as raw asterisks.
        var shown = await page.Locator(".webchat__bubble").AllInnerTextsAsync();
        Assert.DoesNotContain(shown, text => text.Contains("**", StringComparison.Ordinal));
        Assert.Empty(_chromium.ConsoleErrors);
    }

    [Fact]
    public async Task AFeedbackConversationLeftTooLongIsOfferedBackNotSilentlyContinued()
    {
        // A limit of zero minutes makes every pause a long one, without the test waiting or reading a clock.
        await using var host = await BotHost.StartAsync("Dialogs:StaleAfterMinutes=0");
        var page = await OpenAsync(host);

        await SendAsync(page, "give feedback");
        await Expect(Bubble(page, TopicQuestion)).ToBeVisibleAsync(Patient);

        await SendAsync(page, "what is staying put");
        await Expect(Bubble(page, "foster carer").First).ToBeVisibleAsync(Patient);
        await Expect(Bubble(page, "carry on")).ToBeVisibleAsync(Patient);

        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = "Carry on", Exact = true }).ClickAsync();
        await Expect(Bubble(page, TopicQuestion)).ToHaveCountAsync(2, new() { Timeout = Patient.Timeout });
        Assert.Empty(_chromium.ConsoleErrors);
    }

    [Theory]
    [InlineData(360, 740, "webchat-answer-360.png")]
    [InlineData(1280, 860, "webchat-answer-desktop.png")]
    public async Task ANewAnswerOpensAtItsStartFormattedWithNumbersToTap(int width, int height, string screenshot)
    {
        await using var host = await BotHost.StartAsync();
        var page = await OpenAsync(host, width, height);

        await SendAsync(page, "who do i call out of hours?");
        var answer = Bubble(page, "Emergency Duty Team").Last;
        await Expect(answer).ToBeVisibleAsync(Patient);
        await Chromium.WaitForTranscriptToRestAsync(page);

        // On a phone the answer is longer than the screen: it opens at its first line, its source lines below.
        var pane = await page.Locator(".webchat__basic-transcript__scrollable").BoundingBoxAsync();
        var box = await answer.BoundingBoxAsync();
        if (width <= 400)
        {
            Assert.True(box!.Height > pane!.Height, $"the answer ({box.Height} px) is taller than the transcript ({pane.Height} px)");
        }
        Assert.True(await Chromium.StartIsInViewAsync(page, answer), "the answer's first line is in view");

        // Formatted: the numbers are links a phone dials, and no markdown is shown raw.
        var numbers = answer.Locator("a[href^='tel:']");
        Assert.True(await numbers.CountAsync() >= 2, "the answer's phone numbers are tel: links");
        var first = numbers.First;
        Assert.Equal(Digits(await first.InnerTextAsync()), Digits(await first.GetAttributeAsync("href") ?? ""));
        var shown = await page.Locator(".webchat__bubble").AllInnerTextsAsync();
        Assert.DoesNotContain(shown, text => text.Contains("**", StringComparison.Ordinal));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await Chromium.SaveScreenshotAsync(page, screenshot);
        Assert.Empty(_chromium.ConsoleErrors);
    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    private async Task<IPage> OpenAsync(BotHost host, int width = 1280, int height = 860)
    {
        var page = await _chromium.NewPageAsync(width, height);
        await page.GotoAsync(host.BaseAddress.ToString());
        await Expect(Bubble(page, Welcome)).ToBeVisibleAsync(Patient);
        return page;
    }

    /// <summary>The bot's chat bubbles holding <paramref name="text"/>, as a person sees them.</summary>
    private static ILocator Bubble(IPage page, string text) =>
        page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").Filter(new() { HasText = text });

    private static async Task SendAsync(IPage page, string text)
    {
        var input = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
