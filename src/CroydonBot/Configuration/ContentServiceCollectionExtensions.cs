namespace CroydonBot.Configuration;

/// <summary>Registers where the editable content lives (seeds/, dialogs/): every part reads its files from there.</summary>
public static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section).ValidateOnStart();
        return services;
    }
}
