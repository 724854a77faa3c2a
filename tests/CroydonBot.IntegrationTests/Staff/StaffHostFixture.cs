using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>One running app shared by a test class (building the index per test would be slow); tests add their own rows.</summary>
public sealed class StaffHostFixture : IAsyncLifetime
{
    public BotHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await StaffHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
