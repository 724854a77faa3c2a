using CroydonBot.Bot;
using CroydonBot.Channels;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CroydonBot.DirectLine;

/// <summary>Registers the embedded Direct Line; call after AddChannelAuthentication, whose reply sink factory it wraps.</summary>
public static class DirectLineServiceCollectionExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DirectLineOptions>(configuration.GetSection(DirectLineOptions.Section));
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineDispatcher>();
        services.AddSingleton<ConnectorReplySinkFactory>();
        services.AddSingleton<DirectLineReplySinkFactory>();
        services.Replace(ServiceDescriptor.Singleton<IReplySinkFactory>(sp => sp.GetRequiredService<DirectLineReplySinkFactory>()));
        return services;
    }
}
