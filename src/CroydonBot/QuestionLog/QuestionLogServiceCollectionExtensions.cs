using CroydonBot.Bot;

namespace CroydonBot.QuestionLog;

/// <summary>Registers the question log: what the bot records after each turn and the votes on its answers.</summary>
public static class QuestionLogServiceCollectionExtensions
{
    public static IServiceCollection AddQuestionLog(this IServiceCollection services)
    {
        services.AddSingleton<IQuestionLog, SqlQuestionLog>();
        services.AddSingleton<QuestionRecorder>();
        services.AddSingleton<IQuestionRecorder>(sp => sp.GetRequiredService<QuestionRecorder>());
        services.AddSingleton<IAnswerVotes>(sp => sp.GetRequiredService<QuestionRecorder>());
        return services;
    }
}
