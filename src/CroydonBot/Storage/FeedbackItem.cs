namespace CroydonBot.Storage;

/// <summary>One piece of feedback a young person sent, and where staff are with it.</summary>
public sealed record FeedbackItem
{
    public long Id { get; init; }

    /// <summary>The reference the young person was given, e.g. FB-2026-000123.</summary>
    public string Reference { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string Channel { get; init; } = "";
    public string ConversationHash { get; init; } = "";

    /// <summary>What it is about: leaving-care, housing, ambassadors, council-services, this-bot, something-else.</summary>
    public string Topic { get; init; } = "";

    /// <summary>The feedback, personal data redacted.</summary>
    public string Message { get; init; } = "";
    public bool IsAmbassador { get; init; }
    public bool WantsReply { get; init; }

    /// <summary>How they want a reply (email, phone, via personal adviser...), only when they chose to give it.</summary>
    public string? ContactMethod { get; init; }

    /// <summary>The contact detail itself: the one piece of personal data kept on purpose, with consent.</summary>
    public string? Contact { get; init; }
    public bool ConsentToShare { get; init; }
    public bool SafeguardingFlag { get; init; }

    /// <summary>new, in-review, actioned or closed.</summary>
    public string Status { get; init; } = FeedbackStatus.New;
    public string? Assignee { get; init; }
    public string? Notes { get; init; }
    public bool ReplySent { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
}

/// <summary>The workflow states of a feedback item.</summary>
public static class FeedbackStatus
{
    public const string New = "new";
    public const string InReview = "in-review";
    public const string Actioned = "actioned";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [New, InReview, Actioned, Closed];
}
