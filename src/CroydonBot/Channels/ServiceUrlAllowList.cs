using Microsoft.Extensions.Options;

namespace CroydonBot.Channels;

/// <summary>
/// Where the bot may send replies at all (with or without its token): Bot Framework's channel hosts over
/// https, the hosts in Channels:AllowedServiceUrlHosts, and loopback in Development (the Emulator).
/// A serviceUrl is whatever the caller wrote, so without this the bot would POST anywhere it is told,
/// loopback ports and cloud metadata addresses included.
/// </summary>
public sealed class ServiceUrlAllowList(IOptions<ChannelSecurityOptions> options, IHostEnvironment environment)
{
    public bool IsAllowed(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }
        if (options.Value.AllowedServiceUrlHosts.Any(h => HostPattern.Matches(uri.Host, h)))
        {
            return true;
        }
        if (environment.IsDevelopment() && uri.IsLoopback)
        {
            return true;
        }
        return uri.Scheme == Uri.UriSchemeHttps && TrustedServiceUrls.BotFrameworkHosts.Any(h => HostPattern.Matches(uri.Host, h));
    }
}
