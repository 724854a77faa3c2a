namespace CroydonBot.FeedbackReplies;

/// <summary>A reply staff sent back to a young person, and how it reached them.</summary>
public sealed record FeedbackReply(long Id, string Reference, string Text, string SentBy, DateTimeOffset SentAt, string Delivery, DateTimeOffset? DeliveredAt);
