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

    /// <summary>none, housing, uncertain or crisis; null for rows from before tiers were logged.</summary>
    public string? SafeguardingTier { get; init; }

    /// <summary>The learned layer's score (1 for a pattern match).</summary>
    public double? SafeguardingScore { get; init; }

    /// <summary>Which layer decided: patterns, classifier, "+window" when earlier messages were needed.</summary>
    public string? SafeguardingLayer { get; init; }
    public bool? Helpful { get; init; }

    /// <summary>What the bot replied, redacted like the question; null for rows logged before answers were kept.</summary>
    public string? Answer { get; init; }

    /// <summary>When a member of staff marked the answer wrong, who, and why; null while it stands.</summary>
    public DateTimeOffset? WrongAt { get; init; }
    public string? WrongBy { get; init; }
    public string? WrongNote { get; init; }
}
