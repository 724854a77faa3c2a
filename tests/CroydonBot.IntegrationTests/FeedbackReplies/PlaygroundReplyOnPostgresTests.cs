using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.FeedbackReplies;

/// <summary>The Agents Playground reply journey with the app on PostgreSQL (CROYDONBOT_TEST_POSTGRES).</summary>
[RequiresPostgres]
[Collection(BrowserCollection.Name)]
public sealed class PlaygroundReplyOnPostgresTests
{
    [StoreFact]
    public Task AStaffReplyReachesTheAgentsPlaygroundConversationProactively() =>
        PostgresTestDatabase.RunAppAsync("playground_reply", PlaygroundReplyTests.RunAsync);
}
