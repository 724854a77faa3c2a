using System.Globalization;
using CroydonBot.Storage;
using Dapper;
using Microsoft.Extensions.Options;

namespace CroydonBot.Staff;

/// <summary>
/// Deletes conversation state nobody has touched for <see cref="RetentionOptions.ConversationStateHours"/>:
/// a dialog left half-way holds what the young person typed, and nothing needs it a day later.
/// </summary>
public sealed class ConversationStateRetention(ISqlDatabase database, IConversationStateStore store, IOptions<RetentionOptions> options)
{
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // updated_at is written as round-trip UTC text, which sorts as it compares.
        var cutoff = now.ToUniversalTime().AddHours(-options.Value.ConversationStateHours).ToString("O", CultureInfo.InvariantCulture);
        var deleted = await database.WriteAsync(
            (connection, transaction, _) => connection.ExecuteAsync("DELETE FROM conversation_state WHERE updated_at < @cutoff", new { cutoff }, transaction),
            cancellationToken);
        if (deleted > 0 && store is CachedConversationStateStore cached)
        {
            // The cache has no times; a full reload from the file is cheap and cannot bring a deleted row back.
            cached.ForgetAll();
        }
        return deleted;
    }
}
