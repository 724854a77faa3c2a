namespace CroydonBot.FeedbackReplies;

/// <summary>Feedback senders, the chats to reply in, and the replies staff sent.</summary>
public interface IFeedbackReplyStore
{
    Task AddLinkAsync(FeedbackLink link, CancellationToken cancellationToken);

    Task<FeedbackLink?> GetLinkAsync(string reference, CancellationToken cancellationToken);

    Task<long> AddReplyAsync(string reference, string text, string sentBy, string delivery, string userHash, bool delivered, CancellationToken cancellationToken);

    /// <summary>Oldest first.</summary>
    Task<IReadOnlyList<FeedbackReply>> RepliesAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Replies for this user that wait for their next visit, oldest first.</summary>
    Task<IReadOnlyList<FeedbackReply>> WaitingForAsync(string userHash, CancellationToken cancellationToken);

    Task MarkDeliveredAsync(long id, CancellationToken cancellationToken);
}
