using CroydonBot.QuestionLog;

namespace CroydonBot.Staff;

/// <summary>The reads and writes the staff pages need beyond the question log and feedback store.</summary>
public interface IStaffQueries
{
    Task<DashboardStats> DashboardAsync(DateOnly from, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<QuestionPage> QuestionsAsync(QuestionFilter filter, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>The topics seen in the log, for the filter list.</summary>
    Task<IReadOnlyList<string>> TopicsAsync(CancellationToken cancellationToken);

    /// <summary>Questions the bot could not answer (kind fallback) that no one has marked covered; newest first.</summary>
    Task<IReadOnlyList<QuestionLogEntry>> UnansweredAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Marks unanswered questions as covered now; returns how many changed.</summary>
    Task<int> ResolveAsync(IReadOnlyCollection<long> ids, string resolvedBy, CancellationToken cancellationToken);

    Task AddAlternativeQuestionAsync(string passageId, string question, string approvedBy, CancellationToken cancellationToken);

    Task<IReadOnlyList<AlternativeQuestion>> AlternativeQuestionsAsync(CancellationToken cancellationToken);

    /// <summary>Conversations with a safeguarding-flagged message, most recent first.</summary>
    Task<IReadOnlyList<FlaggedConversation>> FlaggedConversationsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Retention: deletes questions asked before the cut-off; returns how many.</summary>
    Task<int> DeleteQuestionsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
