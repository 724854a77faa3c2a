using CroydonBot.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CroydonBot.IntegrationTests.WebChat;

/// <summary>The page at / with the real Web Chat bundle, in Chromium, over the embedded Direct Line.</summary>
[Collection(CroydonBot.IntegrationTests.Infrastructure.BrowserCollection.Name)]
public sealed class WebChatPageTests : IAsyncLifetime
{
    private const string Question = "what did ofsted say in 2024";

    // Web Chat's markdown turns ' into a curly quote, so match words without one.
    private const string Welcome = "I answer questions about Croydon";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private BotHost _host = null!;
    private Chromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync();
        _chromium = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task AYoungPersonAsksGetsTheAnswerWithItsSourceTapsASuggestionAndKeepsTheHistoryAfterAReload()
    {
        var page = await _chromium.NewPageAsync();
        await page.GotoAsync(_host.BaseAddress.ToString());
        await Expect(Bubble(page, Welcome)).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

        await SendAsync(page, Question);
        var answer = Bubble(page, "judged good");
        await Expect(answer).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await Expect(answer).ToContainTextAsync("Source:");
        await Expect(answer).ToContainTextAsync("Ofsted");
        await Chromium.SaveScreenshotAsync(page, "webchat-desktop.png");

        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = "👍 Helpful", Exact = true }).ClickAsync();
        await Expect(Bubble(page, "Thanks for telling me")).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

        await page.ReloadAsync();
        await Expect(Bubble(page, "Thanks for telling me")).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        // Each earlier message is back, once: replayed from the conversation log, not duplicated.
        await Expect(page.Locator(".webchat__bubble--from-user").Filter(new() { HasText = Question })).ToHaveCountAsync(1);
        await Expect(Bubble(page, "judged good")).ToHaveCountAsync(1);
        await Expect(Bubble(page, Welcome)).ToHaveCountAsync(1);
        Assert.Empty(_chromium.ConsoleErrors);
    }

    [Fact]
    public async Task OnA360PixelPhoneTheWholeChatWorksWithTheKeyboardAlone()
    {
        var page = await _chromium.NewPageAsync(360, 740);
        await page.GotoAsync(_host.BaseAddress.ToString());
        await Expect(Bubble(page, Welcome)).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to the chat", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("chat", await page.EvaluateAsync<string>("document.activeElement.id"));
        await TabUntilAsync(page, "document.activeElement.matches('[data-id=\"webchat-sendbox-input\"]')");
        await page.Keyboard.TypeAsync(Question);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Bubble(page, "judged good")).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await Chromium.SaveScreenshotAsync(page, "webchat-phone.png");

        // Nothing may need sideways scrolling at 360 px.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.Equal("en-GB", await page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal("/privacy", await page.GetByRole(AriaRole.Link, new() { Name = "How we use your questions" }).GetAttributeAsync("href"));
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("[data-id=\"webchat-sendbox-input\"]").GetAttributeAsync("aria-label")));
        Assert.Empty(_chromium.ConsoleErrors);
    }

    [Fact]
    public async Task TheSecretNeverReachesThePage()
    {
        await using var host = await BotHost.StartAsync("DirectLine:Secret=a-secret-that-must-stay-on-the-server");
        var page = await _chromium.NewPageAsync();
        var bodies = new List<string>();
        page.Response += async (_, response) =>
        {
            if (!response.Url.EndsWith("webchat.js", StringComparison.Ordinal))
            {
                try { bodies.Add(await response.TextAsync()); } catch (PlaywrightException) { /* redirects and sockets have no body */ }
            }
        };

        await page.GotoAsync(host.BaseAddress.ToString());
        await Expect(Bubble(page, Welcome)).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

        Assert.NotEmpty(bodies);
        Assert.DoesNotContain(bodies, b => b.Contains("a-secret-that-must-stay-on-the-server", StringComparison.Ordinal));
    }

    /// <summary>The chat bubbles holding <paramref name="text"/>, as a person sees them.</summary>
    private static ILocator Bubble(IPage page, string text) => page.Locator(".webchat__bubble").Filter(new() { HasText = text });

    private static async Task SendAsync(IPage page, string text)
    {
        var input = page.Locator("[data-id=\"webchat-sendbox-input\"]");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    private static async Task TabUntilAsync(IPage page, string condition)
    {
        for (var i = 0; i < 15; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }
        }
        Assert.Fail("The keyboard never reached: " + condition);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
