namespace CroydonBot.Protocol;

/// <summary>Registers the size limits every entry point checks an activity against.</summary>
public static class InputLimitsServiceCollectionExtensions
{
    public static IServiceCollection AddInputLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<InputLimitOptions>(configuration.GetSection(InputLimitOptions.Section));
        services.AddSingleton<ActivityLimits>();
        return services;
    }
}
