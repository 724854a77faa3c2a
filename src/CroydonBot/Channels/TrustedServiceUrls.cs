using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CroydonBot.Channels;

/// <summary>
/// Decides which serviceUrls may receive the bot's token: those a validated channel token vouched for
/// (its serviceurl claim), and the Bot Framework hosts. Anything else (a forged serviceUrl in an
/// anonymous request, our own Direct Line on loopback) gets no token, so the token cannot be stolen.
/// </summary>
public sealed class TrustedServiceUrls(IOptions<ChannelAuthOptions> options)
{
    /// <summary>The Agents SDK OutboundHostValidator defaults: Bot Framework and Teams connector hosts.</summary>
    public static readonly IReadOnlyList<string> BotFrameworkHosts =
    [
        "botframework.com",
        "smba.trafficmanager.net",
        "teams.microsoft.com",
        "teams.microsoft.us",
        "graph.microsoft.com",
        "sharepoint.com",
        "svc.ms",
        "blob.core.windows.net",
    ];

    /// <summary>Bounded so a flood of valid tokens for many serviceUrls cannot grow memory without limit.</summary>
    private const int MaxAuthenticated = 1000;

    private readonly ConcurrentDictionary<string, byte> _authenticated = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Remembers a serviceUrl that a validated token's serviceurl claim named.</summary>
    public void Add(string serviceUrl)
    {
        if (_authenticated.Count < MaxAuthenticated)
        {
            _authenticated.TryAdd(Normalise(serviceUrl), 0);
        }
    }

    /// <summary>True when the bot's token may be sent to this serviceUrl.</summary>
    public bool IsTrusted(string serviceUrl)
    {
        if (_authenticated.ContainsKey(Normalise(serviceUrl)))
        {
            return true;
        }
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return false;
        }
        // The operator's own additions are trusted as configured; the built-in hosts only over TLS.
        return options.Value.TrustedServiceUrlHosts.Any(h => HostPattern.Matches(uri.Host, h)) ||
            uri.Scheme == Uri.UriSchemeHttps && BotFrameworkHosts.Any(h => HostPattern.Matches(uri.Host, h));
    }

    /// <summary>Compares serviceUrls as BotBuilder does (whole string, case-insensitive), ignoring a trailing slash.</summary>
    public static bool SameServiceUrl(string a, string b) => string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string serviceUrl) => serviceUrl.Trim().TrimEnd('/');
}
