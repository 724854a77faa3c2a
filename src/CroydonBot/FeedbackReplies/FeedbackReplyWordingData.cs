namespace CroydonBot.FeedbackReplies;

/// <summary>dialogs/feedback-replies.yaml: what the young person reads when staff answer, and when they ask about a reference.</summary>
public sealed class FeedbackReplyWordingData
{
    public const string File = "feedback-replies.yaml";

    /// <summary>A staff reply in the chat: {reference}, {text}.</summary>
    public string Reply { get; set; } = "";

    /// <summary>A reference's status: {reference}, {status} (one of <see cref="Statuses"/>), {reply}.</summary>
    public string Status { get; set; } = "";

    /// <summary>How each feedback status is said, by its stored value (new, in-review, actioned, closed).</summary>
    public Dictionary<string, string> Statuses { get; set; } = [];

    /// <summary>The latest staff reply: {date}, {text}.</summary>
    public string LatestReply { get; set; } = "";

    public string NoReply { get; set; } = "";

    /// <summary>For anyone but the sender, and for a reference that does not exist alike.</summary>
    public string NotYours { get; set; } = "";
}
