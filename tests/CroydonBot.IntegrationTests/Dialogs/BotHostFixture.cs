using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Dialogs;

/// <summary>One running app for a test class; each test uses its own conversation.</summary>
public sealed class BotHostFixture : IAsyncLifetime
{
    public BotHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
