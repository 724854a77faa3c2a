using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.FeedbackReplies;

/// <summary>The Agents Playground reply journey with the app on PostgreSQL (CROYDONBOT_TEST_POSTGRES).</summary>
[RequiresPostgres]
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundReplyOnPostgresTests
{
    [StoreFact]
    public async Task AStaffReplyReachesTheAgentsPlaygroundConversationProactively()
    {
        var name = PostgresTestServer.NewDatabaseName("playground_reply");
        var connectionString = await PostgresTestServer.CreateDatabaseAsync(name);
        try
        {
            await PlaygroundReplyTests.RunAsync($"Storage:PostgresConnectionString={connectionString}");
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(name);
        }
    }
}
