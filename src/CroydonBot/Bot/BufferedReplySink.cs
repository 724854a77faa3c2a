using CroydonBot.Protocol;

namespace CroydonBot.Bot;

/// <summary>
/// Collects replies for an expectReplies response instead of calling the connector, as Bot Builder's
/// BufferedReplyActivities does. Each reply gets a locally generated id so clients can tell them apart.
/// </summary>
public sealed class BufferedReplySink : IReplySink
{
    // A list under a lock rather than a ConcurrentQueue: a turn sends a few replies, and the queue's first segment
    // (32 slots) was allocated for every turn.
    private readonly List<Activity> _replies = new(4);

    public IReadOnlyList<Activity> Replies
    {
        get
        {
            lock (_replies)
            {
                return [.. _replies];
            }
        }
    }

    public Task<ResourceResponse> SendAsync(Activity incoming, Activity reply, CancellationToken cancellationToken)
    {
        // Typing indicators mean nothing in a synchronous response.
        if (reply.Type == ActivityTypes.Typing)
        {
            return Task.FromResult(new ResourceResponse(null));
        }
        reply.Id ??= Guid.NewGuid().ToString("N");
        reply.Timestamp ??= DateTimeOffset.UtcNow;
        lock (_replies)
        {
            _replies.Add(reply);
        }
        return Task.FromResult(new ResourceResponse(reply.Id));
    }
}
