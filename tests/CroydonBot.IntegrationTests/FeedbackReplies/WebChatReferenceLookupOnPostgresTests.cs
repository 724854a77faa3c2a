using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.FeedbackReplies;

/// <summary>The Web Chat reference look-up with the app on PostgreSQL (CROYDONBOT_TEST_POSTGRES).</summary>
[RequiresPostgres]
[Collection(BrowserCollection.Name)]
public sealed class WebChatReferenceLookupOnPostgresTests
{
    [StoreFact]
    public Task AReferenceLookupWorksForItsOwnerAndIsRefusedForAnyoneElse() =>
        PostgresTestDatabase.RunAppAsync("webchat_reference", WebChatReferenceLookupTests.RunAsync);
}
