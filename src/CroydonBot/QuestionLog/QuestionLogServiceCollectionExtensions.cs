using CroydonBot.Bot;
using CroydonBot.QuestionLog.Search;

namespace CroydonBot.QuestionLog;

/// <summary>Registers the question log: what the bot records after each turn, the votes on its answers and its search index.</summary>
public static class QuestionLogServiceCollectionExtensions
{
    public static IServiceCollection AddQuestionLog(this IServiceCollection services)
    {
        services.AddSingleton<QuestionSearchIndex>();
        services.AddHostedService<QuestionSearchIndexer>();
        services.AddSingleton<IQuestionLog, SqlQuestionLog>();
        services.AddSingleton<QuestionRecorder>();
        services.AddSingleton<IQuestionRecorder>(sp => sp.GetRequiredService<QuestionRecorder>());
        services.AddSingleton<IAnswerVotes>(sp => sp.GetRequiredService<QuestionRecorder>());
        return services;
    }
}
