namespace CroydonBot.Bot;

/// <summary>
/// Registers the turn machinery: the adapter and the bot that runs the pipeline's steps. The steps
/// themselves are registered, in order, by the pipeline (Pipeline/TurnPipeline.cs).
/// </summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section)
            .Validate(bot => bot.IsSupported, BotOptions.UnsupportedMessage).ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IBot, CroydonAssistant>();
        services.AddSingleton<BotAdapter>();
        return services;
    }
}
