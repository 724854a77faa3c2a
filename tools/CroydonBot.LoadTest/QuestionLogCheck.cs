using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CroydonBot.LoadTest;

/// <summary>
/// Nothing lost, nothing doubled: every question a successful turn sent is in the bot's question log exactly
/// once, in the order sent. The log holds no raw conversation ids, so each conversation's key is recomputed
/// the way the bot does it (HMAC-SHA256 with the salt from the settings table, first 16 bytes as hex).
/// The bot stores the trimmed, redacted text; the load questions hold no personal data, so they are stored as sent.
/// </summary>
public static class QuestionLogCheck
{
    public static bool Run(string databasePath, LoadResult result, string? configuredSalt, TextWriter output)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        var salt = configuredSalt ?? Scalar(connection, "SELECT value FROM settings WHERE key = 'user_id_salt'")
            ?? throw new InvalidOperationException("No user_id_salt in the settings table: nothing was logged?");
        var logged = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT conversation_hash, question FROM questions ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var key = reader.GetString(0);
                if (!logged.TryGetValue(key, out var list))
                {
                    logged[key] = list = [];
                }
                list.Add(reader.GetString(1));
            }
        }
        int sent = 0, found = 0, missing = 0, extra = 0, outOfOrder = 0;
        foreach (var conversation in result.Conversations)
        {
            var rows = logged.GetValueOrDefault(Hash(salt, conversation.ChannelId + "\n" + conversation.Id)) ?? [];
            var expected = conversation.Answered.Select(q => q.Trim()).ToList();
            sent += expected.Count;
            var remaining = rows.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
            foreach (var question in expected)
            {
                if (remaining.TryGetValue(question, out var n) && n > 0)
                {
                    remaining[question] = n - 1;
                    found++;
                }
                else
                {
                    missing++;
                }
            }
            extra += remaining.Values.Sum();
            outOfOrder += rows.SequenceEqual(expected) ? 0 : 1;
        }
        var ok = missing == 0 && extra == 0 && outOfOrder == 0;
        output.WriteLine($"   question log         {found} of {sent} questions logged exactly once; {missing} missing, {extra} extra, " +
            $"{outOfOrder} conversations out of order -> {(ok ? "OK" : "FAILED")}");
        return ok;
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }

    private static string Hash(string salt, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(salt), Encoding.UTF8.GetBytes(value)).AsSpan(0, 16));
}
