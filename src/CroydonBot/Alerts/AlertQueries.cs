using System.Globalization;
using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.Alerts;

/// <summary>
/// What the alerts look for in the feedback table: ids and references only, never the text anyone wrote. Flagged
/// questions come from the question log, the one owner of the questions table (<see cref="QuestionLog.IQuestionLog"/>).
/// </summary>
public sealed class AlertQueries(ISqlDatabase database)
{
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
