namespace CroydonBot.Staff;

/// <summary>
/// The staff area's own data: phrasings staff approved as other ways to ask for a passage, and the replies staff
/// write for questions the guides do not answer. The question log is read through IQuestionLog.
/// </summary>
public interface IStaffQueries
{
    Task AddAlternativeQuestionAsync(string passageId, string question, string approvedBy, CancellationToken cancellationToken);

    Task<IReadOnlyList<AlternativeQuestion>> AlternativeQuestionsAsync(CancellationToken cancellationToken);

    /// <summary>Saves a staff-written reply for a question the guides do not answer; a manager approves it before the bot uses it.</summary>
    Task<long> AddStaffReplyAsync(string question, string reply, string writtenBy, CancellationToken cancellationToken);

    Task<bool> ApproveStaffReplyAsync(long id, string approvedBy, CancellationToken cancellationToken);

    /// <summary>Every staff reply, approved or waiting; oldest first.</summary>
    Task<IReadOnlyList<StaffReply>> StaffRepliesAsync(CancellationToken cancellationToken);
}
