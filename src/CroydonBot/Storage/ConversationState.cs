namespace CroydonBot.Storage;

/// <summary>
/// What the bot remembers about one conversation between turns, saved as JSON per conversation
/// (Bot Builder's ConversationState). Holds no message text beyond what a dialog needs to finish.
/// </summary>
public sealed class ConversationState
{
    /// <summary>The dialog stack; the last entry is the active dialog.</summary>
    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>
    /// A dialog the person has just stopped (its root, with the answers so far), kept until their next message so
    /// "wait no, I do want to send it" can bring it back instead of losing what they wrote. Null otherwise.
    /// </summary>
    public DialogInstance? StoppedDialog { get; set; }

    /// <summary>When the active dialog last heard from the person; a dialog left too long is offered to resume or drop.</summary>
    public DateTimeOffset? DialogActiveAt { get; set; }

    /// <summary>True while the person has been asked whether to carry on with a dialog they left a while ago.</summary>
    public bool StaleDialogOffered { get; set; }

    /// <summary>The last answer given, so "tell me more" and "was this helpful?" know what they refer to.</summary>
    public LastAnswer? LastAnswer { get; set; }

    /// <summary>What the conversation is about, so a follow-up ("how much is it?") is read against it.</summary>
    public ConversationContext? Context { get; set; }

    /// <summary>Set when any message in the conversation showed signs of risk, so staff see it first.</summary>
    public bool SafeguardingFlagged { get; set; }

    /// <summary>How many more replies carry the short safety line after the crisis reply (see SafeguardingOptions.RemindAfterCrisis).</summary>
    public int SafetyRemindersLeft { get; set; }

    /// <summary>
    /// The sender (hashed, as in the window) whose last message got the crisis reply for its own words: their next
    /// message gets the helplines again first. Null once they have sent it.
    /// </summary>
    public string? CrisisJustGivenTo { get; set; }

    /// <summary>
    /// The last few messages (redacted) that showed no clear risk, oldest first, so a crisis split over
    /// messages is read whole. Emptied once the crisis reply is given.
    /// </summary>
    public List<RecentMessage> SafeguardingWindow { get; set; } = [];
}
