using CroydonBot.Protocol;

namespace CroydonBot.Channels;

/// <summary>Decides whether an inbound request really comes from a channel allowed to talk to the bot.</summary>
public interface IChannelAuthenticator
{
    /// <summary>True when the request may be processed. Must not throw on a bad token: a bad token is just false.</summary>
    Task<bool> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
