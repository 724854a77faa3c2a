using System.Net.Http.Json;
using CroydonBot.Protocol;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>Builds the activities a channel would send, and posts them.</summary>
public static class Activities
{
    public static Activity Message(string text, string? conversationId = null, string serviceUrl = "http://127.0.0.1:9/", bool expectReplies = true, string userId = "user-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId ?? Guid.NewGuid().ToString("N") },
        From = new ChannelAccount { Id = userId, Name = "Young person" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "CroydonBot" },
        Text = text,
        Locale = "en-GB",
        DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
    };

    /// <summary>Posts with expectReplies and returns the replies.</summary>
    public static async Task<IReadOnlyList<Activity>> AskAsync(this HttpClient client, string text, string? conversationId = null, string userId = "user-1")
    {
        using var response = await client.PostAsJsonAsync("api/messages", Message(text, conversationId, userId: userId), ProtocolJson.Options);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        return body!.Activities;
    }
}
