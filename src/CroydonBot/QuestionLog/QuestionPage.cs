namespace CroydonBot.QuestionLog;

/// <summary>One page of the question log and how many rows match in all.</summary>
public sealed record QuestionPage(IReadOnlyList<QuestionLogEntry> Rows, int Total);
