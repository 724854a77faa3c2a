using CroydonBot.Configuration;
using Microsoft.Extensions.Options;

namespace CroydonBot.Conversation;

/// <summary>Registers how follow-ups are read against the conversation so far (dialogs/follow-ups.yaml).</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddConversationContext(this IServiceCollection services)
    {
        services.AddSingleton(sp => new FollowUpReader(YamlFile.Read<FollowUpWords>(
            sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFile(FollowUpWords.File))));
        services.AddSingleton<ContextualRetrieval>();
        return services;
    }
}
