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
        // Round AM (stay-am): the learned follow-up choice, consulted only when switched on and its table is in the content folder.
        services.AddSingleton(sp => new FollowUpArbiter(
            sp.GetRequiredService<IOptions<Knowledge.KnowledgeOptions>>().Value.LearnedFollowUp
            && Path.Combine(sp.GetRequiredService<IOptions<ContentOptions>>().Value.SeedsFullPath, FollowUpChoice.File) is var path
            && File.Exists(path) ? FollowUpChoice.Read(path) : null));
        services.AddSingleton<ContextualRetrieval>();
        return services;
    }
}
