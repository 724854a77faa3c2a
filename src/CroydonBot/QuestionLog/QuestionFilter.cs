namespace CroydonBot.QuestionLog;

/// <summary>What the question log is narrowed to. Null or empty parts match everything.</summary>
public sealed record QuestionFilter
{
    public DateOnly? From { get; init; }

    /// <summary>Inclusive: the whole of this day is included.</summary>
    public DateOnly? To { get; init; }
    public string? Topic { get; init; }

    /// <summary>answer, fallback, safeguarding, smalltalk or feedback.</summary>
    public string? Kind { get; init; }

    /// <summary>"yes", "no" or "none" (no vote).</summary>
    public string? Helpful { get; init; }

    /// <summary>Words to find in the question text (case-insensitive).</summary>
    public string? Search { get; init; }

    /// <summary>One conversation's hash, to read a flagged conversation in order.</summary>
    public string? Conversation { get; init; }

    public static readonly IReadOnlyList<string> Kinds = ["answer", "fallback", "safeguarding", "smalltalk", "feedback"];
    public static readonly IReadOnlyList<string> HelpfulValues = ["yes", "no", "none"];
}
