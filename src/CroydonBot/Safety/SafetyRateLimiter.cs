using System.Threading.RateLimiting;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CroydonBot.Safety;

/// <summary>
/// ASP.NET Core's rate limiter with two limits chained: per client address (every request) and per
/// conversation (activities posted to /api/messages). A refused request gets a kind answer, not a bare error.
/// </summary>
public static class SafetyRateLimiter
{
    public static IServiceCollection AddSafetyRateLimiter(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            var settings = limits.Value;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => settings.Enabled
                    ? RateLimitPartition.GetFixedWindowLimiter("address:" + http.Connection.RemoteIpAddress, _ => PerMinute(settings.PerAddressPerMinute))
                    : RateLimitPartition.GetNoLimiter("off")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => settings.Enabled && InboundActivity.Of(http) is { Type: ActivityTypes.Message } activity
                    ? RateLimitPartition.GetSlidingWindowLimiter(ConversationPartition(activity), _ => Sliding(settings.PerConversationPerMinute))
                    : RateLimitPartition.GetNoLimiter("none")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => settings.Enabled && IsTokenRequest(http)
                    ? RateLimitPartition.GetFixedWindowLimiter("tokens:" + http.Connection.RemoteIpAddress, _ => PerMinute(settings.TokensPerAddressPerMinute))
                    : RateLimitPartition.GetNoLimiter("none")));
            options.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    /// <summary>
    /// The conversation's partition. An id too long to be real shares one partition with every other such id,
    /// so partition keys (kept in memory until idle) stay small whatever a caller sends.
    /// </summary>
    private static string ConversationPartition(Activity activity)
    {
        var key = activity.ChannelId + "\n" + activity.Conversation?.Id;
        return key.Length <= 1024 ? "conversation:" + key : "conversation:overlong";
    }

    /// <summary>Each web chat token makes a Direct Line conversation: these are throttled per address.</summary>
    private static bool IsTokenRequest(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals("/api/webchat/token", StringComparison.OrdinalIgnoreCase);

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    private static SlidingWindowRateLimiterOptions Sliding(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        SegmentsPerWindow = 6,
        QueueLimit = 0,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var replies = http.RequestServices.GetRequiredService<ReplyFactory>();
        var text = replies.Fill(replies.Wording.RateLimited.Text);
        http.Response.Headers.RetryAfter = "60";
        if (InboundActivity.Of(http) is { ExpectsReplies: true, Type: ActivityTypes.Message } activity)
        {
            // PROTOCOL: an expectReplies caller shows what is in the body, so it gets 200 with a kind message
            // instead of a 429 it would show as a failure. Nothing is logged or stored for this activity.
            var reply = replies.Message(replies.Wording.RateLimited.Text, ReplyKinds.Fallback);
            reply.Conversation = activity.Conversation;
            reply.From = activity.Recipient;
            reply.Recipient = activity.From;
            reply.ReplyToId = activity.Id;
            reply.ChannelId = activity.ChannelId;
            reply.Id = Guid.NewGuid().ToString("N");
            http.Response.StatusCode = StatusCodes.Status200OK;
            await http.Response.WriteAsJsonAsync(new ExpectedReplies([reply]), ProtocolJson.Options, cancellationToken);
            return;
        }
        // Normal delivery: the channel retries or shows "not sent"; the title says why in plain words.
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: text).ExecuteAsync(http);
    }
}
