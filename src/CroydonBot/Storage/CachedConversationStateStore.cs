namespace CroydonBot.Storage;

/// <summary>
/// Conversation state with a write-through cache in front, for SQLite only: a SQLite file belongs to one
/// instance, so what this instance last saved is what the file holds. Never used with PostgreSQL, where
/// other instances change the same rows.
/// </summary>
/// <remarks>
/// Only saves fill the cache, from inside the write, so entries change in the order the writes commit and
/// two racing saves of one conversation cannot leave it disagreeing with the file; a load that misses reads
/// the file and caches nothing, so it can never put back a state older than a save that overtook it.
/// </remarks>
public sealed class CachedConversationStateStore(SqlConversationStateStore inner, ConversationStateCache cache) : IConversationStateStore
{
    public async Task<ConversationState> LoadAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        ConversationStateJson.Read(cache.TryGet(Key(channelId, conversationId), out var json)
            ? json
            : await inner.LoadJsonAsync(channelId, conversationId, cancellationToken));

    public async Task SaveAsync(string channelId, string conversationId, ConversationState state, CancellationToken cancellationToken)
    {
        var key = Key(channelId, conversationId);
        var json = inner.ToJson(state);
        try
        {
            await inner.SaveJsonAsync(channelId, conversationId, json, () => cache.Set(key, json), cancellationToken);
        }
        catch
        {
            // The cache may hold this save's JSON though the commit failed: forget it, the file has the truth.
            cache.Remove(key);
            throw;
        }
    }

    /// <summary>Forgets every cached state (after retention deleted rows), so the next load reads the file.</summary>
    public void ForgetAll() => cache.Clear();

    // In memory only, so the raw ids are fine here and save a hash per load.
    private static string Key(string channelId, string conversationId) => channelId + "\n" + conversationId;
}
