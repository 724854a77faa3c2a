namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>The labels the feedback intent model tells apart (the first column of dialogs/feedback-intent/*.tsv).</summary>
public static class FeedbackIntent
{
    /// <summary>Wants to tell the council something, without saying it yet: the dialog starts.</summary>
    public const string Start = "start";

    /// <summary>The message already is the feedback ("tell the council my heating is broken"): offered as the text.</summary>
    public const string Offer = "offer";

    /// <summary>Asks about feedback or complaints ("how do I complain?"): answered, with a "Give feedback" button.</summary>
    public const string About = "about";

    /// <summary>Anything else: a question, small talk.</summary>
    public const string Other = "other";

    /// <summary>
    /// Wants to stop or not go on ("on second thoughts I'd rather not"): in the feedback dialog, a change of mind
    /// in words no list of phrases holds.
    /// </summary>
    public const string Stop = "stop";

    public static readonly IReadOnlyList<string> All = [About, Offer, Other, Start, Stop];
}
