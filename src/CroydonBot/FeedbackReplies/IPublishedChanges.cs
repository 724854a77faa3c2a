namespace CroydonBot.FeedbackReplies;

/// <summary>The "You said, we did" items: published by managers, read by the public page and the bot.</summary>
public interface IPublishedChanges
{
    Task<long> PublishAsync(string reference, string summary, string publishedBy, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<PublishedChange>> ListAsync(int limit, CancellationToken cancellationToken);
}
