using System.Globalization;
using Dapper;

namespace CroydonBot.Storage;

/// <summary>
/// Conversation state as one JSON row per conversation. The key is a hash of channel and conversation id,
/// so the table holds no channel identifiers. Question text kept for follow-ups arrives already redacted;
/// what dialogs collected is redacted here, before it is written, by <see cref="IConversationStateRedaction"/>.
/// </summary>
public sealed class SqlConversationStateStore(ISqlDatabase database, IdentityHasher hasher, IConversationStateRedaction? redaction = null) : IConversationStateStore
{
    private const string Upsert =
        """
        INSERT INTO conversation_state (conversation_key, state_json, updated_at) VALUES (@key, @json, @at)
        ON CONFLICT (conversation_key) DO UPDATE SET state_json = excluded.state_json, updated_at = excluded.updated_at
        """;

    public async Task<ConversationState> LoadAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        ConversationStateJson.Read(await LoadJsonAsync(channelId, conversationId, cancellationToken));

    public Task SaveAsync(string channelId, string conversationId, ConversationState state, CancellationToken cancellationToken) =>
        SaveJsonAsync(channelId, conversationId, ToJson(state), written: null, cancellationToken);

    /// <summary>The stored JSON, or null when the conversation has none.</summary>
    public async Task<string?> LoadJsonAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(channelId, conversationId, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(
            "SELECT state_json FROM conversation_state WHERE conversation_key = @key", new { key });
    }

    /// <summary>The state as it is stored, after redacting what dialogs collected.</summary>
    public string ToJson(ConversationState state)
    {
        redaction?.Apply(state);
        return ConversationStateJson.Write(state);
    }

    /// <summary>
    /// Stores the JSON. <paramref name="written"/>, if given, runs inside the write once the row is written,
    /// so successive calls come in the order the writes commit; it must be quick and must not throw.
    /// </summary>
    public async Task SaveJsonAsync(string channelId, string conversationId, string json, Action? written, CancellationToken cancellationToken)
    {
        // The key first: hashing may read the salt, which must not happen inside the write.
        var parameters = new
        {
            key = await KeyAsync(channelId, conversationId, cancellationToken),
            json,
            at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        await database.WriteAsync(async (connection, transaction, _) =>
        {
            var rows = PreparedWrites.Applies(connection)
                ? PreparedWrites.Execute(connection, transaction, Upsert, [("@key", parameters.key), ("@json", parameters.json), ("@at", parameters.at)])
                : await connection.ExecuteAsync(Upsert, parameters, transaction);
            written?.Invoke();
            return rows;
        }, cancellationToken);
    }

    private Task<string> KeyAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        hasher.ConversationAsync(channelId, conversationId, cancellationToken);
}
