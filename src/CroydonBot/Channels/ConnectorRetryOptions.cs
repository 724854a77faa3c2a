namespace CroydonBot.Channels;

/// <summary>How connector calls are retried (configuration section "Connector").</summary>
public sealed class ConnectorRetryOptions
{
    public const string Section = "Connector";

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off; doubled on each retry.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest single wait, whatever Retry-After says, so a reply is not held for minutes.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of one connector call, retries included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
