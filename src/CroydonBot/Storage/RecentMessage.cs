namespace CroydonBot.Storage;

/// <summary>
/// One of a person's recent messages, kept so the safeguarding check can read a new message together with
/// the ones before it. The sender is a salted hash and the text is redacted, like everything stored.
/// </summary>
public sealed class RecentMessage
{
    public string From { get; set; } = "";

    public string Text { get; set; } = "";
}
