using System.Globalization;
using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.Alerts;

/// <summary>What the alerts look for: ids and references only, never the text anyone wrote.</summary>
public sealed class AlertQueries(ISqlDatabase database)
{
    /// <summary>Flagged questions after <paramref name="afterId"/> and asked since <paramref name="since"/>: (id, conversation hash).</summary>
    public async Task<IReadOnlyList<(long Id, string Conversation)>> FlaggedQuestionsAsync(long afterId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long, string)>(
            "SELECT id, conversation_hash FROM questions WHERE id > @afterId AND safeguarding = 1 AND at >= @since ORDER BY id LIMIT 200",
            new { afterId, since = Iso(since) });
        return [.. rows];
    }

    /// <summary>Flagged feedback after <paramref name="afterId"/> and sent since <paramref name="since"/>: (id, reference).</summary>
    public async Task<IReadOnlyList<(long Id, string Reference)>> FlaggedFeedbackAsync(long afterId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long, string)>(
            "SELECT id, reference FROM feedback WHERE id > @afterId AND safeguarding = 1 AND created_at >= @since ORDER BY id LIMIT 200",
            new { afterId, since = Iso(since) });
        return [.. rows];
    }

    /// <summary>References of feedback received in [from, to).</summary>
    public async Task<IReadOnlyList<string>> FeedbackBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>(
            "SELECT reference FROM feedback WHERE created_at >= @from AND created_at < @to ORDER BY id",
            new { from = Iso(from), to = Iso(to) })];
    }

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
