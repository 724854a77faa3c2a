using System.Collections.Concurrent;
using CroydonBot.Protocol;

namespace CroydonBot.Bot;

/// <summary>
/// Collects replies for an expectReplies response instead of calling the connector, as Bot Builder's
/// BufferedReplyActivities does. Each reply gets a locally generated id so clients can tell them apart.
/// </summary>
public sealed class BufferedReplySink : IReplySink
{
    private readonly ConcurrentQueue<Activity> _replies = new();

    public IReadOnlyList<Activity> Replies => [.. _replies];

    public Task<ResourceResponse> SendAsync(Activity incoming, Activity reply, CancellationToken cancellationToken)
    {
        // Typing indicators mean nothing in a synchronous response.
        if (reply.Type == ActivityTypes.Typing)
        {
            return Task.FromResult(new ResourceResponse(null));
        }
        reply.Id ??= Guid.NewGuid().ToString("N");
        reply.Timestamp ??= DateTimeOffset.UtcNow;
        _replies.Enqueue(reply);
        return Task.FromResult(new ResourceResponse(reply.Id));
    }
}
