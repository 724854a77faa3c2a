namespace CroydonBot.Staff;

/// <summary>The "Retention" section: how long records are kept before the daily job deletes them.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Questions are deleted this many months after they were asked.</summary>
    public int QuestionMonths { get; set; } = 12;

    /// <summary>Feedback is deleted this many months after it was closed (open items are kept).</summary>
    public int FeedbackMonthsAfterClosing { get; set; } = 12;

    /// <summary>Conversation state (dialogs in progress, the last answer) is deleted this many hours after its last turn.</summary>
    public int ConversationStateHours { get; set; } = 24;

    /// <summary>Set false to switch the daily job off (e.g. when the database has its own retention).</summary>
    public bool Enabled { get; set; } = true;
}
