using System.Globalization;
using System.Text.Json;
using CroydonBot.Safety;
using Dapper;

namespace CroydonBot.Storage;

/// <summary>
/// Conversation state as one JSON row per conversation. The key is a hash of channel and conversation id,
/// so the table holds no channel identifiers. Question text kept for follow-ups is redacted like the log.
/// </summary>
public sealed class SqlConversationStateStore(ISqlDatabase database, IdentityHasher hasher, IPersonalDataRedactor redactor) : IConversationStateStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ConversationState> LoadAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var json = await connection.ExecuteScalarAsync<string?>(
            "SELECT state_json FROM conversation_state WHERE conversation_key = @key",
            new { key = await KeyAsync(channelId, conversationId, cancellationToken) });
        if (json is null)
        {
            return new ConversationState();
        }
        try
        {
            return JsonSerializer.Deserialize<ConversationState>(json, Json) ?? new ConversationState();
        }
        catch (JsonException)
        {
            // A state written by an older version that no longer fits starts the conversation afresh.
            return new ConversationState();
        }
    }

    public async Task SaveAsync(string channelId, string conversationId, ConversationState state, CancellationToken cancellationToken)
    {
        if (state.LastAnswer is { } last)
        {
            last.Question = redactor.Redact(last.Question);
        }
        state.PendingQuestion = state.PendingQuestion is null ? null : redactor.Redact(state.PendingQuestion);
        // The key first: hashing may read the salt, which must not happen while holding the write turn.
        var key = await KeyAsync(channelId, conversationId, cancellationToken);
        var json = JsonSerializer.Serialize(state, Json);
        using var writing = await database.EnterWriteAsync(cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO conversation_state (conversation_key, state_json, updated_at) VALUES (@key, @json, @at)
            ON CONFLICT (conversation_key) DO UPDATE SET state_json = excluded.state_json, updated_at = excluded.updated_at
            """,
            new
            {
                key,
                json,
                at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            });
    }

    private Task<string> KeyAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        hasher.HashAsync(channelId + "\n" + conversationId, cancellationToken);
}
