using System.Text;
using CroydonBot.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CroydonBot.IntegrationTests.Safety;

public sealed class PrivacyTests
{
    /// <summary>One message per kind of personal data, each with the secret that must never be stored or logged.</summary>
    private static readonly (string Message, string Secret)[] PersonalData =
    [
        ("hi my name is Zendaya Okonkwo-Brightwater, what money can i get", "Brightwater"),
        ("email me at zelda.quartermaine@example.com about the bursary", "zelda.quartermaine@example.com"),
        ("can my PA ring me on 07700 900462 about housing", "900462"),
        ("i live at CR0 9XQ, which team covers me", "CR0 9XQ"),
        ("my dob is 17/04/2006 am i still a care leaver", "17/04/2006"),
        // Questions, so each is logged as one: a bare statement or request ("my card ... was declined", "pay my
        // setting up home allowance to ...") may be read as feedback to pass on, which is not logged as a question.
        ("can my setting up home allowance go to sort code 40-47-84 account 31926819?", "31926819"),
        ("my card 4929 1234 5678 9012 was declined for the bus pass, what do i do", "4929 1234 5678 9012"),
        ("my NI number is QQ 98 76 54 C what do i do with it", "98 76 54"),
        ("my nhs number is 943 476 5919 can i get free prescriptions", "943 476 5919"),
        ("i'm called Xanthippe, what is a personal adviser", "Xanthippe"),
    ];

    [Fact]
    public async Task PersonalDataNeverReachesTheDatabaseOrTheLogs()
    {
        var logs = new CapturedLogs();
        var host = await BotHost.StartAsync("Logging:LogLevel:Default=Trace", "Logging:LogLevel:Microsoft=Trace", "Logging:LogLevel:System=Trace");
        await using (host)
        {
            host.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
            foreach (var (message, _) in PersonalData)
            {
                var replies = await host.Client.AskAsync(message);
                Assert.NotEmpty(replies);
            }
            // A crisis message too: flagged turns are logged by category only.
            await host.Client.AskAsync("my email is zelda.quartermaine@example.com and i want to kill myself");

            var stored = await AllTextAsync(host.DatabasePath);
            Assert.Contains("[email]", stored);
            Assert.Equal(PersonalData.Length + 1, await CountAsync(host.DatabasePath, "SELECT COUNT(*) FROM questions"));
            Assert.NotEmpty(logs.Lines);
            foreach (var (message, secret) in PersonalData)
            {
                Assert.DoesNotContain(secret, stored, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(logs.Lines, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase) || l.Contains(message, StringComparison.OrdinalIgnoreCase));
            }
            Assert.DoesNotContain(logs.Lines, l => l.Contains("kill myself", StringComparison.OrdinalIgnoreCase));
        }
        SqliteConnection.ClearAllPools();

        // The files themselves, write-ahead log included: the data was never written, not just overwritten later.
        var files = new[] { "", "-wal", "-journal" }.Select(suffix => host.DatabasePath + suffix).Where(File.Exists).ToList();
        var raw = string.Concat(files.Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        Assert.NotEmpty(raw);
        foreach (var (_, secret) in PersonalData)
        {
            Assert.DoesNotContain(secret, raw, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<string> AllTextAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var text = new StringBuilder();
        var tables = new List<string>();
        await using (var command = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table'", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        foreach (var table in tables)
        {
            await using var command = new SqliteCommand($"SELECT * FROM \"{table}\"", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\t');
                }
                text.AppendLine();
            }
        }
        return text.ToString();
    }

    private static async Task<long> CountAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
