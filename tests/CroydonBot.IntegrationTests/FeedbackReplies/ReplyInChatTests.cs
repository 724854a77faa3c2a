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
    public Task AStaffReplyReachesTheChatTheyChoseAndOnlyTheSenderCanAskAboutIt() =>
        PostgresTestDatabase.RunAppAsync("replies", ReplyInChatJourney.RunAsync);
}
