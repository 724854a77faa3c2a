using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using CroydonBot.DirectLine;
using CroydonBot.Protocol;

namespace CroydonBot.IntegrationTests.DirectLine;

/// <summary>Speaks the Direct Line 3.0 REST API to a host, as a client such as DLJS would.</summary>
public sealed class DirectLineApi(HttpClient client)
{
    public const string Secret = "test-direct-line-secret";

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, "v3/directline/" + path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ProtocolJson.Options);
        }
        return await client.SendAsync(request);
    }

    public async Task<DirectLineConversationResponse> GenerateTokenAsync(string? userId = null)
    {
        using var response = await SendAsync(HttpMethod.Post, "tokens/generate", Secret, userId is null ? null : new { user = new { id = userId } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ConversationAsync(response);
    }

    /// <summary>Generates a token and starts its conversation (the bot's welcome goes into the log).</summary>
    public async Task<DirectLineConversationResponse> StartAsync(string? userId = null)
    {
        var generated = await GenerateTokenAsync(userId);
        using var response = await SendAsync(HttpMethod.Post, "conversations", generated.Token, new { user = new { id = "web-chat-user" }, locale = "en-GB" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ConversationAsync(response);
    }

    public async Task<ActivitySet> GetActivitiesAsync(DirectLineConversationResponse conversation, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ActivitySet>(ProtocolJson.Options))!;
    }

    /// <summary>Posts a message as Web Chat does, with its own clientActivityID; returns the id Direct Line gave it.</summary>
    public async Task<string> PostMessageAsync(DirectLineConversationResponse conversation, string text, string clientActivityId)
    {
        var activity = WebChatMessage(text, clientActivityId);
        using var response = await SendAsync(HttpMethod.Post, $"conversations/{conversation.ConversationId}/activities", conversation.Token, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<ResourceResponse>(ProtocolJson.Options))!.Id;
        Assert.False(string.IsNullOrEmpty(id));
        return id!;
    }

    /// <summary>Polls until the log holds <paramref name="count"/> activities after <paramref name="watermark"/>.</summary>
    public async Task<ActivitySet> WaitForActivitiesAsync(DirectLineConversationResponse conversation, int count, string? watermark = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var set = await GetActivitiesAsync(conversation, watermark);
            if (set.Activities.Count >= count || DateTime.UtcNow > deadline)
            {
                return set;
            }
            await Task.Delay(100);
        }
    }

    public static Activity WebChatMessage(string text, string clientActivityId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "webchat",
        From = new ChannelAccount { Id = "web-chat-user", Name = "", Role = "user" },
        Locale = "en-GB",
        Text = text,
        TextFormat = "plain",
        ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = clientActivityId }),
    };

    /// <summary>The conversation (id, token, stream URL) in a token or conversation response's body.</summary>
    public static async Task<DirectLineConversationResponse> ConversationAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>(ProtocolJson.Options))!;

    /// <summary>The error code of a Direct Line ErrorResponse body.</summary>
    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("error").GetProperty("code").GetString();
    }

    /// <summary>Receives one text frame (ActivitySet JSON); throws after <paramref name="timeout"/>.</summary>
    public static async Task<string> ReceiveFrameAsync(ClientWebSocket socket, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException($"Closed: {result.CloseStatus} {result.CloseStatusDescription}");
            }
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    /// <summary>Reads frames until one holds an activity matching <paramref name="match"/>; returns every activity seen.</summary>
    public static async Task<List<Activity>> ReceiveUntilAsync(ClientWebSocket socket, Func<Activity, bool> match)
    {
        var seen = new List<Activity>();
        while (true)
        {
            var frame = await ReceiveFrameAsync(socket);
            if (frame.Length == 0)
            {
                continue;
            }
            var set = JsonSerializer.Deserialize<ActivitySet>(frame, ProtocolJson.Options)!;
            seen.AddRange(set.Activities);
            if (set.Activities.Any(match))
            {
                return seen;
            }
        }
    }
}
