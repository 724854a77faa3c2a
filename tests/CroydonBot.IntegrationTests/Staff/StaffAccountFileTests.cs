using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Staff;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>The first-run path: an account written by add-staff signs in to the running app, no restart needed.</summary>
public sealed class StaffAccountFileTests
{
    [Fact]
    public async Task AnAccountAddedByTheCommandSignsInToTheRunningApp()
    {
        var file = Path.Combine(Path.GetTempPath(), $"croydonbot-accounts-{Guid.NewGuid():N}.json");
        try
        {
            await using var host = await BotHost.StartAsync($"Staff:AccountsFile={file}");
            using var client = new StaffClient(host);
            using (var before = await client.SignInAsync("first.manager", "first run password"))
            {
                Assert.Contains("The user name or password is not right.", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            var code = await AddStaffCommand.RunAsync(["add-staff", "first.manager", "--role", "manager", "--file", file],
                new StringReader("first run password\n"), TextWriter.Null, TextWriter.Null);

            Assert.Equal(0, code);
            await client.SignInOrFailAsync("first.manager", "first run password");
            var audit = await client.GetPageAsync("/staff/audit");
            Assert.Contains("<h1>Audit log</h1>", audit, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
