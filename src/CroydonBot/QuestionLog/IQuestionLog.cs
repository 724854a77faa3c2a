namespace CroydonBot.QuestionLog;

/// <summary>The log of questions young people asked, for staff to review.</summary>
public interface IQuestionLog
{
    /// <summary>Stores one question and returns its id.</summary>
    Task<long> AddAsync(QuestionLogEntry entry, CancellationToken cancellationToken);

    /// <summary>Records a thumbs up or down against a logged question.</summary>
    Task SetHelpfulAsync(long id, bool helpful, CancellationToken cancellationToken);

    /// <summary>The newest questions first.</summary>
    Task<IReadOnlyList<QuestionLogEntry>> RecentAsync(int limit, CancellationToken cancellationToken);
}
