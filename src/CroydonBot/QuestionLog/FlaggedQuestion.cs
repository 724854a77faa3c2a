namespace CroydonBot.QuestionLog;

/// <summary>A safeguarding-flagged question by its row id and conversation hash only: what an alert may carry.</summary>
public sealed record FlaggedQuestion(long Id, string ConversationHash);
