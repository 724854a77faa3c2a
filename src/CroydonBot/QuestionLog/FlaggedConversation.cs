namespace CroydonBot.QuestionLog;

/// <summary>A conversation in which at least one message showed signs of risk.</summary>
public sealed record FlaggedConversation(string ConversationHash, int Messages, DateTimeOffset LastAt);
