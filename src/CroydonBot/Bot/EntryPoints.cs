namespace CroydonBot.Bot;

/// <summary>
/// Where an activity came in. Conversation state is kept per entry point and channel, so an activity
/// posted to /api/messages that names an embedded Direct Line conversation's id (ids are in every Direct
/// Line URL) gets a state of its own and can never drive, or read back, that conversation's dialog.
/// </summary>
public static class EntryPoints
{
    /// <summary>POST /api/messages (Teams, Azure Bot Service channels, the Emulator, expectReplies callers).</summary>
    public const string Messages = "api";

    /// <summary>The embedded Direct Line at /v3/directline (the web chat widget).</summary>
    public const string DirectLine = "directline";

    /// <summary>The command line (ask, eval): a throwaway database, but its own scope all the same.</summary>
    public const string Console = "cli";

    /// <summary>The "channel" the state store is given: the entry point and the channel id together.</summary>
    public static string StateScope(string entryPoint, string? channelId) => entryPoint + "/" + (channelId ?? "unknown");
}
