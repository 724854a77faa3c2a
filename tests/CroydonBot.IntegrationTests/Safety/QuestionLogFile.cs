using Microsoft.Data.Sqlite;

namespace CroydonBot.IntegrationTests.Safety;

/// <summary>Reads the app's SQLite file directly, as a person checking what was stored would.</summary>
public static class QuestionLogFile
{
    public static async Task<long> CountAsync(string databasePath, string where = "1 = 1")
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand($"SELECT COUNT(*) FROM questions WHERE {where}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
