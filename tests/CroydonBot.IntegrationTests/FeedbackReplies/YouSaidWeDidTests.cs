using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.FeedbackReplies;

/// <summary>"You said, we did" with the app on SQLite.</summary>
public sealed class YouSaidWeDidTests
{
    [Fact]
    public Task AManagerPublishesAChangeItShowsOnThePublicPageAndTheBotAnswersFromIt() => YouSaidWeDidJourney.RunAsync();
}

/// <summary>"You said, we did" with the app on PostgreSQL (CROYDONBOT_TEST_POSTGRES).</summary>
[RequiresPostgres]
public sealed class YouSaidWeDidOnPostgresTests
{
    [StoreFact]
    public Task AManagerPublishesAChangeItShowsOnThePublicPageAndTheBotAnswersFromIt() =>
        PostgresTestDatabase.RunAppAsync("youSaid", YouSaidWeDidJourney.RunAsync);
}
