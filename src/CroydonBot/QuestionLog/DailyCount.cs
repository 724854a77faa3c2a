namespace CroydonBot.QuestionLog;

/// <summary>Questions asked on one day (UTC).</summary>
public sealed record DailyCount(DateOnly Day, int Count);
