using CroydonBot.Configuration;
using Microsoft.Extensions.Options;

namespace CroydonBot.Safety;

/// <summary>
/// Registers what keeps young people safe and the service standing: the safeguarding check (its turn step
/// is in the pipeline), personal data redaction, replay and rate limits, security headers, and the privacy page.
/// </summary>
public static class SafetyServiceCollectionExtensions
{
    public static IServiceCollection AddSafety(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => YamlFile.Read<SafeguardingData>(Path.Combine(
            sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFullPath, SafeguardingData.File)));
        services.AddSingleton<ISafeguardingDetector>(sp => new RememberingSafeguardingDetector(new SafeguardingDetector(sp.GetRequiredService<SafeguardingData>())));
        services.AddSingleton<IPersonalDataRedactor, PersonalDataRedactor>();
        services.AddSingleton<ReplayGuard>();
        services.AddSafetyRateLimiter();
        return services;
    }

    /// <summary>Security headers on everything, then the rate limits. Call first, before any other middleware.</summary>
    public static WebApplication UseSafety(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<InboundActivity>();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>GET /privacy: what the bot keeps, for how long, and who to ask, in plain words.</summary>
    public static IEndpointRouteBuilder MapPrivacyPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/privacy", (IWebHostEnvironment environment) =>
        {
            var path = Path.Combine(environment.ContentRootPath, "wwwroot", "privacy.html");
            return File.Exists(path)
                ? Results.File(path, "text/html; charset=utf-8")
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The privacy page is missing from this installation.");
        });
        return app;
    }
}
