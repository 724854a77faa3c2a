using System.Net;
using CroydonBot.IntegrationTests.Staff;

namespace CroydonBot.IntegrationTests.Security;

/// <summary>Finding 6: the idle timeout slides with every request, but a session also has an absolute end.</summary>
public sealed class AbsoluteLifetimeTests
{
    [Fact]
    public async Task ASessionPastItsAbsoluteLifetimeEndsEvenWhileInUse()
    {
        // A lifetime of zero hours: the session is past its end on the first request after signing in,
        // though the sliding idle timeout (10 hours here) would keep it alive. No clock is waited on.
        await using var host = await StaffHost.StartAsync("Staff:AbsoluteLifetimeHours=0", "Staff:IdleTimeoutMinutes=600");
        using var client = new StaffClient(host);
        await client.SignInOrFailAsync(StaffHost.StaffName);

        using var page = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task ASessionWithinItsLifetimeCarriesOn()
    {
        await using var host = await StaffHost.StartAsync("Staff:AbsoluteLifetimeHours=8");
        using var client = new StaffClient(host);
        await client.SignInOrFailAsync(StaffHost.StaffName);

        using var page = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
