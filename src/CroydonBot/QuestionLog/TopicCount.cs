namespace CroydonBot.QuestionLog;

/// <summary>Questions on one topic.</summary>
public sealed record TopicCount(string Topic, int Count);
