namespace CroydonBot.QuestionLog;

/// <summary>One row of the question log. The question text is already redacted; the user is a salted hash.</summary>
public sealed record QuestionLogEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public string Channel { get; init; } = "";
    public string ConversationHash { get; init; } = "";
    public string UserHash { get; init; } = "";
    public string Question { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Sources { get; init; } = "";
    public double? Confidence { get; init; }
    public string? Topic { get; init; }
    public bool SafeguardingFlag { get; init; }
    public bool? Helpful { get; init; }
}
