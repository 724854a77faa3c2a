using CroydonBot.Hosting;
using Microsoft.Extensions.Options;

namespace CroydonBot.WebChat;

/// <summary>Registers the web widget's token source: embedded Direct Line, or Azure's when a domain is set.</summary>
public static class WebChatServiceCollectionExtensions
{
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section).ValidateOnStart();
        services.AddSingleton<EmbeddedTokenSource>();
        services.AddSingleton<PrivacyPage>();
        services.AddHttpClient<DirectLineTokenClient>(http => http.Timeout = TimeSpan.FromSeconds(15)).WithLongLivedHandler();
        services.AddTransient<IWebChatTokenSource>(sp =>
            sp.GetRequiredService<IOptions<WebChatOptions>>().Value.UsesEmbeddedDirectLine
                ? sp.GetRequiredService<EmbeddedTokenSource>()
                : sp.GetRequiredService<DirectLineTokenClient>());
        return services;
    }
}
