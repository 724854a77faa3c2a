namespace CroydonBot.FeedbackReplies;

/// <summary>One "You said, we did" item: a summary with no personal data, and when it was published.</summary>
public sealed record PublishedChange(long Id, string Reference, string Summary, string PublishedBy, DateTimeOffset PublishedAt);
