using CroydonBot.Configuration;
using Microsoft.Extensions.Options;

namespace CroydonBot.Conversation;

/// <summary>Registers how follow-ups are read against the conversation so far (dialogs/follow-ups.yaml).</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddConversationContext(this IServiceCollection services)
    {
        services.AddSingleton(sp => new FollowUpReader(YamlFile.Read<FollowUpWords>(
            Path.Combine(sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFullPath, FollowUpWords.File))));
        services.AddSingleton<ContextualRetrieval>();
        return services;
    }
}
