using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>The same journey with the whole app on PostgreSQL (CROYDONBOT_TEST_POSTGRES).</summary>
[Collection(BrowserCollection.Name)]
[RequiresPostgres]
public sealed class StaffTeachingOnPostgresBrowserTests
{
    [StoreFact]
    public Task AStaffMemberMarksAWrongAnswerApprovesABetterSectionAndTheNextQuestionGetsItWithoutARestart() =>
        PostgresTestDatabase.RunAppAsync("teach", async settings =>
        {
            await using var host = await StaffHost.StartAsync(settings);
            await TeachingJourney.RunAsync(host, screenshots: false);
        });
}
