using System.Net;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>Repeated wrong passwords lock the account name, whatever is typed next.</summary>
public sealed class StaffLockoutTests
{
    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountSoEvenTheRightPasswordIsRefused()
    {
        await using var host = await StaffHost.StartAsync();
        using var client = new StaffClient(host);
        await WrongPasswordsAsync(client, 5);
        using var right = await client.SignInAsync(StaffHost.StaffName, StaffHost.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked for 15 minutes", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var page = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);

        // Another account is not affected.
        using var other = await StaffClient.SignedInAsync(host, StaffHost.ManagerName);
    }

    [Fact]
    public async Task FourWrongPasswordsDoNotLockTheAccount()
    {
        await using var host = await StaffHost.StartAsync();
        using var client = new StaffClient(host);
        await WrongPasswordsAsync(client, 4);
        await client.SignInOrFailAsync(StaffHost.StaffName);
    }

    /// <summary>Each wrong password gets the sign-in page back (200), not a session.</summary>
    private static async Task WrongPasswordsAsync(StaffClient client, int count)
    {
        for (var attempt = 1; attempt <= count; attempt++)
        {
            using var wrong = await client.SignInAsync(StaffHost.StaffName, $"guess {attempt}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
    }
}
