using System.Collections.Concurrent;

namespace CroydonBot.FeedbackReplies;

/// <summary>
/// The reply store for SQLite only, knowing in memory which users have replies waiting, so the question asked on every
/// message ("any replies waiting for this person?") reaches the database only for them. A SQLite file belongs to one
/// instance, and every reply is added through this store, so the set cannot miss one; it is never used with
/// PostgreSQL, where another instance may add a reply.
/// </summary>
/// <remarks>
/// The set may hold more users than have replies waiting (a delivered or deleted reply), which costs one query;
/// it never holds fewer. A user is added before their reply is written and again after it commits (a new
/// generation each time), and taken out only when a query found nothing and no reply for them was added meanwhile.
/// </remarks>
public sealed class CachedFeedbackReplyStore(SqlFeedbackReplyStore inner) : IFeedbackReplyStore
{
    private readonly ConcurrentDictionary<string, long> _waiting = new(StringComparer.Ordinal);
    private long _generation;
    private Task? _load;
    private readonly Lock _loadGate = new();

    public Task AddLinkAsync(FeedbackLink link, CancellationToken cancellationToken) => inner.AddLinkAsync(link, cancellationToken);

    public Task<FeedbackLink?> GetLinkAsync(string reference, CancellationToken cancellationToken) => inner.GetLinkAsync(reference, cancellationToken);

    public async Task<long> AddReplyAsync(string reference, string text, string sentBy, string delivery, string userHash, bool delivered, CancellationToken cancellationToken)
    {
        if (delivered)
        {
            return await inner.AddReplyAsync(reference, text, sentBy, delivery, userHash, delivered, cancellationToken);
        }
        Mark(userHash);
        try
        {
            return await inner.AddReplyAsync(reference, text, sentBy, delivery, userHash, delivered, cancellationToken);
        }
        finally
        {
            // A query that ran before the commit saw nothing; the new generation keeps it from taking the user out.
            Mark(userHash);
        }
    }

    public Task<IReadOnlyList<FeedbackReply>> RepliesAsync(string reference, CancellationToken cancellationToken) => inner.RepliesAsync(reference, cancellationToken);

    public async Task<IReadOnlyList<FeedbackReply>> WaitingForAsync(string userHash, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!_waiting.TryGetValue(userHash, out var generation))
        {
            return [];
        }
        var replies = await inner.WaitingForAsync(userHash, cancellationToken);
        if (replies.Count == 0)
        {
            _waiting.TryRemove(KeyValuePair.Create(userHash, generation));
        }
        return replies;
    }

    public Task MarkDeliveredAsync(long id, CancellationToken cancellationToken) => inner.MarkDeliveredAsync(id, cancellationToken);

    private void Mark(string userHash) => _waiting[userHash] = Interlocked.Increment(ref _generation);

    /// <summary>The users with replies waiting in the file when the bot started, read once.</summary>
    private Task LoadAsync(CancellationToken cancellationToken)
    {
        if (_load is { IsCompletedSuccessfully: true })
        {
            return Task.CompletedTask;
        }
        lock (_loadGate)
        {
            // A failed load (the database was busy) is tried again by the next message rather than remembered.
            if (_load is null || _load.IsFaulted || _load.IsCanceled)
            {
                _load = ReadWaitingUsersAsync(cancellationToken);
            }
            return _load;
        }
    }

    private async Task ReadWaitingUsersAsync(CancellationToken cancellationToken)
    {
        foreach (var user in await inner.UsersWithRepliesWaitingAsync(cancellationToken))
        {
            // Added or not, the user is in the set; a generation set by a reply added meanwhile is kept.
            _waiting.TryAdd(user, Interlocked.Increment(ref _generation));
        }
    }
}
