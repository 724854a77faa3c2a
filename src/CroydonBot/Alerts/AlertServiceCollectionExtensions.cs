namespace CroydonBot.Alerts;

/// <summary>Registers staff e-mail alerts; they do nothing until <see cref="AlertOptions"/> names an address and a server.</summary>
public static class AlertServiceCollectionExtensions
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AlertOptions>(configuration.GetSection(AlertOptions.Section));
        services.AddSingleton<IAlertMailer, SmtpAlertMailer>();
        services.AddSingleton<AlertQueries>();
        services.AddSingleton<AlertWatermarks>();
        services.AddSingleton<AlertWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertWatcher>());
        return services;
    }
}
