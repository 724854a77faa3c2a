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

    /// <summary>One logged question with its answer, or null.</summary>
    Task<QuestionLogEntry?> QuestionAsync(long id, CancellationToken cancellationToken);

    /// <summary>The rows of the same conversation around one question: up to <paramref name="each"/> before and after, in order.</summary>
    Task<IReadOnlyList<QuestionLogEntry>> ConversationAroundAsync(QuestionLogEntry entry, int each, CancellationToken cancellationToken);

    /// <summary>Marks an answer wrong with a note (or clears the mark when <paramref name="note"/> is null); false if there is no such row.</summary>
    Task<bool> MarkWrongAsync(long id, string? note, string markedBy, CancellationToken cancellationToken);

    /// <summary>Answers marked wrong that no one has fixed yet (not resolved); newest mark first.</summary>
    Task<IReadOnlyList<QuestionLogEntry>> WrongAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Answers marked wrong per week (weeks start on Monday), from the week holding <paramref name="from"/>, empty weeks included.</summary>
    Task<IReadOnlyList<DailyCount>> WrongPerWeekAsync(DateOnly from, CancellationToken cancellationToken);

    /// <summary>Saves a staff-written reply for a question the guides do not answer; a manager approves it before the bot uses it.</summary>
    Task<long> AddStaffReplyAsync(string question, string reply, string writtenBy, CancellationToken cancellationToken);

    Task<bool> ApproveStaffReplyAsync(long id, string approvedBy, CancellationToken cancellationToken);

    /// <summary>Every staff reply, approved or waiting; oldest first.</summary>
    Task<IReadOnlyList<StaffReply>> StaffRepliesAsync(CancellationToken cancellationToken);

    /// <summary>Retention: deletes questions asked before the cut-off; returns how many.</summary>
    Task<int> DeleteQuestionsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
