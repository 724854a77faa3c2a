using System.Net;
using System.Net.WebSockets;
using System.Text;
using CroydonBot.DirectLine;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.DirectLine;

/// <summary>The WebSocket stream. Typing is sent straight away, so every answer is preceded by a typing indicator on it.</summary>
public sealed class DirectLineStreamTests() : DirectLineAppTests("TypingDelay=00:00:00")
{
    [Fact]
    public async Task TheStreamCarriesTheWelcomeTheEchoTypingAndTheAnswerAndIgnoresEmptyPings()
    {
        var conversation = await Api.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(conversation.StreamUrl!), CancellationToken.None);

        var welcome = await DirectLineApi.ReceiveUntilAsync(socket, a => a.Type == ActivityTypes.Message);
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, true, CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes(""), WebSocketMessageType.Text, true, CancellationToken.None);
        var id = await Api.PostMessageAsync(conversation, "what did ofsted say in 2024", "client-7");
        var seen = await DirectLineApi.ReceiveUntilAsync(socket, a => ReplyChannelData.KindOf(a) == ReplyKinds.Answer);

        Assert.Single(welcome, a => a.Type == ActivityTypes.Message);
        var echo = seen.First(a => a.Id == id);
        Assert.Equal("client-7", echo.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Contains(seen, a => a.Type == ActivityTypes.Typing);
        Assert.True(seen.FindIndex(a => a.Id == id) < seen.FindIndex(a => a.Type == ActivityTypes.Typing));
        Assert.Equal(WebSocketState.Open, socket.State);
        var polled = await Api.GetActivitiesAsync(conversation);
        Assert.DoesNotContain(polled.Activities, a => a.Type == ActivityTypes.Typing);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
    }

    [Fact]
    public async Task FramesAreActivitySetsWithAnAdvancingWatermark()
    {
        var conversation = await Api.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(conversation.StreamUrl!), CancellationToken.None);

        var frame = await DirectLineApi.ReceiveFrameAsync(socket);

        using var json = System.Text.Json.JsonDocument.Parse(frame);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, json.RootElement.GetProperty("activities").ValueKind);
        Assert.Equal("1", json.RootElement.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task ReconnectingFromAWatermarkReplaysOnlyWhatCameAfterIt()
    {
        var conversation = await Api.StartAsync();
        await Api.PostMessageAsync(conversation, "hello", "c1");
        var log = await Api.WaitForActivitiesAsync(conversation, 3);
        using var reconnect = await Api.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}?watermark=1", conversation.Token);
        var streamUrl = (await DirectLineApi.ConversationAsync(reconnect)).StreamUrl!;
        using var socket = new ClientWebSocket();

        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        var replayed = await DirectLineApi.ReceiveUntilAsync(socket, a => a.Id == log.Activities[^1].Id);

        Assert.Equal(log.Activities.Skip(1).Select(a => a.Id), replayed.Select(a => a.Id));
    }

    [Fact]
    public async Task ASecondSocketTakesOverAndTheFirstIsClosedAsACollision()
    {
        var conversation = await Api.StartAsync();
        using var first = new ClientWebSocket();
        using var second = new ClientWebSocket();
        await first.ConnectAsync(new Uri(conversation.StreamUrl!), CancellationToken.None);
        await DirectLineApi.ReceiveFrameAsync(first);

        await second.ConnectAsync(new Uri(conversation.StreamUrl!), CancellationToken.None);
        await DirectLineApi.ReceiveFrameAsync(second);
        var closed = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineApi.ReceiveFrameAsync(first));

        Assert.Contains("collision", closed.Message);
        await Api.PostMessageAsync(conversation, "hello", "c1");
        var seen = await DirectLineApi.ReceiveUntilAsync(second, a => a.Text == "hello");
        Assert.Contains(seen, a => a.Text == "hello");
    }

    [Fact]
    public async Task AStreamWithATokenForAnotherConversationIsRefused()
    {
        var mine = await Api.StartAsync();
        var theirs = await Api.StartAsync();
        var url = theirs.StreamUrl!.Replace(Uri.EscapeDataString(theirs.Token), Uri.EscapeDataString(mine.Token), StringComparison.Ordinal);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(url), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }
}
