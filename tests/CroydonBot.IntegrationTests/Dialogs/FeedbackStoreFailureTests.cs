using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>Nothing is lost: when the feedback cannot be stored the young person is told and can try again.</summary>
public sealed class FeedbackStoreFailureTests
{
    [Fact]
    public async Task WhenTheFeedbackTableIsGoneTheUserIsToldAndTryAgainSendsWhatTheyTyped()
    {
        await using var host = await BotHost.StartAsync();
        var chat = await new FeedbackConversation(host.Client).ReachSummaryAsync("please keep these exact words");
        await ExecuteAsync(host.DatabasePath, "DROP TABLE feedback");

        await chat.AnswerAsync("Send it");
        Assert.Contains("has NOT been sent", chat.Text);
        Assert.DoesNotContain("FB-", chat.Text);
        Assert.Equal(["Try again", "Cancel"], chat.Buttons);

        await chat.AnswerAsync("try again");
        Assert.Contains("has NOT been sent", chat.Text);

        // The database comes back, exactly as the migration made it.
        await ExecuteAsync(host.DatabasePath, MigrationRunner.Scripts("sqlite").Single(s => s.Version == 2).Sql);
        await chat.AnswerAsync("try again");

        var stored = await host.Services.GetRequiredService<IFeedbackStore>().GetAsync(FeedbackConversation.ReferenceIn(chat.Text), CancellationToken.None);
        Assert.Equal("please keep these exact words", stored!.Message);
        Assert.Equal("housing", stored.Topic);
    }

    private static async Task ExecuteAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql);
    }
}
