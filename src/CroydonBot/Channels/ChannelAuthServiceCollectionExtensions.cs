using CroydonBot.Bot;
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
        services.Configure<ChannelAuthOptions>(configuration);
        var retry = configuration.GetSection(ConnectorRetryOptions.Section).Get<ConnectorRetryOptions>() ?? new ConnectorRetryOptions();
        services.TryAddSingleton(retry);
        services.TryAddSingleton<TrustedServiceUrls>();
        services.AddSingleton<IChannelAuthenticator, AnonymousChannelAuthenticator>();
        services.AddSingleton<IConnectorTokenProvider, AnonymousTokenProvider>();
        services.AddSingleton<IReplySinkFactory, ConnectorReplySinkFactory>();
        services.AddTransient<ConnectorRetryHandler>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>(http => http.Timeout = retry.Timeout)
            .AddHttpMessageHandler<ConnectorRetryHandler>();

        services.AddOptions<BotOptions>().Validate(SupportedAppType, UnsupportedAppTypeMessage).ValidateOnStart();
        var bot = configuration.Get<BotOptions>() ?? new BotOptions();
        if (bot.IsAnonymous)
        {
            return services;
        }
        services.AddHttpClient(JwtChannelAuthenticator.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.Replace(ServiceDescriptor.Singleton<IChannelAuthenticator, JwtChannelAuthenticator>());
        services.AddHttpClient<EntraTokenProvider>(http => http.Timeout = TimeSpan.FromSeconds(10));
        // One provider for the app's lifetime, so its token cache is shared by every reply.
        services.Replace(ServiceDescriptor.Singleton<IConnectorTokenProvider>(sp =>
            ActivatorUtilities.CreateInstance<EntraTokenProvider>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(EntraTokenProvider)))));
        return services;
    }

    private const string UnsupportedAppTypeMessage =
        "MicrosoftAppType must be MultiTenant (app id and password) or SingleTenant (app id, password and MicrosoftAppTenantId). " +
        "UserAssignedMSI is not supported yet: use a client secret.";

    /// <summary>The combinations BotBuilder's ConfigurationServiceClientCredentialFactory requires, minus managed identity.</summary>
    private static bool SupportedAppType(BotOptions bot)
    {
        if (bot.IsAnonymous)
        {
            return true;
        }
        var type = bot.MicrosoftAppType.Trim();
        if (type.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(bot.MicrosoftAppPassword))
        {
            return false;
        }
        return !EntraTokenProvider.IsSingleTenant(bot) || !string.IsNullOrWhiteSpace(bot.MicrosoftAppTenantId);
    }
}
