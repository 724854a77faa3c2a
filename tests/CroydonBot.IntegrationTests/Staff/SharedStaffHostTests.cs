using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>The base of a staff test class whose tests share one running app (<see cref="StaffHostFixture"/>) and add their own rows.</summary>
public abstract class SharedStaffHostTests(StaffHostFixture fixture) : IClassFixture<StaffHostFixture>
{
    protected BotHost Host => fixture.Host;
}
