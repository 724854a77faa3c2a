using System.Globalization;
using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.QuestionLog;

/// <summary>The question log in SQL; the statements run unchanged on SQLite and PostgreSQL.</summary>
public sealed class SqlQuestionLog(ISqlDatabase database) : IQuestionLog
{
    private const string Insert =
        """
        INSERT INTO questions (at, channel, conversation_hash, user_hash, question, kind, sources, confidence, topic, safeguarding, helpful)
        VALUES (@At, @Channel, @ConversationHash, @UserHash, @Question, @Kind, @Sources, @Confidence, @Topic, @Safeguarding, NULL)
        RETURNING id
        """;

    public Task<long> AddAsync(QuestionLogEntry entry, CancellationToken cancellationToken)
    {
        // Parameters are built before queueing: the writer runs one write at a time, so it should only run SQL.
        var parameters = new
        {
            At = entry.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            entry.Channel,
            entry.ConversationHash,
            entry.UserHash,
            entry.Question,
            entry.Kind,
            entry.Sources,
            entry.Confidence,
            entry.Topic,
            Safeguarding = entry.SafeguardingFlag ? 1 : 0,
        };
        return database.WriteAsync(
            (connection, transaction, _) => connection.ExecuteScalarAsync<long>(Insert, parameters, transaction), cancellationToken);
    }

    public Task SetHelpfulAsync(long id, bool helpful, CancellationToken cancellationToken)
    {
        var parameters = new { id, helpful = helpful ? 1 : 0 };
        return database.WriteAsync(
            (connection, transaction, _) => connection.ExecuteAsync("UPDATE questions SET helpful = @helpful WHERE id = @id", parameters, transaction),
            cancellationToken);
    }

    public async Task<IReadOnlyList<QuestionLogEntry>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<QuestionRow>(
            """
            SELECT id, at, channel, conversation_hash AS ConversationHash, user_hash AS UserHash, question, kind, sources,
                   confidence, topic, safeguarding, helpful
            FROM questions ORDER BY id DESC LIMIT @limit
            """,
            new { limit });
        return [.. rows.Select(r => r.ToEntry())];
    }
}
