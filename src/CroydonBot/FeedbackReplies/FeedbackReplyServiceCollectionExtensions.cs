using CroydonBot.Bot;

namespace CroydonBot.FeedbackReplies;

/// <summary>Registers answering the young person: staff replies into their chat, and the status of their feedback.</summary>
public static class FeedbackReplyServiceCollectionExtensions
{
    public static IServiceCollection AddFeedbackReplies(this IServiceCollection services)
    {
        services.AddSingleton<IFeedbackReplyStore, SqlFeedbackReplyStore>();
        services.AddSingleton<ChatReplySender>();
        services.AddSingleton<ITurnStep, WaitingRepliesStep>();
        services.AddSingleton<ITurnStep, FeedbackStatusStep>();
        return services;
    }
}
