using System.Net.Http.Headers;
using System.Net.Http.Json;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;

namespace CroydonBot.IntegrationTests.Channels;

/// <summary>Posts activities to /api/messages with an Authorization header, as a channel does.</summary>
public static class AuthenticatedPosts
{
    public static Activity TeamsMessage(string text, string serviceUrl, bool expectReplies = true)
    {
        var activity = Activities.Message(text, serviceUrl: serviceUrl, expectReplies: expectReplies);
        activity.ChannelId = "msteams";
        return activity;
    }

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, Activity activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = JsonContent.Create(activity, options: ProtocolJson.Options),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }
        return await client.SendAsync(request);
    }
}
