using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.Alerts;

/// <summary>
/// How far alerts have got, kept in the settings table. Moving a mark is a compare-and-swap, so when several
/// instances share PostgreSQL only the one that moves it sends the mail.
/// </summary>
public sealed class AlertWatermarks(ISqlDatabase database)
{
    public const string FlaggedQuestion = "alerts.flagged_question_id";
    public const string FlaggedFeedback = "alerts.flagged_feedback_id";
    public const string Digest = "alerts.digest_at";

    public async Task<string?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>("SELECT value FROM settings WHERE key = @key", new { key });
    }

    /// <summary>Moves the mark from <paramref name="expected"/> (null: not set yet); false if another instance moved it first.</summary>
    public Task<bool> TryMoveAsync(string key, string? expected, string value, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction, _) => expected is null
            ? await connection.ExecuteAsync("INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO NOTHING", new { key, value }, transaction) > 0
            : await connection.ExecuteAsync("UPDATE settings SET value = @value WHERE key = @key AND value = @expected", new { key, value, expected }, transaction) > 0,
            cancellationToken);
}
