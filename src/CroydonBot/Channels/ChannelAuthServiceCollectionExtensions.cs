using CroydonBot.Bot;
using CroydonBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CroydonBot.Channels;

/// <summary>
/// Channel authentication both ways. With MicrosoftAppId set, inbound requests need a valid channel JWT
/// and replies carry the bot's Entra token; without it requests and replies go without (local development
/// mode). Replies go through the connector, retried on 429/5xx either way.
/// </summary>
public static class ChannelAuthServiceCollectionExtensions
{
    public static IServiceCollection AddChannelAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChannelAuthOptions>().BindConfiguration(ChannelAuthOptions.Section).ValidateOnStart();
        services.AddOptions<ConnectorRetryOptions>().BindConfiguration(ConnectorRetryOptions.Section).ValidateOnStart();
        services.AddOptions<ChannelSecurityOptions>().BindConfiguration(ChannelSecurityOptions.Section).ValidateOnStart();
        services.TryAddSingleton<ServiceUrlAllowList>();
        services.TryAddSingleton<TrustedServiceUrls>();
        // The default: a channel such as the embedded Direct Line may register its own, before or after this.
        services.TryAddSingleton<IReplySinkFactory, ConnectorReplySinkFactory>();
        services.AddTransient<ConnectorRetryHandler>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>()
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value.Timeout)
            // A redirect would take a reply (and the bot's token) to a host the allow-list never saw.
            .WithLongLivedHandler(handler => handler.AllowAutoRedirect = false)
            .AddHttpMessageHandler<ConnectorRetryHandler>();

        // Without MicrosoftAppId, requests are accepted only in anonymous mode (Development or
        // Channels:AllowAnonymous=true) and replies carry no token.
        services.AddHttpClient(JwtChannelAuthenticator.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10)).WithLongLivedHandler();
        services.AddSingleton<IChannelAuthenticator>(sp => IsAnonymous(sp)
            ? ActivatorUtilities.CreateInstance<AnonymousChannelAuthenticator>(sp)
            : ActivatorUtilities.CreateInstance<JwtChannelAuthenticator>(sp));
        services.AddHttpClient<EntraTokenProvider>(http => http.Timeout = TimeSpan.FromSeconds(10)).WithLongLivedHandler();
        // One provider for the app's lifetime, so its token cache is shared by every reply.
        services.AddSingleton<IConnectorTokenProvider>(sp => IsAnonymous(sp)
            ? new AnonymousTokenProvider()
            : ActivatorUtilities.CreateInstance<EntraTokenProvider>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(EntraTokenProvider))));
        return services;
    }

    private static bool IsAnonymous(IServiceProvider services) => services.GetRequiredService<IOptions<BotOptions>>().Value.IsAnonymous;
}
