using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Channels;

/// <summary>
/// The real bot with a MicrosoftAppId, pointed at a loopback identity provider and connector: one per test
/// class, because building the index for every test would be slow.
/// </summary>
public sealed class AuthenticatedBot : IAsyncLifetime
{
    public const string AppId = "7b3f4a52-0c1d-4e8f-9a6b-5d2c1e0f9a31";

    public FakeIdentityProvider Identity { get; private set; } = null!;
    public RecordingConnector Connector { get; private set; } = null!;
    public BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = await FakeIdentityProvider.StartAsync();
        Connector = await RecordingConnector.StartAsync();
        Bot = await BotHost.StartAsync([.. Identity.BotSettings(AppId), RecordingConnector.AllowLoopback, "Connector:MaxRetries=2", "Connector:BaseDelay=00:00:00.050", "TypingDelay=00:01:00"]);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
