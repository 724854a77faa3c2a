namespace CroydonBot.FeedbackReplies;

/// <summary>Who sent a feedback item (a salted hash) and, if they asked for a reply in the chat, where that chat is.</summary>
public sealed record FeedbackLink(string Reference, string UserHash, ConversationTarget? ReplyIn);
