using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>The same journey with the whole app on PostgreSQL (CROYDONBOT_TEST_POSTGRES).</summary>
[Collection(BrowserCollection.Name)]
[RequiresPostgres]
public sealed class StaffTeachingOnPostgresBrowserTests
{
    [StoreFact]
    public async Task AStaffMemberMarksAWrongAnswerApprovesABetterSectionAndTheNextQuestionGetsItWithoutARestart()
    {
        var name = PostgresTestServer.NewDatabaseName("teach");
        var connectionString = await PostgresTestServer.CreateDatabaseAsync(name);
        try
        {
            await using var host = await StaffHost.StartAsync($"Storage:PostgresConnectionString={connectionString}");
            await TeachingJourney.RunAsync(host, screenshots: false);
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(name);
        }
    }
}
