using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Staff;

namespace CroydonBot.IntegrationTests.Security.Replay;

/// <summary>
/// The targets of the attack replay: the real app as its own process on Kestrel over loopback, in Production with
/// the shipped defaults. Only what an operator must set is set: where it listens, the database file, a manager
/// account, and for the second process a MicrosoftAppId (Azure Bot Service) pointed at a loopback identity provider.
/// Nothing is opted into: no anonymous mode, no loopback connector, the staff cookie Secure, default rate limits.
/// </summary>
public sealed class ReplayApps : IAsyncLifetime
{
    public const string AppId = "5e1f0a9b-7c2d-4e3f-8a1b-2c3d4e5f6a7b";
    public const string Manager = "replay.manager";
    public const string Password = "a long replay manager password";

    /// <summary>No MicrosoftAppId: /api/messages refuses everything, the web chat works.</summary>
    public AppProcess Default { get; private set; } = null!;
    public Uri DefaultAddress { get; private set; } = null!;

    /// <summary>With a MicrosoftAppId, as deployed with Azure Bot Service.</summary>
    public AppProcess Channel { get; private set; } = null!;
    public Uri ChannelAddress { get; private set; } = null!;

    public FakeIdentityProvider Identity { get; private set; } = null!;
    public RecordingConnector Connector { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Identity = await FakeIdentityProvider.StartAsync();
        Connector = await RecordingConnector.StartAsync();
        var account = new StaffAccount { UserName = Manager, Role = StaffRoles.Manager };
        var hash = StaffAccountStore.HashPassword(account, Password);
        var accountsFile = Path.Combine(Path.GetTempPath(), $"croydonbot-replay-none-{Guid.NewGuid():N}.json");

        var defaultPort = AppProcess.FreePort();
        Default = AppProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{defaultPort}",
            // The shipped log level (appsettings.json), so the log the replay reads is what production writes.
            ["Logging__LogLevel__Default"] = "Information",
            ["Staff__Accounts__0__UserName"] = Manager,
            ["Staff__Accounts__0__PasswordHash"] = hash,
            ["Staff__Accounts__0__Role"] = StaffRoles.Manager,
            ["Staff__AccountsFile"] = accountsFile,
        });
        DefaultAddress = new Uri($"http://127.0.0.1:{defaultPort}/");

        var channelPort = AppProcess.FreePort();
        var channel = new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{channelPort}", ["Staff__AccountsFile"] = accountsFile };
        foreach (var setting in Identity.BotSettings(AppId))
        {
            var (key, value) = (setting.Split('=', 2)[0], setting.Split('=', 2)[1]);
            channel[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        Channel = AppProcess.Start(channel);
        ChannelAddress = new Uri($"http://127.0.0.1:{channelPort}/");

        Assert.True(await Default.AnswersAtAsync(DefaultAddress.ToString()), "The default app did not start:\n" + Default.Output);
        Assert.True(await Channel.AnswersAtAsync(ChannelAddress.ToString()), "The channel app did not start:\n" + Channel.Output);
    }

    public async Task DisposeAsync()
    {
        await Default.DisposeAsync();
        await Channel.DisposeAsync();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
    }
}
