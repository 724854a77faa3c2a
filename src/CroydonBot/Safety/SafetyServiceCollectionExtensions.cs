using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.Safety.Learned;
using Microsoft.Extensions.Options;

namespace CroydonBot.Safety;

/// <summary>
/// Registers what keeps young people safe and the service standing: the safeguarding check (its turn step
/// is in the pipeline), personal data redaction, replay and rate limits and security headers.
/// </summary>
public static class SafetyServiceCollectionExtensions
{
    public static IServiceCollection AddSafety(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.AddOptions<SecurityHeadersOptions>().BindConfiguration(SecurityHeadersOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => YamlFile.Read<SafeguardingData>(sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFile(SafeguardingData.File)));
        services.AddOptions<SafeguardingOptions>().BindConfiguration(SafeguardingOptions.Section).ValidateOnStart();
        services.AddSingleton<ISafeguardingDetector>(sp => new RememberingSafeguardingDetector(new SafeguardingDetector(sp.GetRequiredService<SafeguardingData>(), sp.GetService<EnglishWords>())));
        services.AddSingleton(sp => new SafeguardingClassifier(sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFile(SafeguardingClassifier.File)));
        services.AddSingleton<LayeredSafeguardingCheck>();
        services.AddSingleton<IPersonalDataRedactor>(new RememberingRedactor(new PersonalDataRedactor()));
        services.AddSingleton<ReplayGuard>();
        services.AddSingleton<SafetyRateLimits>();
        return services;
    }

    /// <summary>Security headers on everything, then the rate limits. Call first, before any other middleware.</summary>
    public static WebApplication UseSafety(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<InboundActivity>();
        app.UseMiddleware<SafetyRateLimitMiddleware>();
        return app;
    }
}
