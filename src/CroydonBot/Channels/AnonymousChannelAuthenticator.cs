using CroydonBot.Protocol;
using Microsoft.Extensions.Options;

namespace CroydonBot.Channels;

/// <summary>
/// Local development mode, as BotBuilder does when MicrosoftAppId is empty: every request is accepted, but
/// only in Development or with Channels:AllowAnonymous=true. Otherwise nothing is accepted, so an app
/// deployed without its Bot Framework identity is closed rather than open (the web chat still works).
/// </summary>
public sealed class AnonymousChannelAuthenticator(IOptions<ChannelSecurityOptions> options, IHostEnvironment environment) : IChannelAuthenticator
{
    public Task<bool> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(options.Value.AnonymousAllowed(environment));
}
