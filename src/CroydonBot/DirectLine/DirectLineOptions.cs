namespace CroydonBot.DirectLine;

/// <summary>
/// Settings of the embedded Direct Line 3.0 endpoint (section "DirectLine"). The conversation log lives in
/// this process's memory, bounded by <see cref="MaxConversations"/> and <see cref="MaxActivitiesPerConversation"/>
/// and forgotten after <see cref="ConversationIdleTimeout"/>; several instances behind a load balancer would
/// need a shared store (or sticky sessions) instead.
/// </summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>The Direct Line secret for tokens/generate (and full access). Empty: only tokens work.</summary>
    public string Secret { get; set; } = "";

    /// <summary>
    /// Key for signing tokens (HMAC-SHA256), at least 32 characters. Empty: a random key is made at start-up,
    /// so tokens do not survive a restart (nor would the in-memory conversations).
    /// </summary>
    public string SigningKey { get; set; } = "";

    /// <summary>How long a token lives; Direct Line's is 30 minutes and DLJS refreshes at half of it.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation nobody has used for this long is forgotten.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>At most this many conversations are kept; the least recently used go first.</summary>
    public int MaxConversations { get; set; } = 5000;

    /// <summary>At most this many activities are kept per conversation; the oldest go first.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 100;

    /// <summary>At most this many bytes of activity JSON are kept per conversation; the oldest go first.</summary>
    public int MaxBytesPerConversation { get; set; } = 256 * 1024;

    /// <summary>The largest activity a client may post (bytes of JSON); a message's text is capped by Limits too.</summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// A conversation whose token was handed out but which nobody started is forgotten after this long:
    /// Web Chat starts its conversation within a second of getting the token.
    /// </summary>
    public TimeSpan UnstartedConversationTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// At most this many unstarted conversations are kept, apart from <see cref="MaxConversations"/>, so a
    /// flood of token requests only ever pushes out other unstarted conversations, never a live one.
    /// </summary>
    public int MaxUnstartedConversations { get; set; } = 1000;

    /// <summary>The bot's account in Direct Line conversations.</summary>
    public string BotId { get; set; } = "croydonbot";

    public string BotName { get; set; } = "CroydonBot";
}
