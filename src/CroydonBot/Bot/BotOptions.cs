namespace CroydonBot.Bot;

/// <summary>
/// Bot identity and behaviour. The Microsoft* names are Bot Framework's own configuration keys, read from
/// the configuration root as BotBuilder-Samples do.
/// </summary>
public sealed class BotOptions
{
    /// <summary>Bot Framework's Microsoft* keys live at the configuration root, as in BotBuilder-Samples.</summary>
    public const string Section = "";

    /// <summary>Why <see cref="IsSupported"/> is false, for the start-up error.</summary>
    public const string UnsupportedMessage =
        "MicrosoftAppType must be MultiTenant (app id and password) or SingleTenant (app id, password and MicrosoftAppTenantId). " +
        "UserAssignedMSI is not supported yet: use a client secret.";

    /// <summary>MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    /// <summary>The bot's app (client) id. Empty means anonymous local mode.</summary>
    public string MicrosoftAppId { get; set; } = "";

    /// <summary>The client secret used to get tokens for replies.</summary>
    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary>The tenant id for SingleTenant bots.</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

    /// <summary>How long a turn may run before the user sees a typing indicator.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(600);

    /// <summary>True when no app id is configured: requests are accepted without a token.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>SingleTenant bots ask their own tenant; MultiTenant (the default when empty or unknown) asks botframework.com.</summary>
    public bool IsSingleTenant => MicrosoftAppType.Trim().Equals("SingleTenant", StringComparison.OrdinalIgnoreCase);

    /// <summary>The combinations BotBuilder's ConfigurationServiceClientCredentialFactory requires, minus managed identity.</summary>
    public bool IsSupported =>
        IsAnonymous ||
        !MicrosoftAppType.Trim().Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(MicrosoftAppPassword)
        && (!IsSingleTenant || !string.IsNullOrWhiteSpace(MicrosoftAppTenantId));
}
