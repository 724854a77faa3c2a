using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.FeedbackReplies;

/// <summary>The Web Chat reference look-up with the app on PostgreSQL (CROYDONBOT_TEST_POSTGRES).</summary>
[RequiresPostgres]
[Collection(BrowserCollection.Name)]
public sealed class WebChatReferenceLookupOnPostgresTests
{
    [StoreFact]
    public async Task AReferenceLookupWorksForItsOwnerAndIsRefusedForAnyoneElse()
    {
        var name = PostgresTestServer.NewDatabaseName("webchat_reference");
        var connectionString = await PostgresTestServer.CreateDatabaseAsync(name);
        try
        {
            await WebChatReferenceLookupTests.RunAsync($"Storage:PostgresConnectionString={connectionString}");
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(name);
        }
    }
}
