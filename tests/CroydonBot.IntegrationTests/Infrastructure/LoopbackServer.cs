using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// A small server a test runs on a free 127.0.0.1 port to play a part we do not own (a connector, an identity
/// provider): the subclass maps its routes on <see cref="App"/>, then <see cref="ListenAsync"/> starts it. Stopped on dispose.
/// </summary>
public abstract class LoopbackServer : IAsyncDisposable
{
    protected LoopbackServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        App = builder.Build();
    }

    protected WebApplication App { get; }

    /// <summary>The address it listens on, without a trailing slash.</summary>
    protected string Address =>
        App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');

    protected static async Task<TServer> ListenAsync<TServer>(TServer server) where TServer : LoopbackServer
    {
        await server.App.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
