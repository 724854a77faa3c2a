using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.FeedbackReplies;

/// <summary>Replying in the young person's chat, with the app on SQLite.</summary>
public sealed class ReplyInChatTests
{
    [Fact]
    public Task AStaffReplyReachesTheChatTheyChoseAndOnlyTheSenderCanAskAboutIt() => ReplyInChatJourney.RunAsync();
}

/// <summary>Replying in the young person's chat, with the app on PostgreSQL (CROYDONBOT_TEST_POSTGRES).</summary>
[RequiresPostgres]
public sealed class ReplyInChatOnPostgresTests
{
    [StoreFact]
    public async Task AStaffReplyReachesTheChatTheyChoseAndOnlyTheSenderCanAskAboutIt()
    {
        var name = PostgresTestServer.NewDatabaseName("replies");
        var connectionString = await PostgresTestServer.CreateDatabaseAsync(name);
        try
        {
            await ReplyInChatJourney.RunAsync($"Storage:PostgresConnectionString={connectionString}");
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(name);
        }
    }
}
