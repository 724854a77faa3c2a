namespace CroydonBot.Protocol;

/// <summary>Registers the size limits every entry point checks an activity against.</summary>
public static class InputLimitsServiceCollectionExtensions
{
    public static IServiceCollection AddInputLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InputLimitOptions>().BindConfiguration(InputLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<ActivityLimits>();
        return services;
    }
}
