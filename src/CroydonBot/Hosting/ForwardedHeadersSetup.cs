using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CroydonBot.Hosting;

/// <summary>ASP.NET Core's forwarded-headers middleware, trusting the proxies in <see cref="ProxyOptions"/>.</summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddProxySupport(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((options, proxyOptions) =>
        {
            var proxy = proxyOptions.Value;
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
