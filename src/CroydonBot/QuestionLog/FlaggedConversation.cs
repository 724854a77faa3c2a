namespace CroydonBot.QuestionLog;

/// <summary>A conversation in which at least one message showed signs of risk; <paramref name="FlaggedAt"/> is the latest such message.</summary>
public sealed record FlaggedConversation(string ConversationHash, int Messages, DateTimeOffset LastAt, DateTimeOffset FlaggedAt);
