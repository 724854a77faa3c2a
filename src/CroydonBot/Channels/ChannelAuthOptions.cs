namespace CroydonBot.Channels;

/// <summary>
/// Endpoints and trust settings for channel authentication. The names are BotBuilder's own configuration
/// keys (ConfigurationBotFrameworkAuthentication), read from the configuration root like MicrosoftAppId,
/// so an operator moving from a BotBuilder bot keeps the same settings. Tests point them at loopback.
/// </summary>
public sealed class ChannelAuthOptions
{
    /// <summary>BotBuilder's keys live at the configuration root.</summary>
    public const string Section = "";

    /// <summary>OpenID metadata for tokens issued by Azure Bot Service (iss https://api.botframework.com).</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata for Entra-issued tokens (emulator style, single-tenant, Entra-migrated channels).</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The issuer of Azure Bot Service channel tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>
    /// The Entra authority the bot gets its own tokens from; "{tenant}" becomes botframework.com
    /// (MultiTenant) or MicrosoftAppTenantId (SingleTenant). "/oauth2/v2.0/token" is appended.
    /// </summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com/{tenant}";

    /// <summary>The scope of the bot's outbound token.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Extra serviceUrl hosts that may receive the bot's token, beyond the Bot Framework list.</summary>
    public List<string> TrustedServiceUrlHosts { get; set; } = [];

    /// <summary>How often the OpenID metadata and keys are re-read even when nothing changed (at most 24 h, per the docs).</summary>
    public TimeSpan OpenIdRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Clock skew allowed on token lifetimes: the industry-standard 5 minutes the Bot Framework docs name.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
