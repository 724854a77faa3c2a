using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CroydonBot.Hosting;

/// <summary>ASP.NET Core's forwarded-headers middleware, trusting the proxies in <see cref="ProxyOptions"/>.</summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = Math.Max(1, proxy.ForwardLimit);
            if (proxy.KnownProxies.Count + proxy.KnownNetworks.Count == 0)
            {
                // The framework's default: only a proxy on this machine.
                return;
            }
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(address.Trim()));
            }
            foreach (var network in proxy.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
            }
        });
        return services;
    }
}
