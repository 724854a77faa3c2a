namespace CroydonBot.Protocol;

/// <summary>
/// The "Limits" section: how big the parts of an inbound activity may be. Checked before the turn runs,
/// so what one request costs (CPU in analysis, memory in caches and logs) is bounded by these numbers.
/// </summary>
public sealed class InputLimitOptions
{
    public const string Section = "Limits";

    /// <summary>Characters of message text; a young person's question is a few hundred at most.</summary>
    public int MaxMessageChars { get; set; } = 4096;

    /// <summary>Characters of any id (activity, conversation, user, channel, replyToId). Teams ids are under 200.</summary>
    public int MaxIdChars { get; set; } = 512;

    /// <summary>Characters of a serviceUrl.</summary>
    public int MaxServiceUrlChars { get; set; } = 1024;
}
