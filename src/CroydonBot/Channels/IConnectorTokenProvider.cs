namespace CroydonBot.Channels;

/// <summary>Gives the bearer token to attach to a connector call, or null when none must be sent.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken);
}
