namespace CroydonBot.Channels;

/// <summary>Anonymous local mode: no app id, so no token is sent (as Bot Framework does for local development).</summary>
public sealed class AnonymousTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
