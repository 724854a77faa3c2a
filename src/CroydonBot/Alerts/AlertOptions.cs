namespace CroydonBot.Alerts;

/// <summary>
/// E-mail alerts to staff (section "Alerts"): safeguarding flags straight away, new feedback as a daily digest.
/// Off until <see cref="To"/> and <see cref="SmtpHost"/> are set. Mails carry links, never what anyone wrote.
/// </summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>Where alerts go, e.g. a team mailbox.</summary>
    public string? To { get; set; }
    public string From { get; set; } = "croydonbot@localhost";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>"Auto" (STARTTLS when offered), "StartTls" (required), "SslOnConnect" or "None".</summary>
    public string Security { get; set; } = "Auto";

    /// <summary>The staff area's public address for links in the mails, e.g. https://bot.example.org.</summary>
    public string StaffBaseUrl { get; set; } = "http://localhost:3978";

    /// <summary>How often to look for new flags and whether the digest is due.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The hour (UTC) from which each day's digest of new feedback is sent.</summary>
    public int DigestHourUtc { get; set; } = 8;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(To) && !string.IsNullOrWhiteSpace(SmtpHost);
}
