using CroydonBot.Bot;
using CroydonBot.Channels;

namespace CroydonBot.DirectLine;

/// <summary>Registers the embedded Direct Line, whose reply sink factory wraps the connector's.</summary>
public static class DirectLineServiceCollectionExtensions
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateOnStart();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineConversationLimiter>();
        services.AddSingleton<FeedbackReplies.ILiveConversations, DirectLineLiveConversations>();
        services.AddSingleton<DirectLineDispatcher>();
        services.AddSingleton<ConnectorReplySinkFactory>();
        services.AddSingleton<DirectLineReplySinkFactory>();
        // Channels only adds its connector factory when none is registered, so this wins in either order.
        services.AddSingleton<IReplySinkFactory>(sp => sp.GetRequiredService<DirectLineReplySinkFactory>());
        return services;
    }
}
