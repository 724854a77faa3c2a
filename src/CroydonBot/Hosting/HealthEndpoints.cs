using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CroydonBot.Hosting;

/// <summary>
/// /healthz: the process serves (liveness; no dependency is checked, so a database blip never restarts it).
/// /readyz: it can take traffic, the database included (readiness; App Service and Kubernetes probes).
/// </summary>
public static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
