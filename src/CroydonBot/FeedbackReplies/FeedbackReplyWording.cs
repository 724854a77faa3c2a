using CroydonBot.Storage;

namespace CroydonBot.FeedbackReplies;

/// <summary>What the young person reads when staff answer, and when they ask about a reference.</summary>
public static class FeedbackReplyWording
{
    public static string Reply(string reference, string text) =>
        $"A reply from the council team about your feedback {reference}:\n\n{text}";

    public static string Status(FeedbackItem item, FeedbackReply? latest)
    {
        var status = item.Status switch
        {
            FeedbackStatus.New => "it has arrived and is waiting to be read",
            FeedbackStatus.InReview => "the team is looking at it",
            FeedbackStatus.Actioned => "the team has acted on it",
            FeedbackStatus.Closed => "it is closed",
            _ => item.Status,
        };
        var reply = latest is null ? "There is no reply yet." : $"The latest reply ({latest.SentAt.UtcDateTime:d MMMM yyyy}):\n\n{latest.Text}";
        return $"Your feedback {item.Reference}: {status}. {reply}";
    }

    public const string NotYours =
        "I can only tell you about feedback you sent from this chat. If it was from another chat or device, ask there, or ask your personal adviser.";
}
