namespace CroydonBot.Hosting;

/// <summary>
/// The "Proxy" section: which reverse proxies (load balancer, App Gateway, ingress) may say who the client
/// is (X-Forwarded-For) and whether it used https (X-Forwarded-Proto). Only these are believed; with none
/// listed, only a proxy on the same machine (loopback) is. Without this every user would share the proxy's
/// address, and one burst would rate-limit everyone.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Proxy addresses, e.g. "10.0.0.4".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a chain are trusted (X-Forwarded-For entries read from the right).</summary>
    public int ForwardLimit { get; set; } = 1;
}
