using CroydonBot.Configuration;

namespace CroydonBot.Bot;

/// <summary>
/// Registers the turn machinery: the adapter and the bot that runs the pipeline's steps. The steps
/// themselves are registered, in order, by the pipeline (Pipeline/TurnPipeline.cs).
/// </summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        // Bot Framework's Microsoft* keys live at the configuration root, as in BotBuilder-Samples.
        services.Configure<BotOptions>(configuration);
        services.Configure<ContactOptions>(configuration.GetSection(ContactOptions.Section));
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IBot, CroydonAssistant>();
        services.AddSingleton<BotAdapter>();
        return services;
    }
}
