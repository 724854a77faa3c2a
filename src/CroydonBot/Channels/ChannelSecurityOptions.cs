namespace CroydonBot.Channels;

/// <summary>
/// The "Channels" section: who may post to /api/messages without a token, and where the bot may send
/// replies. Both default to closed: an app put on the internet with no settings is no open relay.
/// </summary>
public sealed class ChannelSecurityOptions
{
    public const string Section = "Channels";

    /// <summary>
    /// Accept unauthenticated activities when MicrosoftAppId is empty. Outside Development this must be
    /// set on purpose (a warning is logged at start-up); otherwise /api/messages refuses every request.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>
    /// Hosts (e.g. "127.0.0.1", "connector.example.org") that may receive replies, beyond Bot Framework's
    /// channel hosts, which are always allowed over https. A host also allows its subdomains.
    /// </summary>
    public List<string> AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>Anonymous mode is on when there is no app id and it is Development or asked for explicitly.</summary>
    public bool AnonymousAllowed(IHostEnvironment environment) => AllowAnonymous || environment.IsDevelopment();
}
