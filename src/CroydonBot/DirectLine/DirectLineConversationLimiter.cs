using System.Threading.RateLimiting;
using CroydonBot.Safety;
using Microsoft.Extensions.Options;

namespace CroydonBot.DirectLine;

/// <summary>
/// The per-conversation limit for activities posted through Direct Line, the same
/// <see cref="RateLimitOptions.PerConversationPerMinute"/> that /api/messages has. It is counted after the token is
/// checked, so only the conversation's own token holder spends its allowance: a stranger who knows the id (it is in
/// every URL) cannot use it up and silence someone else's chat.
/// </summary>
public sealed class DirectLineConversationLimiter : IDisposable
{
    /// <summary>Said to the caller when the limiter gives no better figure; the window is a minute.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(60);

    private readonly PartitionedRateLimiter<string> _limiter;

    public DirectLineConversationLimiter(IOptions<RateLimitOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversationId => settings.Enabled
            ? RateLimitPartition.GetSlidingWindowLimiter(conversationId, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, settings.PerConversationPerMinute),
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("off"));
    }

    /// <summary>Takes one activity from the conversation's allowance; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryTake(string conversationId)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero
            ? retryAfter
            : DefaultRetryAfter;
    }

    public void Dispose() => _limiter.Dispose();
}
