namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// The base of a test class whose tests each need the real app to themselves (a fresh database, so counts in the
/// question log are exact): started before every test with the <paramref name="settings"/> the class gives, stopped after it.
/// </summary>
public abstract class AppPerTest(params string[] settings) : IAsyncLifetime
{
    protected BotHost Host { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Host = await BotHost.StartAsync(settings);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
