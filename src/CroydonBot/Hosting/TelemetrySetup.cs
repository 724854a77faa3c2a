using CroydonBot.Bot;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace CroydonBot.Hosting;

/// <summary>
/// OpenTelemetry metrics: the bot's own (<see cref="BotMetrics"/>) and ASP.NET Core's and Kestrel's built-in
/// meters, exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set (Azure Monitor, Grafana, Aspire
/// dashboard). Metrics only: traces and logs could carry URLs and ids, and logs already go to the host.
/// </summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        var metrics = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("croydonbot"))
            .WithMetrics(builder =>
            {
                builder.AddMeter(BotMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel");
                if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
                {
                    builder.AddOtlpExporter();
                }
            });
        return services;
    }
}
