using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using CroydonBot.IntegrationTests.DirectLine;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;

namespace CroydonBot.IntegrationTests.Security;

/// <summary>
/// Finding 4: a Direct Line conversation's id is in every Direct Line URL; knowing it must not let anyone
/// drive (or read back) that conversation's dialog through /api/messages.
/// </summary>
public sealed class CrossEntryTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private DirectLineApi _api = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync($"DirectLine:Secret={DirectLineApi.Secret}");
        _api = new DirectLineApi(_host.Client);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    public async Task ApiMessagesNamingADirectLineConversationGetsAStateOfItsOwn(string channelId)
    {
        var victim = await _api.StartAsync();
        var welcome = await _api.WaitForActivitiesAsync(victim, 1);
        await _api.PostMessageAsync(victim, "feedback", "v1");
        await _api.WaitForActivitiesAsync(victim, 2, welcome.Watermark);
        const string Probe = "what did ofsted say about croydon in 2024";

        var stolen = Activities.Message(Probe, victim.ConversationId);
        stolen.ChannelId = channelId;
        using var response = await _host.Client.PostAsJsonAsync("api/messages", stolen, ProtocolJson.Options);
        var attacker = (await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options))!.Activities;
        var fresh = Activities.Message(Probe);
        fresh.ChannelId = channelId;
        using var freshResponse = await _host.Client.PostAsJsonAsync("api/messages", fresh, ProtocolJson.Options);
        var expected = (await freshResponse.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options))!.Activities;

        // The same answer a stranger gets in a new conversation: not a step of the victim's feedback dialog.
        Assert.Equal(expected.Select(a => a.Text), attacker.Select(a => a.Text));
    }

    [Fact]
    public async Task TheStreamAcceptsTheTokenInTheAuthorizationHeader()
    {
        var conversation = await _api.StartAsync();
        var stream = new UriBuilder(new Uri(_host.BaseAddress, $"v3/directline/conversations/{conversation.ConversationId}/stream?watermark=0")) { Scheme = "ws" }.Uri;
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + conversation.Token);

        await socket.ConnectAsync(stream, CancellationToken.None);
        var frame = await DirectLineApi.ReceiveFrameAsync(socket);

        Assert.Contains("\"activities\"", frame, StringComparison.Ordinal);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
    }

    [Fact]
    public async Task AWrongAuthorizationHeaderIsNotRescuedByAGoodQueryToken()
    {
        var conversation = await _api.StartAsync();
        var stream = new UriBuilder(new Uri(conversation.StreamUrl!)) { Scheme = "ws" }.Uri;
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer not-a-token");

        var failure = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(stream, CancellationToken.None));

        Assert.NotNull(failure);
    }
}
