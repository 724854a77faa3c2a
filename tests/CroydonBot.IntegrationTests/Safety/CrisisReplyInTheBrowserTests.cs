using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.WebChat;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace CroydonBot.IntegrationTests.Safety;

/// <summary>
/// The crisis reply as a young person sees it: in the real Web Chat (desktop and a 360 px phone) and in the real
/// Agents Playground, formatted (bold and a list, never a raw <c>**</c> or a "- " line), with every phone number
/// a link a phone can tap (<c>tel:</c>, Shout's text number <c>sms:</c>). Screenshots go to docs/screenshots
/// when CROYDONBOT_SCREENSHOTS points there.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CrisisReplyInTheBrowserTests : IAsyncLifetime
{
    private const string Crisis = "i want to kill myself tonight";

    // Web Chat's markdown turns ' into a curly quote, so match words without one.
    private const string CrisisWords = "really glad you told me";
    private const string Welcome = "I answer questions about Croydon";
    private static readonly float Patience = (float)TimeSpan.FromSeconds(45).TotalMilliseconds;

    private Chromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    public async Task DisposeAsync() => await _chromium.DisposeAsync();

    [Theory]
    [InlineData(1280, 860, "crisis-webchat-desktop.png")]
    [InlineData(360, 740, "crisis-webchat-360.png")]
    public async Task InWebChatTheCrisisReplyIsFormattedAndItsNumbersCanBeTapped(int width, int height, string screenshot)
    {
        await using var host = await BotHost.StartAsync();
        var page = await _chromium.NewPageAsync(width, height);
        await page.GotoAsync(host.BaseAddress.ToString());
        await Expect(page.Locator(".webchat__bubble").Filter(new() { HasText = Welcome })).ToBeVisibleAsync(new() { Timeout = Patience });

        var input = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await input.FillAsync(Crisis);
        await input.PressAsync("Enter");
        var reply = page.Locator(".webchat__bubble").Filter(new() { HasText = CrisisWords });
        await Expect(reply).ToBeVisibleAsync(new() { Timeout = Patience });

        await AssertFormattedAsync(reply);
        // It opens at its start ("I'm really glad you told me"), not scrolled to its last line, on a phone too.
        await Chromium.WaitForTranscriptToRestAsync(page);
        Assert.True(await Chromium.StartIsInViewAsync(page, reply), "the crisis reply's first line is in view");
        await Chromium.SaveScreenshotAsync(page, screenshot);
        // Nothing may need sideways scrolling, the numbers included.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.Empty(_chromium.ConsoleErrors);
    }

    [Fact]
    public async Task InTheAgentsPlaygroundTheCrisisReplyIsFormattedAndItsNumbersCanBeTapped()
    {
        await using var bot = await BotHost.StartAsync(RecordingConnector.AllowLoopback, "Channels:AllowedServiceUrlHosts:1=localhost");
        await using var playground = await AgentsPlayground.StartAsync(new Uri(bot.BaseAddress, "api/messages"), "msteams");
        var page = await _chromium.NewPageAsync(1280, 900);
        page.SetDefaultTimeout(Patience);
        try
        {
            await page.GotoAsync(playground.Address.AbsoluteUri);
            var box = page.GetByRole(AriaRole.Textbox);
            await box.ClickAsync();
            await box.FillAsync(Crisis);
            await page.GetByLabel("Send Message").ClickAsync();

            // On Teams the crisis reply is an Adaptive Card, whose markdown the client renders.
            var reply = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = CrisisWords });
            await Expect(reply).ToBeVisibleAsync(new() { Timeout = Patience });
            await AssertFormattedAsync(reply, textLinks: false);
            await Chromium.SaveScreenshotAsync(page, "crisis-teams-playground.png");

            // Shout's number is to text, and card renderers drop an sms: link in markdown: its button opens it.
            await page.EvaluateAsync("() => { window.__opened = []; window.open = (url) => { window.__opened.push(String(url)); return null; }; }");
            await reply.GetByText("Text SHOUT to 85258", new() { Exact = true }).ClickAsync();
            var opened = await page.EvaluateAsync<string[]>("() => window.__opened");
            Assert.Equal(["sms:85258"], opened);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new XunitException($"In the Agents Playground: {ex.Message}\n{playground.Output}");
        }
    }

    /// <summary>
    /// What a person would see: bold text and a list, no markdown left over, every number a link (in a card, the
    /// number to text is a button instead: <paramref name="textLinks"/> false).
    /// </summary>
    private static async Task AssertFormattedAsync(ILocator reply, bool textLinks = true)
    {
        var text = await reply.InnerTextAsync();
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Split('\n'), line => line.TrimStart().StartsWith("- ", StringComparison.Ordinal));
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
        Assert.True(await reply.Locator("strong, b").CountAsync() >= 3, "the helplines' names are bold");
        Assert.True(await reply.Locator("li").CountAsync() >= 5, "the helplines are a list");

        var links = reply.Locator("a[href^='tel:'], a[href^='sms:']");
        var count = await links.CountAsync();
        Assert.True(count >= (textLinks ? 6 : 5), $"expected every number as a tel: or sms: link, found {count}");
        for (var i = 0; i < count; i++)
        {
            var link = links.Nth(i);
            var href = await link.GetAttributeAsync("href") ?? "";
            var shown = await link.InnerTextAsync();
            // The link dials the number it shows: the same digits, spaces aside.
            Assert.Equal(Digits(shown), Digits(href));
            Assert.NotEmpty(Digits(href));
        }
        Assert.Equal(1, await reply.Locator("a[href='tel:999']").CountAsync());
        Assert.Equal(textLinks ? 1 : 0, await reply.Locator("a[href^='sms:']").CountAsync());
    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
