using CroydonBot.QuestionLog;

namespace CroydonBot.Staff;

/// <summary>Unanswered questions that share most of their analysed terms: probably one gap in the content.</summary>
public sealed record UnansweredGroup(IReadOnlyList<QuestionLogEntry> Questions, IReadOnlyList<string> SharedTerms)
{
    /// <summary>The most recent question stands for the group.</summary>
    public QuestionLogEntry Representative => Questions[0];
}
