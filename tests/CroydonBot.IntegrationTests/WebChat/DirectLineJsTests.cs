using System.Net.Http.Json;
using System.Text.Json;
using CroydonBot.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace CroydonBot.IntegrationTests.WebChat;

/// <summary>
/// The official botframework-directlinejs (from tools/web/node_modules) in Chromium against the embedded
/// Direct Line, once over the WebSocket and once by polling. The test page is served on the bot's own origin.
/// </summary>
[Collection(CroydonBot.IntegrationTests.Infrastructure.BrowserCollection.Name)]
public sealed class DirectLineJsTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private Chromium _chromium = null!;

    public async Task InitializeAsync()
    {
        // Typing straight away: typing travels only over the WebSocket, which tells the two transports apart.
        _host = await BotHost.StartAsync("TypingDelay=00:00:00");
        _chromium = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DirectLineJsGetsTheWelcomeTheEchoAndTheAnswer(bool webSocket)
    {
        var page = await OpenTestPageAsync();
        using var tokenResponse = await _host.Client.PostAsync("api/webchat/token", null);
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>();

        await page.EvaluateAsync(@"([token, domain, webSocket]) => {
            window.received = [];
            const directLine = new DirectLine.DirectLine({ token, domain, webSocket, pollingInterval: 300 });
            window.directLine = directLine;
            directLine.activity$.subscribe(a => window.received.push(a));
        }", new object[] { token.GetProperty("token").GetString()!, new Uri(_host.BaseAddress, "v3/directline").ToString(), webSocket });
        // Typing is never stored, only streamed: post once the welcome shows the stream (or poll) is up.
        await page.WaitForFunctionAsync("window.received.some(a => a.type === 'message')", null, new() { Timeout = 30000 });
        await page.EvaluateAsync(@"() => { window.directLine.postActivity({
                type: 'message', from: { id: 'someone', role: 'user' }, text: 'what did ofsted say in 2024',
                channelData: { clientActivityID: 'dljs-1' }
            }).subscribe(id => window.postedId = id, e => window.postError = String(e)); }");
        try
        {
            await page.WaitForFunctionAsync("window.received.some(a => a.channelData && a.channelData.kind === 'answer')", null, new() { Timeout = 30000 });
        }
        catch (TimeoutException)
        {
            var state = await page.EvaluateAsync<string>("JSON.stringify({ received: window.received, postError: window.postError, status: window.directLine.connectionStatus$.getValue() })");
            Assert.Fail($"No answer reached DLJS. Page state: {state}; console: {string.Join(" | ", _chromium.ConsoleErrors)}");
        }

        var received = await page.EvaluateAsync<JsonElement>("window.received");
        var postedId = await page.EvaluateAsync<string>("window.postedId");
        var activities = received.EnumerateArray().ToList();
        var welcome = activities.First(a => a.GetProperty("type").GetString() == "message");
        Assert.Contains("CroydonBot", welcome.GetProperty("text").GetString());
        var echo = activities.Single(a => a.TryGetProperty("channelData", out var d) && d.TryGetProperty("clientActivityID", out var c) && c.GetString() == "dljs-1");
        Assert.Equal(postedId, echo.GetProperty("id").GetString());
        Assert.Equal(token.GetProperty("userId").GetString(), echo.GetProperty("from").GetProperty("id").GetString());
        var answer = activities.Single(a => a.TryGetProperty("channelData", out var d) && d.TryGetProperty("kind", out var k) && k.GetString() == "answer");
        Assert.Contains("Source", answer.GetProperty("text").GetString());
        Assert.Equal(webSocket, activities.Any(a => a.GetProperty("type").GetString() == "typing"));
        Assert.Equal(2, await page.EvaluateAsync<int>("window.directLine.connectionStatus$.getValue()"));
        Assert.Empty(_chromium.ConsoleErrors);
    }

    /// <summary>
    /// A page on the bot's own origin with DLJS's browser bundle loaded. It must really come from the server:
    /// Chromium's local network access checks block a page it did not fetch from loopback from reaching it.
    /// </summary>
    private async Task<IPage> OpenTestPageAsync()
    {
        // The test injects DLJS as an inline script, which the app's Content Security Policy rightly blocks.
        var page = await _chromium.NewPageAsync(bypassCsp: true);
        var bundle = Path.Combine(RepoPaths.Root, "tools", "web", "node_modules", "botframework-directlinejs", "dist", "directline.js");
        Assert.True(File.Exists(bundle), "Run scripts/test-deps.sh to install the npm clients in tools/web.");
        await page.GotoAsync(new Uri(_host.BaseAddress, "healthz").ToString());
        await page.AddScriptTagAsync(new() { Path = bundle });
        return page;
    }
}
