using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>Find a wrong answer, mark it, approve a better section, and the bot answers from it at once: on SQLite.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffTeachingBrowserTests
{
    [Fact]
    public async Task AStaffMemberMarksAWrongAnswerApprovesABetterSectionAndTheNextQuestionGetsItWithoutARestart()
    {
        await using var host = await StaffHost.StartAsync();
        await TeachingJourney.RunAsync(host, screenshots: true);
    }
}
