using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CroydonBot.IntegrationTests.DirectLine;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Safety;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task TheRateLimitsStopWithTheApp()
    {
        // A partitioned limiter runs a timer until it is disposed; left running, the timer queue held the stopped app's whole
        // pipeline and services (each integration test's host stayed in memory).
        var host = await BotHost.StartAsync();
        var limiter = host.Services.GetRequiredService<SafetyRateLimits>().All;
        using (var lease = limiter.AttemptAcquire(new DefaultHttpContext()))
        {
            Assert.True(lease.IsAcquired);
        }

        await host.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => limiter.AttemptAcquire(new DefaultHttpContext()));
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

    [Fact]
    public async Task ADirectLineConversationSendingTooFastGets429WithProblemDetailsAndRetryAfter()
    {
        await using var host = await BotHost.StartAsync($"DirectLine:Secret={DirectLineApi.Secret}", "RateLimits:PerConversationPerMinute=3");
        var api = new DirectLineApi(host.Client);
        var flooding = await api.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            await api.PostMessageAsync(flooding, "what is a personal adviser", $"c{i}");
        }

        using var limited = await api.SendAsync(HttpMethod.Post, $"conversations/{flooding.ConversationId}/activities", flooding.Token,
            DirectLineApi.WebChatMessage("what is a personal adviser", "c3"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("faster than I can read", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("TooManyRequests", problem.GetProperty("error").GetProperty("code").GetString());
        // Three answered turns were logged; the refused one was not read.
        Assert.Equal(3, await QuestionLogFile.CountAsync(host.DatabasePath));

        // Another conversation from the same address is not held back.
        var other = await api.StartAsync();
        await api.PostMessageAsync(other, "what is a personal adviser", "o1");
    }

    [Fact]
    public async Task AStrangerWithoutTheTokenCannotUseUpSomeoneElsesDirectLineAllowance()
    {
        await using var host = await BotHost.StartAsync($"DirectLine:Secret={DirectLineApi.Secret}", "RateLimits:PerConversationPerMinute=3");
        var api = new DirectLineApi(host.Client);
        var victim = await api.StartAsync();
        var stranger = await api.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            using var refused = await api.SendAsync(HttpMethod.Post, $"conversations/{victim.ConversationId}/activities", stranger.Token,
                DirectLineApi.WebChatMessage("spam", $"s{i}"));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        await api.PostMessageAsync(victim, "what is a personal adviser", "v1");
    }
}
