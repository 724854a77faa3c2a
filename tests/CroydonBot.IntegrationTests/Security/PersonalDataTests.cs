using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Staff;
using CroydonBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Security;

/// <summary>Finding 5: what an abandoned dialog leaves behind, for how long, and who can read the files.</summary>
public sealed class PersonalDataTests
{
    private static async Task<List<string>> StoredStatesAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT state_json FROM conversation_state", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var states = new List<string>();
        while (await reader.ReadAsync())
        {
            states.Add(reader.GetString(0));
        }
        return states;
    }

    [Fact]
    public async Task AnAbandonedFeedbackDialogLeavesNoPersonalDataInConversationState()
    {
        await using var host = await BotHost.StartAsync();

        await host.Client.AskAsync("suggestion: my name is jade okafor, I live at 12 London Road CR0 1EA, ring me on 07700 900123 or jade[at]example[dot]com");
        var states = await StoredStatesAsync(host.DatabasePath);

        Assert.Contains(states, s => s.Contains("feedback", StringComparison.OrdinalIgnoreCase));
        foreach (var secret in new[] { "okafor", "London Road", "CR0 1EA", "07700", "example[dot]com" })
        {
            Assert.DoesNotContain(states, s => s.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task ConversationStateIsDeletedOnceItsRetentionPeriodHasPassed()
    {
        await using var host = await BotHost.StartAsync("Retention:ConversationStateHours=24");
        var conversation = Guid.NewGuid().ToString("N");
        await host.Client.AskAsync("feedback", conversation);
        var retention = host.Services.GetRequiredService<ConversationStateRetention>();

        var early = await retention.RunAsync(DateTimeOffset.UtcNow.AddHours(23), CancellationToken.None);
        var late = await retention.RunAsync(DateTimeOffset.UtcNow.AddHours(25), CancellationToken.None);

        Assert.Equal(0, early);
        Assert.True(late >= 1);
        Assert.Empty(await StoredStatesAsync(host.DatabasePath));
        // The next message starts afresh instead of carrying on the deleted dialog from a cache.
        var replies = await host.Client.AskAsync("what did ofsted say about croydon in 2024", conversation);
        Assert.Contains(replies, r => r.Text?.Contains("Ofsted", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task TheDatabaseAndTheStaffAccountsFileAreReadableByTheirOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only; Windows uses ACLs.
        }
        var folder = Path.Combine(Path.GetTempPath(), $"croydonbot-modes-{Guid.NewGuid():N}");
        var database = Path.Combine(folder, "data", "croydonbot.db");
        var accounts = Path.Combine(folder, "data", "staff-accounts.json");
        try
        {
            await using (var host = await BotHost.StartAsync($"Storage:SqlitePath={database}"))
            {
                await host.Client.AskAsync("hello");
            }
            StaffAccountFile.Save(accounts, new StaffAccount { UserName = "alex", PasswordHash = "x", Role = StaffRoles.Manager });

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(database));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(accounts));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(database)!));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
