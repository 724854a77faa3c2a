using System.Threading.RateLimiting;
using CroydonBot.Protocol;
using Microsoft.Extensions.Options;

namespace CroydonBot.Safety;

/// <summary>
/// Three limits chained: per client address (every request), per conversation (activities posted to /api/messages) and
/// per address for web chat tokens. Owned by the container so they are disposed with the app: a partitioned limiter runs
/// a timer until disposed, and a running timer is a GC root that held a stopped app (its index and models) in memory.
/// </summary>
public sealed class SafetyRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext>[] _parts;

    public SafetyRateLimits(IOptions<RateLimitOptions> options)
    {
        var settings = options.Value;
        _parts =
        [
            PartitionedRateLimiter.Create<HttpContext, string>(http => settings.Enabled
                ? RateLimitPartition.GetFixedWindowLimiter("address:" + http.Connection.RemoteIpAddress, _ => PerMinute(settings.PerAddressPerMinute))
                : RateLimitPartition.GetNoLimiter("off")),
            PartitionedRateLimiter.Create<HttpContext, string>(http => settings.Enabled && InboundActivity.Of(http) is { Type: ActivityTypes.Message } activity
                ? RateLimitPartition.GetSlidingWindowLimiter(ConversationPartition(activity), _ => Sliding(settings.PerConversationPerMinute))
                : RateLimitPartition.GetNoLimiter("none")),
            PartitionedRateLimiter.Create<HttpContext, string>(http => settings.Enabled && IsTokenRequest(http)
                ? RateLimitPartition.GetFixedWindowLimiter("tokens:" + http.Connection.RemoteIpAddress, _ => PerMinute(settings.TokensPerAddressPerMinute))
                : RateLimitPartition.GetNoLimiter("none")),
        ];
        All = PartitionedRateLimiter.CreateChained(_parts);
    }

    /// <summary>Every limit at once: a lease is acquired only when each allows the request.</summary>
    public PartitionedRateLimiter<HttpContext> All { get; }

    public void Dispose()
    {
        // CreateChained does not dispose its parts, so each is disposed here.
        All.Dispose();
        foreach (var part in _parts)
        {
            part.Dispose();
        }
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
}
