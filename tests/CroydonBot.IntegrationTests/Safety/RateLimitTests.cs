using System.Net;
using System.Net.Http.Json;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;

namespace CroydonBot.IntegrationTests.Safety;

public sealed class RateLimitTests
{
    [Fact]
    public async Task AConversationSendingTooFastIsAskedKindlyToWait()
    {
        await using var host = await BotHost.StartAsync("RateLimits:PerConversationPerMinute=3");
        var conversation = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 3; i++)
        {
            await host.Client.AskAsync("what is a personal adviser", conversation);
        }

        var replies = await host.Client.AskAsync("what is a personal adviser", conversation);

        var reply = Assert.Single(replies);
        Assert.Contains("faster than I can read", reply.Text);
        Assert.Equal(conversation, reply.Conversation!.Id);
        Assert.Equal(3, await QuestionLogFile.CountAsync(host.DatabasePath));

        // Normal delivery has no body to show, so the channel gets a 429 it can retry after.
        using var limited = await host.Client.PostAsJsonAsync("api/messages", Activities.Message("hello", conversation, expectReplies: false), ProtocolJson.Options);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        Assert.True(limited.Headers.RetryAfter is not null);

        // Another conversation is not held back.
        Assert.NotEmpty(await host.Client.AskAsync("what is a personal adviser"));
    }

    [Fact]
    public async Task AnAddressMakingTooManyRequestsGets429()
    {
        await using var host = await BotHost.StartAsync("RateLimits:PerAddressPerMinute=5");
        for (var i = 0; i < 5; i++)
        {
            using var ok = await host.Client.GetAsync("healthz");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await host.Client.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task TheLimitsCanBeRaisedForALoadTest()
    {
        await using var host = await BotHost.StartAsync("RateLimits:PerConversationPerMinute=1000", "RateLimits:PerAddressPerMinute=100000");
        var conversation = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 30; i++)
        {
            using var response = await host.Client.PostAsJsonAsync("api/messages", Activities.Message("hi", conversation), ProtocolJson.Options);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
