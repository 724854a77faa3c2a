using CroydonBot.Protocol;

namespace CroydonBot.Channels;

/// <summary>
/// Local development mode, as BotBuilder does when MicrosoftAppId is empty: every request is accepted.
/// Program logs a warning at start-up so nobody runs it in production by accident.
/// </summary>
public sealed class AnonymousChannelAuthenticator : IChannelAuthenticator
{
    public Task<bool> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) => Task.FromResult(true);
}
