using System.Globalization;
using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.Staff;

/// <summary>
/// Server-side staff sessions, one row each in the settings table ("staff-session:" + id), so every
/// instance sharing the database sees a sign-out at once. The cookie only names its session; ending the
/// session on the server ends the cookie.
/// </summary>
public sealed class StaffSessions(ISqlDatabase database, TimeProvider clock)
{
    private const string Prefix = "staff-session:";

    /// <summary>Records a new session started now; forgets sessions started before <paramref name="startedBefore"/>.</summary>
    public Task StartAsync(string sessionId, string userName, DateTimeOffset startedBefore, CancellationToken cancellationToken)
    {
        // The value starts with the start time in round-trip form, which sorts as it compares.
        var parameters = new
        {
            key = Prefix + sessionId,
            value = Iso(clock.GetUtcNow()) + "|" + userName,
            prefix = Prefix + "%",
            cutoff = Iso(startedBefore),
        };
        return database.WriteAsync(async (connection, transaction, _) =>
        {
            await connection.ExecuteAsync("DELETE FROM settings WHERE key LIKE @prefix AND value < @cutoff", parameters, transaction);
            return await connection.ExecuteAsync("INSERT INTO settings (key, value) VALUES (@key, @value)", parameters, transaction);
        }, cancellationToken);
    }

    public async Task<bool> IsActiveAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>("SELECT value FROM settings WHERE key = @key", new { key = Prefix + sessionId }) is not null;
    }

    public Task EndAsync(string sessionId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            (connection, transaction, _) => connection.ExecuteAsync("DELETE FROM settings WHERE key = @key", new { key = Prefix + sessionId }, transaction),
            cancellationToken);

    private static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
