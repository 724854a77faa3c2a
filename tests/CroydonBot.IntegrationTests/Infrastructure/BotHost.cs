using CroydonBot;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on Kestrel over loopback, with its own SQLite file, the real seeds and the real index.
/// Extra settings are passed as command-line configuration, exactly as an operator would.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, string databasePath)
    {
        _app = app;
        DatabasePath = databasePath;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public string DatabasePath { get; }

    /// <summary>Starts the app on a free loopback port. Settings look like "Knowledge:ConfidenceThreshold=0.4".</summary>
    public static Task<BotHost> StartAsync(params string[] settings) => StartAsync(clock: null, settings);

    /// <summary>Starts the app with <paramref name="clock"/> as its time (a dialog left for half an hour, without waiting).</summary>
    public static async Task<BotHost> StartAsync(TimeProvider? clock, params string[] settings)
    {
        var databasePath = settings.FirstOrDefault(s => s.StartsWith("Storage:SqlitePath=", StringComparison.Ordinal))?.Split('=', 2)[1]
            ?? Path.Combine(Path.GetTempPath(), $"croydonbot-test-{Guid.NewGuid():N}.db");
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0", $"--Storage:SqlitePath={databasePath}", "--Logging:LogLevel:Default=Warning",
            // The tests play a local developer's bot with no MicrosoftAppId (the host's environment is Production):
            // anonymous mode is opted into here, explicitly, never by default. A test can pass
            // "Channels:AllowAnonymous=false" to see the default; replies to a RecordingConnector also need
            // its host on Channels:AllowedServiceUrlHosts (RecordingConnector.AllowLoopback).
            "--Channels:AllowAnonymous=true",
            // Plain http on loopback: a Secure staff cookie would never come back. ProxyTests checks the default.
            "--Staff:SecureCookie=false",
        };
        args.AddRange(settings.Select(s => "--" + s));
        var app = CroydonBotApp.Build([.. args], clock is null ? null : services => services.AddSingleton(clock));
        await app.InitialiseAsync();
        await app.StartAsync();
        return new BotHost(app, databasePath);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
