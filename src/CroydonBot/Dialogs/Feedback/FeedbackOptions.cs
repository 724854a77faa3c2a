namespace CroydonBot.Dialogs.Feedback;

/// <summary>The "Feedback" settings: who reads feedback and when a young person can expect a reply.</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>Who reads what the bot sends, in words a young person understands.</summary>
    public string ReadBy { get; set; } = "the council's participation team";

    /// <summary>Working days within which someone who asked for a reply can expect one.</summary>
    public int ReplyWithinWorkingDays { get; set; } = 10;
}
