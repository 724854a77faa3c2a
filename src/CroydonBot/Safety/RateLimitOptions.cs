namespace CroydonBot.Safety;

/// <summary>
/// How much one conversation and one client address may send, and how long activity ids are remembered
/// to drop replays. A load test raises the limits here; nothing is hard-coded.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>False turns the limits off (replays are still dropped).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Messages one conversation may send in a minute; a person typing rarely sends more than a few.</summary>
    public int PerConversationPerMinute { get; set; } = 20;

    /// <summary>Requests one client address may make in a minute, pages and scripts included.</summary>
    public int PerAddressPerMinute { get; set; } = 600;

    /// <summary>
    /// Web chat tokens (POST /api/webchat/token) one client address may get in a minute. Each makes a Direct
    /// Line conversation; a page needs one per visit (and refreshes through /v3/directline/tokens/refresh).
    /// </summary>
    public int TokensPerAddressPerMinute { get; set; } = 10;

    /// <summary>How long a (conversation, activity id) pair is remembered to drop a replayed activity.</summary>
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>At most this many ids are remembered; the oldest are forgotten first, so memory stays bounded.</summary>
    public int ReplayCacheSize { get; set; } = 20_000;
}
