namespace CroydonBot.QuestionLog;

/// <summary>
/// The log of questions young people asked: the bot writes a row per question and the votes on its
/// answers; the staff area reads, resolves and deletes rows only through here. One table, one owner.
/// </summary>
public interface IQuestionLog
{
    /// <summary>Stores one question and returns its id.</summary>
    Task<long> AddAsync(QuestionLogEntry entry, CancellationToken cancellationToken);

    /// <summary>Records a thumbs up or down against a logged question.</summary>
    Task SetHelpfulAsync(long id, bool helpful, CancellationToken cancellationToken);

    Task<DashboardStats> DashboardAsync(DateOnly from, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<QuestionPage> QuestionsAsync(QuestionFilter filter, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>The topics seen in the log, for the filter list.</summary>
    Task<IReadOnlyList<string>> TopicsAsync(CancellationToken cancellationToken);

    /// <summary>Questions the bot could not answer (kind fallback) that no one has marked covered; newest first.</summary>
    Task<IReadOnlyList<QuestionLogEntry>> UnansweredAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Marks unanswered questions as covered now; returns how many changed.</summary>
    Task<int> ResolveAsync(IReadOnlyCollection<long> ids, string resolvedBy, CancellationToken cancellationToken);

    /// <summary>Conversations with a safeguarding-flagged message, most recent first.</summary>
    Task<IReadOnlyList<FlaggedConversation>> FlaggedConversationsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Flagged questions with an id above <paramref name="afterId"/>, asked since <paramref name="since"/>, oldest first:
    /// ids and conversation hashes only, for alerts that must not carry what anyone wrote.
    /// </summary>
    Task<IReadOnlyList<FlaggedQuestion>> FlaggedAfterAsync(long afterId, DateTimeOffset since, int limit, CancellationToken cancellationToken);

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

    /// <summary>Retention: deletes questions asked before the cut-off; returns how many.</summary>
    Task<int> DeleteQuestionsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
